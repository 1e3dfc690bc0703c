/** Applying LSP edits in tests, and checking that the author's text survived them. */
import type { TextEdit } from 'vscode-languageserver-types';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { applyEdits } from '../../server/src/core/features/textEdits';

export function apply(text: string, edits: readonly TextEdit[]): string {
  return applyEdits(text, new LineIndex(text), edits);
}

/** A line with its section number taken out: numbers are the one thing fixes may change. */
function withoutNumber(line: string): string {
  // Repeatedly: a fix may put a number before a title that starts with digits ("## 3. 3---. X").
  let current = line;
  for (let previous = ''; previous !== current; ) {
    previous = current;
    current = current.replace(/^( {0,3}#{1,6}[ \t]+)\d{1,3}(?:\.\d{1,3})*\.?[ \t]*/, '$1');
  }
  return current;
}

/** Every line of `before` (numbers aside) is still in `after`, in the same order. */
export function keepsAuthorText(before: string, after: string): boolean {
  const wanted = before.split(/\r\n|\r|\n/).map(withoutNumber);
  const have = after.split(/\r\n|\r|\n/).map(withoutNumber);
  let at = 0;
  for (const line of have) if (at < wanted.length && line === wanted[at]) at++;
  return at === wanted.length;
}
