/** Small helpers for building and applying LSP text edits against a note's text. */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { LineIndex, type Span } from '../text/lineIndex';

export function editAt(lines: LineIndex, span: Span, newText: string): TextEdit {
  return { range: lines.rangeOf(span), newText };
}

/** Applies non-overlapping edits (LSP semantics: all ranges refer to the original text). */
export function applyEdits(text: string, lines: LineIndex, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((edit, order) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), text: edit.newText, order }))
    .sort((a, b) => b.start - a.start || b.order - a.order);
  let result = text;
  for (const edit of spans) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/**
 * Where a piece of an edit's new text stands once all the edits are applied:
 * `length` characters from `from` in `edits[index].newText`. A range in the
 * text after the edits, as LSP edits are applied (all refer to the original).
 */
export function rangeAfterEdits(text: string, lines: LineIndex, edits: readonly TextEdit[], index: number, from: number, length: number): Range | null {
  const target = edits[index];
  if (!target || from < 0 || from + length > target.newText.length) return null;
  const at = lines.offsetAt(target.range.start);
  // Edits before this one (and those at the same place, earlier in the list) shift it.
  let shift = 0;
  edits.forEach((edit, i) => {
    const start = lines.offsetAt(edit.range.start);
    if (start < at || (start === at && i < index)) shift += edit.newText.length - (lines.offsetAt(edit.range.end) - start);
  });
  const after = new LineIndex(applyEdits(text, lines, edits));
  const start = at + shift + from;
  return { start: after.positionAt(start), end: after.positionAt(start + length) };
}

/** One edit that turns `before` into `after`: the differing middle, common prefix and suffix kept. */
export function minimalEdit(before: string, after: string, lines: LineIndex): TextEdit | null {
  if (before === after) return null;
  // charCodeAt outside the text is NaN, which equals no code: the loops below stop at either end by themselves.
  let start = 0;
  while (before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a CRLF pair or a surrogate pair.
  while (before.charCodeAt(start - 1) === 13 || isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  while (before.charCodeAt(endBefore) === 10 || isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { range: { start: lines.positionAt(start), end: lines.positionAt(endBefore) }, newText: after.slice(start, endAfter) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The line break the document uses, for inserted lines. */
export function lineBreakOf(text: string): string {
  // Before the first \n (or before a text without one) stands nothing or another character: then \n.
  return text[text.indexOf('\n') - 1] === '\r' ? '\r\n' : '\n';
}
