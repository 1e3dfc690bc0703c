/** Bytes per String.fromCharCode call. */
const CHUNK = 0x8000;

/**
 * Bytes as a string of one character per byte (U+0000–U+00FF), the form
 * btoa takes and single-byte encodings start from. In chunks: spreading a
 * whole document into one call would overflow the stack.
 */
export function byteString(bytes: Uint8Array): string {
  let text = '';
  // Stryker disable next-line EqualityOperator: a turn at the very end converts an empty chunk, which adds nothing
  for (let start = 0; start < bytes.length; start += CHUNK) text += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return text;
}
