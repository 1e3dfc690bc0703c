// Node, browsers and Web Workers all have the WHATWG TextDecoder. It is declared
// here, for this module only, so that the core type-checks without Node's or
// the DOM's declarations (as the type checker of `npm run mutate` does).
import { byteString } from './byteString';

declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input?: Uint8Array): string };

/**
 * Windows-1252's characters at bytes 0x80–0x9F (€, typographic quotes and
 * dashes, …); the five bytes it leaves free stay the C1 controls, as in the
 * WHATWG Encoding Standard. Decoded here because Node built without full ICU
 * decodes the label "windows-1252" as Latin-1, which would turn a Word
 * user's “quotes” into control characters.
 */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Bytes as text in the given encoding; with `fatal`, bytes that are not valid in it throw instead of becoming U+FFFD. */
export function decodeBytes(bytes: Uint8Array, encoding: string, options?: { fatal?: boolean }): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal: options?.fatal ?? false, ignoreBOM: false }).decode(bytes);
}

/** Every byte is a character in Windows-1252, so nothing is ever invalid; only 0x80–0x9F differ from Latin-1. */
function decodeWindows1252(bytes: Uint8Array): string {
  return byteString(bytes).replace(/[\x80-\x9f]/g, (char) => WINDOWS_1252_HIGH.charAt(char.charCodeAt(0) - 0x80));
}
