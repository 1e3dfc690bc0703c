// Both are globals in Node and in a Web Worker; the core is type-checked without
// Node's or the DOM's declarations (npm run mutate), so it names them itself.
declare function btoa(data: string): string;
declare function atob(data: string): string;

/** Bytes per String.fromCharCode call. */
const CHUNK = 0x8000;

/** Bytes as base64 and back without Node's Buffer, so the same code runs in Node, in a Web Worker and in VS Code for the Web. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: spreading a whole document into one call would overflow the stack.
  // Stryker disable next-line EqualityOperator: a turn at the very end converts an empty chunk, which adds nothing
  for (let start = 0; start < bytes.length; start += CHUNK) binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary);
}

export function fromBase64(data: string): Uint8Array {
  return Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
}
