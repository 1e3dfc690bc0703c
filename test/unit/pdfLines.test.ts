/**
 * Breaking inline text into lines for the PDF, with a made-up measure (each
 * character 1 wide, 2 in the wide face) so the breaks can be written down:
 * at white space only, a word across faces kept whole, the spaces at a break
 * dropped and the indent of a first line kept, a word wider than the column
 * broken between characters, each line's pieces joined where they continue.
 */
import assert from 'node:assert/strict';
import { breakLines, type Line } from '../../server/src/export/pdf/pdfLines';

interface Piece {
  text: string;
  wide?: boolean;
}

const measure = (text: string, piece: Piece) => [...text].length * (piece.wide ? 2 : 1);
const show = (lines: Line<Piece>[]) => lines.map((line) => line.fragments.map((f) => (f.piece.wide ? `[${f.text}]` : f.text)).join('|'));
const widths = (lines: Line<Piece>[]) => lines.map((line) => line.width);

describe('breaking PDF text into lines', () => {
  it('fills each line to the width and breaks at the space before the word that does not fit', () => {
    const lines = breakLines([{ text: 'een twee drie vier' }], 9, measure);
    assert.deepEqual(show(lines), ['een twee', 'drie vier']);
    assert.deepEqual(widths(lines), [8, 9]);
  });

  it('keeps a word whole across faces, and measures each part in its own', () => {
    const lines = breakLines([{ text: 'aa ' }, { text: 'vet', wide: true }, { text: 'ter bb' }], 10, measure);
    assert.deepEqual(show(lines), ['aa', '[vet]|ter', 'bb']);
    assert.deepEqual(widths(lines), [2, 9, 2]);
  });

  it('drops the spaces where a line breaks, keeps those inside a line and those that indent the first', () => {
    assert.deepEqual(show(breakLines([{ text: '    code  met   ruimte' }], 14, measure)), ['    code  met', 'ruimte']);
  });

  it('breaks a word wider than the column between characters', () => {
    assert.deepEqual(show(breakLines([{ text: 'ab abcdefghij cd' }], 4, measure)), ['ab', 'abcd', 'efgh', 'ij', 'cd']);
    assert.deepEqual(show(breakLines([{ text: 'abc', wide: true }, { text: 'de' }], 4, measure)), ['[ab]', '[c]|de']);
    assert.deepEqual(show(breakLines([{ text: 'ab' }], 0.5, measure)), ['a', 'b'], 'narrower than a character: one on each line, no empty line');
  });

  it('gives text of spaces only, or none, one line', () => {
    assert.deepEqual(show(breakLines([{ text: '   ' }], 10, measure)), ['   ']);
    assert.deepEqual(show(breakLines([], 10, measure)), ['']);
  });

  it('joins the stretches of one piece on a line into one fragment', () => {
    const piece = { text: 'een twee drie' };
    const [line] = breakLines([piece], 100, measure);
    assert.equal(line?.fragments.length, 1);
    assert.equal(line?.fragments[0]?.piece, piece);
    assert.equal(line?.fragments[0]?.width, 13);
  });
});
