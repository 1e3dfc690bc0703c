// Both are globals in Node and in a Web Worker; the core is type-checked without
// Node's or the DOM's declarations (npm run mutate), so it names them itself.
declare function btoa(data: string): string;
declare function atob(data: string): string;

import { byteString } from './byteString';

/** Bytes as base64 and back without Node's Buffer, so the same code runs in Node, in a Web Worker and in VS Code for the Web. */
export function toBase64(bytes: Uint8Array): string {
  return btoa(byteString(bytes));
}

export function fromBase64(data: string): Uint8Array {
  return Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
}
