/**
 * How deep a JSON text nests, read token by token. The JSON parser reads
 * nesting by recursion, so a file of some thousands of `[` would overflow
 * its stack; workspace files are read before anyone looked at them.
 */
import { createScanner } from 'jsonc-parser';

// jsonc-parser's token kinds (its SyntaxKind is a const enum, which a single-file compile cannot inline).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/** Far deeper than any note type schema or registry a person writes, and far from the parser's stack limit. */
export const MAX_JSON_DEPTH = 200;

/** The offset of the first `{` or `[` that opens a level beyond `limit`, or undefined when the text stays within it. */
export function tooDeepAt(text: string, limit = MAX_JSON_DEPTH): number | undefined {
  // Stryker disable next-line BooleanLiteral: white space and comments hold no bracket, whether the scanner skips them or hands them over
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      depth++;
      if (depth > limit) return scanner.getTokenOffset();
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      depth--;
    }
  }
  return undefined;
}
