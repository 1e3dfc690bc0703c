/**
 * The source as rows, one a line, each knowing its block: the text of a
 * row with its white space made single spaces, a table as one row of its
 * own, the key that running headers are compared by, a line standing alone,
 * and an addressee line without its bullet.
 */
import assert from 'node:assert/strict';
import { echoKey, normalizeSpace, rowsOf, standsAlone, withoutBullet, type Row } from '../../server/src/core/import/rows';
import type { SourceBlock, SourceLine, SourceParagraph, SourceTable, Span } from '../../server/src/core/import/source';

const line = (...spans: (string | Span)[]): SourceLine => ({ spans: spans.map((s) => (typeof s === 'string' ? { text: s } : s)), indent: 0 });
const paragraph = (...lines: SourceLine[]): SourceParagraph => ({ kind: 'paragraph', lines, page: 2, column: 'side' });
const rows = (...blocks: SourceBlock[]) => rowsOf({ format: 'pdf', blocks, dropped: [] });

describe('import rows', () => {
  it('each line is a row that knows its block, its place in it, and its text with single spaces', () => {
    const first = line(' Onze\u00a0 ', { text: ' referentie\t ', bold: true });
    const block = paragraph(first, line('7244668'));
    assert.deepEqual(rows(block), [
      { index: 0, line: first, text: 'Onze referentie', block, lineIndex: 0, blockStart: true, blockEnd: false },
      { index: 1, line: block.lines[1], text: '7244668', block, lineIndex: 1, blockStart: false, blockEnd: true },
    ]);
  });

  it('a table is one row of its own, with no text, on the page and in the column of the table', () => {
    const table: SourceTable = { kind: 'table', rows: [[[{ text: 'Kolom' }]]], page: 3, column: 'body' };
    assert.deepEqual(rows(paragraph(line('Tekst')), table)[1], {
      index: 1,
      line: { spans: [], indent: 0 },
      text: '',
      block: { kind: 'paragraph', lines: [], page: 3, column: 'body' },
      lineIndex: 0,
      blockStart: true,
      blockEnd: true,
      table,
    });
  });

  it('white space, no-break spaces included, becomes single spaces, and none at the ends', () => {
    assert.equal(normalizeSpace('  Directie\u00a0\u00a0Rechtshandhaving \n en  zeden  '), 'Directie Rechtshandhaving en zeden');
  });

  it('lines are compared without regard to case or spacing', () => {
    assert.equal(echoKey('  Onze   REFERENTIE '), 'onze referentie');
  });

  it('a line stands alone when it is the only line of its block', () => {
    const [alone, first, last] = rows(paragraph(line('Datum')), paragraph(line('Onze'), line('referentie')));
    assert.deepEqual([alone, first, last].map((row) => standsAlone(row as Row)), [true, false, false]);
  });

  describe('an addressee line without its bullet', () => {
    it('the bullet and its space are taken off the text and the spans, and the row says it was bulleted', () => {
      const [row] = rows(paragraph(line('•  ', { text: 'Minister', bold: true }, ' van Financiën')));
      assert.deepEqual(withoutBullet(row as Row), { ...row, line: { spans: [{ text: 'Minister', bold: true }, { text: ' van Financiën' }], indent: 0 }, text: 'Minister van Financiën', bulleted: true });
    });

    it('a number, a letter or a line without a marker stays as it is', () => {
      for (const text of ['1. Minister van Financiën', 'a. Minister van Financiën', 'Minister van Financiën']) {
        const [row] = rows(paragraph(line(text)));
        assert.equal(withoutBullet(row as Row), row, text);
      }
    });
  });
});
