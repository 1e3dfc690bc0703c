// Node, browsers and Web Workers all have the WHATWG TextDecoder. It is declared
// here, for this module only, so that the core type-checks without Node's or
// the DOM's declarations (as the type checker of `npm run mutate` does).
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input?: Uint8Array): string };

/** Bytes as text in the given encoding; with `fatal`, bytes that are not valid in it throw instead of becoming U+FFFD. */
export function decodeBytes(bytes: Uint8Array, encoding: string, options?: { fatal?: boolean }): string {
  return new TextDecoder(encoding, { fatal: options?.fatal ?? false, ignoreBOM: false }).decode(bytes);
}
