// Both are globals in Node and in a Web Worker; the core is type-checked without
// Node's or the DOM's declarations (npm run mutate), so it names them itself.
declare function btoa(data: string): string;
declare function atob(data: string): string;

/** Bytes as base64 and back without Node's Buffer, so the same code runs in Node, in a Web Worker and in VS Code for the Web. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export function fromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
