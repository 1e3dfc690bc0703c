/**
 * Bold and italic written into plain text as `**vet**`, `*schuin*` or
 * `_schuin_`, as text extracted from a PDF by a Markdown-aware tool shows
 * them (the seed writes its bold sender this way, over three lines).
 *
 * Delimiters pair as in CommonMark, simplified: an opener has no space after
 * it, a closer none before it, and `_` never pairs inside a word. Unpaired
 * delimiters stay text. One pass with a stack, so time is linear in the text
 * however many stray asterisks it holds.
 */
import type { Span } from './source';

interface Delimiter {
  at: number;
  length: 1 | 2;
  char: '*' | '_';
}

interface Pair {
  open: number;
  close: number;
  length: 1 | 2;
}

/** Splits text (lines joined with \n) into spans with marks; each \n stays in the text. */
export function parseInlineMarks(text: string): Span[] {
  const pairs = pairDelimiters(text, delimitersOf(text));
  if (pairs.length === 0) return [{ text }];
  // What each character is: removed (a paired delimiter) or marked by the pairs around it.
  const removed = new Uint8Array(text.length);
  const boldDepth = new Int32Array(text.length);
  const italicDepth = new Int32Array(text.length);
  for (const pair of pairs) {
    removed.fill(1, pair.open, pair.open + pair.length);
    removed.fill(1, pair.close, pair.close + pair.length);
    const depth = pair.length === 2 ? boldDepth : italicDepth;
    depth[pair.open + pair.length] = (depth[pair.open + pair.length] ?? 0) + 1;
    depth[pair.close] = (depth[pair.close] ?? 0) - 1;
  }
  const spans: Span[] = [];
  let bold = 0;
  let italic = 0;
  let current: Span | undefined;
  for (let i = 0; i < text.length; i++) {
    bold += boldDepth[i] ?? 0;
    italic += italicDepth[i] ?? 0;
    if (removed[i]) continue;
    const marks = { bold: bold > 0, italic: italic > 0 };
    if (!current || (current.bold ?? false) !== marks.bold || (current.italic ?? false) !== marks.italic) {
      current = { text: '', ...(marks.bold ? { bold: true } : {}), ...(marks.italic ? { italic: true } : {}) };
      spans.push(current);
    }
    current.text += text[i];
  }
  return spans;
}

function delimitersOf(text: string): Delimiter[] {
  const found: Delimiter[] = [];
  // Stryker disable next-line EqualityOperator: one step past the end reads no character, which is no delimiter
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== '*' && char !== '_') continue;
    let end = i;
    while (text[end] === char) end++;
    const run = end - i;
    // Runs of one or two count; a longer run (a rule, "***") is text.
    if (run <= 2) found.push({ at: i, length: run as 1 | 2, char });
    i = end - 1;
  }
  return found;
}

function pairDelimiters(text: string, delimiters: readonly Delimiter[]): Pair[] {
  const pairs: Pair[] = [];
  // One stack per kind of delimiter, so pairing looks at one top: linear time.
  // Pairs of different kinds may overlap; marks are counted per character, so that is harmless.
  const openers = new Map<string, Delimiter[]>();
  for (const delimiter of delimiters) {
    // The start and end of the text count as white space, as in CommonMark.
    // Stryker disable next-line StringLiteral: only the first delimiter meets the start, and it has no opener to close
    const before = text[delimiter.at - 1] ?? ' ';
    // Stryker disable next-line StringLiteral: only the last delimiter meets the end, and no closer follows it
    const after = text[delimiter.at + delimiter.length] ?? ' ';
    const wordBefore = /[\p{L}\p{N}]/u.test(before);
    const wordAfter = /[\p{L}\p{N}]/u.test(after);
    const underscore = delimiter.char === '_';
    const canClose = !/\s/.test(before) && !(underscore && wordAfter);
    const canOpen = !/\s/.test(after) && !(underscore && wordBefore);
    const stack = openers.get(delimiter.char + delimiter.length) ?? [];
    openers.set(delimiter.char + delimiter.length, stack);
    // A closer never touches its opener: touching delimiters of one character are one run, so a pair always holds text.
    const opener = stack[stack.length - 1];
    if (canClose && opener) {
      stack.pop();
      pairs.push({ open: opener.at, close: delimiter.at, length: delimiter.length });
    } else if (canOpen) {
      stack.push(delimiter);
    }
  }
  return pairs;
}
