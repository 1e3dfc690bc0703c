/**
 * Edits as an editor applies them: all ranges refer to the text before the
 * edit, and one minimal edit stands for a whole rewrite (fix-all), never
 * cutting a CRLF pair or a character outside the BMP in two.
 */
import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import { applyEdits, editAt, lineBreakOf, minimalEdit, rangeAfterEdits } from '../../server/src/core/features/textEdits';
import { LineIndex } from '../../server/src/core/text/lineIndex';

const at = (line: number, character: number) => ({ line, character });
const edit = (start: [number, number], end: [number, number], newText: string): TextEdit => ({ range: { start: at(...start), end: at(...end) }, newText });

/** `before` rewritten to `after` through its one minimal edit. */
function rewrite(before: string, after: string): string {
  const lines = new LineIndex(before);
  const change = minimalEdit(before, after, lines);
  return change ? applyEdits(before, lines, [change]) : before;
}

describe('text edits', () => {
  it('applies edits given in any order, each against the original text', () => {
    const text = 'een\ntwee\ndrie';
    const lines = new LineIndex(text);
    const edits = [edit([2, 0], [2, 4], 'DRIE'), edit([0, 0], [0, 3], 'EEN'), edit([1, 1], [1, 3], '')];
    assert.equal(applyEdits(text, lines, edits), 'EEN\nte\nDRIE');
    assert.equal(applyEdits(text, lines, [...edits].reverse()), 'EEN\nte\nDRIE');
    assert.equal(applyEdits(text, lines, []), text);
  });

  it('keeps insertions at one place in the order they were given', () => {
    const text = 'ab';
    assert.equal(applyEdits(text, new LineIndex(text), [edit([0, 1], [0, 1], '1'), edit([0, 1], [0, 1], '2'), edit([0, 1], [0, 1], '3')]), 'a123b');
  });

  it('makes a range from a span', () => {
    const lines = new LineIndex('ab\ncd');
    assert.deepEqual(editAt(lines, { start: 1, end: 4 }, 'x'), { range: { start: at(0, 1), end: at(1, 1) }, newText: 'x' });
  });

  it('gives one minimal edit for a rewrite: the middle that differs', () => {
    const lines = (text: string) => new LineIndex(text);
    assert.equal(minimalEdit('same', 'same', lines('same')), null);
    assert.deepEqual(minimalEdit('abcdef', 'abXYef', lines('abcdef')), edit([0, 2], [0, 4], 'XY'));
    assert.deepEqual(minimalEdit('abc', 'abcd', lines('abc')), edit([0, 3], [0, 3], 'd'));
    assert.deepEqual(minimalEdit('abcd', 'abc', lines('abcd')), edit([0, 3], [0, 4], ''));
    assert.deepEqual(minimalEdit('aaa', 'aaaa', lines('aaa')), edit([0, 3], [0, 3], 'a'));
    assert.deepEqual(minimalEdit('xbc', 'abc', lines('xbc')), edit([0, 0], [0, 1], 'a'));
    const before = 'een\ntwee\ndrie\n';
    const after = 'een\nTWEE\ndrie\n';
    assert.equal(applyEdits(before, lines(before), [minimalEdit(before, after, lines(before)) as TextEdit]), after);
  });

  it('deletes at the end of a run of equal characters without taking the common prefix for a suffix', () => {
    const lines = (text: string) => new LineIndex(text);
    assert.deepEqual(minimalEdit('aaaa', 'aaa', lines('aaaa')), edit([0, 3], [0, 4], ''));
    assert.deepEqual(minimalEdit('abcc', 'abc', lines('abcc')), edit([0, 3], [0, 4], ''));
    assert.equal(rewrite('Punt.\n\n\n', 'Punt.\n\n'), 'Punt.\n\n');
  });

  it('keeps every surrogate pair whole, up to the first and last code of each half, and treats other characters singly', () => {
    const cases: [string, string, TextEdit][] = [
      // The same high surrogate (U+D800, U+DBFF), another low one: the edit takes the whole pair.
      ['\u{10000}', '\u{10001}', edit([0, 0], [0, 2], '\u{10001}')],
      ['\u{10FFFF}', '\u{10FFFE}', edit([0, 0], [0, 2], '\u{10FFFE}')],
      // The same low surrogate (U+DC00, U+DFFF), another high one.
      ['a\u{10000}', 'a\u{10400}', edit([0, 1], [0, 3], '\u{10400}')],
      ['a\u{103FF}', 'a\u{107FF}', edit([0, 1], [0, 3], '\u{107FF}')],
      // After a whole pair, or before a character above the surrogates (the ligature ﬁ from a PDF), nothing to widen.
      ['😀a', '😀b', edit([0, 2], [0, 3], 'b')],
      ['aﬁ', 'bﬁ', edit([0, 0], [0, 1], 'b')],
      ['ﬁa', 'ﬁb', edit([0, 1], [0, 2], 'b')],
    ];
    for (const [before, after, expected] of cases) {
      const change = minimalEdit(before, after, new LineIndex(before));
      assert.deepEqual(change, expected, `${before} -> ${after}`);
      assert.equal(applyEdits(before, new LineIndex(before), [change as TextEdit]), after);
    }
  });

  it('finds where a piece of an edit\'s new text stands once all edits are applied', () => {
    const text = 'abc\ndef';
    const lines = new LineIndex(text);
    const edits = [
      edit([0, 0], [0, 1], 'X\nYZ'), // before it, over more than one line
      edit([1, 1], [1, 1], 'P'), // at the same place, earlier in the list
      edit([1, 1], [1, 1], 'Q1Q'), // the one asked about
      edit([1, 1], [1, 1], 'R'), // at the same place, later in the list
      edit([1, 2], [1, 3], ''), // after it
    ];
    assert.equal(applyEdits(text, lines, edits), 'X\nYZbc\ndPQ1QRe');
    assert.deepEqual(rangeAfterEdits(text, lines, edits, 2, 1, 1), { start: at(2, 3), end: at(2, 4) });
    assert.deepEqual(rangeAfterEdits(text, lines, edits, 2, 0, 3), { start: at(2, 2), end: at(2, 5) });
    // A replacement before it that is shorter than what it replaces moves it back.
    const shorter = [edit([0, 0], [1, 0], ''), edit([1, 3], [1, 3], 'Z')];
    assert.deepEqual(rangeAfterEdits(text, lines, shorter, 1, 0, 1), { start: at(0, 3), end: at(0, 4) });
    // An edit after it moves it not, wherever it stands in the list.
    const afterFirst = [edit([1, 2], [1, 3], 'LONG'), edit([1, 1], [1, 1], 'Q')];
    assert.equal(applyEdits(text, lines, afterFirst), 'abc\ndQeLONG');
    assert.deepEqual(rangeAfterEdits(text, lines, afterFirst, 1, 0, 1), { start: at(1, 1), end: at(1, 2) });
    // Nothing that is not in the edit's new text.
    assert.equal(rangeAfterEdits(text, lines, edits, 5, 0, 0), null);
    assert.equal(rangeAfterEdits(text, lines, edits, 2, -1, 1), null);
    assert.equal(rangeAfterEdits(text, lines, edits, 2, 1, 3), null);
    assert.equal(rangeAfterEdits(text, lines, edits, 2, 3, 1), null);
  });

  it('never cuts a CRLF pair or a surrogate pair', () => {
    const lines = (text: string) => new LineIndex(text);
    // "a\r\nb" -> "a\r\r\nb": the common prefix would end between \r and \n; the edit goes before the pair.
    const crlf = minimalEdit('a\r\nb', 'a\r\r\nb', lines('a\r\nb'));
    assert.deepEqual(crlf, edit([0, 1], [0, 1], '\r'));
    assert.equal(applyEdits('a\r\nb', lines('a\r\nb'), [crlf as TextEdit]), 'a\r\r\nb');
    const emoji = minimalEdit('x😀y', 'x😃y', lines('x😀y'));
    assert.deepEqual(emoji, edit([0, 1], [0, 3], '😃'));
    const tail = minimalEdit('a\r\nb\r\n', 'a\nb\r\n', lines('a\r\nb\r\n'));
    assert.equal(applyEdits('a\r\nb\r\n', lines('a\r\nb\r\n'), [tail as TextEdit]), 'a\nb\r\n');
    const suffix = minimalEdit('😀a', '😁a', lines('😀a'));
    assert.deepEqual(suffix, edit([0, 0], [0, 2], '😁'));
  });

  it('writes new lines with the line break the text already uses', () => {
    assert.equal(lineBreakOf('a\r\nb\nc'), '\r\n');
    assert.equal(lineBreakOf('a\nb\r\nc'), '\n');
    assert.equal(lineBreakOf('\nb'), '\n');
    assert.equal(lineBreakOf('zonder einde'), '\n');
    assert.equal(lineBreakOf('\r\n'), '\r\n');
  });
});
