import assert from 'node:assert/strict';
import { LineIndex, endOfLine, nextLineStart } from '../../server/src/core/text/lineIndex';

describe('LineIndex', () => {
  it('counts \\n, \\r\\n and a lone \\r as line breaks', () => {
    const lines = new LineIndex('a\nb\r\nc\rd');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(2), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(5), { line: 2, character: 0 });
    assert.deepEqual(lines.positionAt(7), { line: 3, character: 0 });
  });

  it('never places a position between \\r and \\n', () => {
    const lines = new LineIndex('ab\r\ncd');
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 2 });
    assert.equal(lines.lineEnd(0), 2);
  });

  it('counts UTF-16 code units, as LSP does', () => {
    const text = 'é🎉x';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(text.indexOf('x')), { line: 0, character: 3 });
  });

  it('clamps offsets and positions outside the text', () => {
    const lines = new LineIndex('ab\ncd');
    assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(99), { line: 1, character: 2 });
    assert.equal(lines.offsetAt({ line: 9, character: 0 }), 5);
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2);
  });

  it('round-trips every offset of a mixed text', () => {
    const text = 'één\r\n🎉 twee\rdrie\n\nvier';
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
      assert.equal(lines.offsetAt(lines.positionAt(offset)), offset, `offset ${offset}`);
    }
  });

  it('gives each line its start and its end before the line break, whichever break it is', () => {
    const text = 'een\r\ntwee\rdrie\n\nvijf';
    const lines = new LineIndex(text);
    assert.deepEqual([0, 1, 2, 3, 4].map((line) => [lines.lineStart(line), lines.lineEnd(line)]), [[0, 3], [5, 9], [10, 14], [15, 15], [16, 20]]);
    assert.equal(lines.lineStart(-1), 0);
    assert.equal(lines.lineStart(9), 16);
    assert.equal(new LineIndex('a\n').lineEnd(1), 2);
    assert.equal(new LineIndex('\n\n').lineEnd(0), 0);
  });

  it('maps positions to offsets, clamped to the line they name', () => {
    const lines = new LineIndex('ab\r\ncd\nef');
    assert.equal(lines.offsetAt({ line: 1, character: 1 }), 5);
    assert.equal(lines.offsetAt({ line: 1, character: -3 }), 4);
    assert.equal(lines.offsetAt({ line: -1, character: 5 }), 0);
    assert.equal(lines.offsetAt({ line: 0, character: 3 }), 2, 'not between \\r and \\n');
    assert.equal(lines.offsetAt({ line: 2, character: 2 }), 9);
    assert.equal(lines.offsetAt({ line: 3, character: 0 }), 9);
  });

  it('gives the range of a span and the span of the line around an offset', () => {
    const lines = new LineIndex('ab\r\ncdef\ngh');
    assert.deepEqual(lines.rangeOf({ start: 1, end: 6 }), { start: { line: 0, character: 1 }, end: { line: 1, character: 2 } });
    assert.deepEqual(lines.lineSpanAt(6), { start: 4, end: 8 });
    assert.deepEqual(lines.lineSpanAt(0), { start: 0, end: 2 });
    assert.deepEqual(lines.lineSpanAt(11), { start: 9, end: 11 });
  });

  it('finds the end of a line and the start of the next, a CRLF pair counting as one break', () => {
    const text = 'ab\r\ncd\ref\ngh';
    assert.equal(endOfLine(text, 0), 2);
    assert.equal(endOfLine(text, 4), 6);
    assert.equal(endOfLine(text, 7), 9);
    assert.equal(endOfLine(text, 10), 12);
    assert.equal(endOfLine(text, 2), 2);
    assert.equal(nextLineStart(text, 2), 4);
    assert.equal(nextLineStart(text, 6), 7);
    assert.equal(nextLineStart(text, 9), 10);
  });

  it('tells blank lines, white space only, from lines with text', () => {
    const lines = new LineIndex('een\n\n \t \r\nx\r  \r');
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((line) => lines.isBlankLine(line)), [false, true, true, false, true, true]);
    assert.equal(new LineIndex('').isBlankLine(0), true);
  });

  it('ends every kind of line at its break, even an empty line after another break', () => {
    const text = '\n\r\n\r\rx\r\n\n';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 7);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((line) => [lines.lineStart(line), lines.lineEnd(line)]), [[0, 0], [1, 1], [3, 3], [4, 4], [5, 6], [8, 8], [9, 9]]);
    assert.equal(nextLineStart('a\n\nb', 1), 2, 'two \\n are two breaks');
    assert.equal(nextLineStart('a\r\rb', 1), 2, 'two \\r are two breaks');
    assert.equal(nextLineStart('a\n\rb', 1), 2, '\\n\\r is not one break');
    assert.equal(endOfLine('ab', 0), 2);
    assert.equal(endOfLine('ab\ncd', 1), 2);
  });

  it('finds the line of every offset of a long text', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `regel ${i}`).join('\n');
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 1000);
    for (let line = 0; line < 1000; line += 37) {
      const start = lines.lineStart(line);
      assert.deepEqual(lines.positionAt(start), { line, character: 0 });
      assert.deepEqual(lines.positionAt(start - 1), line ? { line: line - 1, character: lines.lineEnd(line - 1) - lines.lineStart(line - 1) } : { line: 0, character: 0 });
    }
  });
});
