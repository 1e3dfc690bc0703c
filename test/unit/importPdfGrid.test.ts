/**
 * Tables among a PDF's lines (core/import/pdf/pdfTables.ts), called with the
 * lines as the layout gives them: consecutive body lines of one page with two
 * or more cells, whose cells each overlap exactly one column of the widest
 * line, are a table; anything else stays text, and no cell's text is lost.
 */
import assert from 'node:assert/strict';
import { tablesOf, type Cell, type GridLine } from '../../server/src/core/import/pdf/pdfTables';
import type { Span } from '../../server/src/core/import/source';

function cell(x: number, end: number, text: string, bold = false): Cell {
  return { x, end, spans: [bold ? { text, bold: true } : { text }] };
}

function line(cells: Cell[], options: { page?: number; column?: 'body' | 'side' } = {}): GridLine {
  return { page: options.page ?? 1, column: options.column ?? 'body', cells };
}

/** A row of two cells: a label at 68–150 and an amount at 300–340. */
const row = (label: string, amount: string, options?: { page?: number; column?: 'body' | 'side' }) => line([cell(68, 150, label), cell(300, 340, amount)], options);
const text = (words: string) => line([cell(68, 500, words)]);
const spans = (...texts: string[]): Span[][] => texts.map((t) => [{ text: t }]);

describe('PDF tables from lines in a grid', () => {
  it('two rows of two cells in the same columns are a table, each cell its spans', () => {
    const lines = [line([cell(68, 90, 'Jaar', true), cell(300, 330, 'Bedrag', true)]), row('2026', '€ 2 mln')];
    assert.deepEqual(tablesOf(lines), [
      {
        start: 0,
        end: 2,
        table: {
          kind: 'table',
          rows: [[[{ text: 'Jaar', bold: true }], [{ text: 'Bedrag', bold: true }]], spans('2026', '€ 2 mln')],
          page: 1,
          column: 'body',
        },
      },
    ]);
  });

  it('the table is found between lines of text, with the index of its first line and one past its last', () => {
    const lines = [text('Inleiding'), row('2026', '2'), row('2027', '3'), row('2028', '4'), text('Daarna')];
    assert.deepEqual(
      tablesOf(lines).map((t) => [t.start, t.end, t.table.rows.length]),
      [[1, 4, 3]],
    );
  });

  it('one line with cells is no table, at the start or after text', () => {
    assert.deepEqual(tablesOf([row('Jaar', 'Bedrag')]), []);
    assert.deepEqual(tablesOf([text('Inleiding'), row('Jaar', 'Bedrag'), text('Daarna')]), []);
    assert.deepEqual(tablesOf([]), []);
  });

  it('a line in the right-hand column ends the grid; so does a new page', () => {
    const side = [row('a', '1'), row('b', '2'), row('Datum', 'x', { column: 'side' }), row('c', '3'), row('d', '4')];
    assert.deepEqual(
      tablesOf(side).map((t) => [t.start, t.end]),
      [
        [0, 2],
        [3, 5],
      ],
    );
    const pages = [row('a', '1'), row('b', '2'), row('c', '3', { page: 2 }), row('d', '4', { page: 2 })];
    assert.deepEqual(
      tablesOf(pages).map((t) => [t.start, t.end, t.table.page]),
      [
        [0, 2, 1],
        [2, 4, 2],
      ],
    );
  });

  it('the widest line sets the columns: a shorter row gets an empty cell where it has none', () => {
    const lines = [row('Sector', 'Totaal'), line([cell(68, 150, 'Onderwijs'), cell(200, 230, '120'), cell(300, 340, '200')])];
    assert.deepEqual(tablesOf(lines)[0]?.table.rows, [[[{ text: 'Sector' }], [], [{ text: 'Totaal' }]], spans('Onderwijs', '120', '200')]);
  });

  it('of lines with as many cells, the first sets the columns', () => {
    // The third line's first cell overlaps the first line's first column, not the third line's own.
    const lines = [line([cell(0, 30, 'a'), cell(50, 60, 'b')]), line([cell(0, 10, 'c'), cell(50, 60, 'd')]), line([cell(20, 25, 'e'), cell(50, 60, 'f')])];
    assert.deepEqual(tablesOf(lines)[0]?.table.rows, [spans('a', 'b'), spans('c', 'd'), spans('e', 'f')]);
  });

  it('a cell that overlaps no column, or two, or a column already taken, leaves the lines as text', () => {
    const columns = line([cell(0, 10, 'a'), cell(20, 30, 'b')]);
    assert.deepEqual(tablesOf([columns, line([cell(0, 10, 'c'), cell(31, 40, 'd')])]), []);
    assert.deepEqual(tablesOf([columns, line([cell(0, 25, 'c d'), cell(40, 50, 'e')])]), []);
    assert.deepEqual(tablesOf([line([cell(0, 100, 'breed'), cell(200, 210, 'x')]), line([cell(0, 10, 'c'), cell(50, 60, 'd')])]), []);
  });

  it('cells that only touch a column’s edge do not overlap it', () => {
    const columns = line([cell(0, 10, 'a'), cell(20, 30, 'b')]);
    assert.deepEqual(tablesOf([columns, line([cell(10, 15, 'c'), cell(20, 30, 'd')])]), []);
    assert.deepEqual(tablesOf([columns, line([cell(0, 10, 'c'), cell(15, 20, 'd')])]), []);
    assert.deepEqual(tablesOf([columns, line([cell(0, 10, 'c'), cell(9, 21, 'd')])]), []);
    assert.deepEqual(tablesOf([columns, line([cell(0, 10, 'c'), cell(29, 35, 'd')])])[0]?.table.rows, [spans('a', 'b'), spans('c', 'd')]);
  });

  it('lines that do not stand in columns are not searched again from the next line', () => {
    // Lines 1 and 2 alone would be a table, but the three are one grid that does not stand in columns.
    const lines = [line([cell(0, 60, 'over twee'), cell(100, 110, 'x')]), line([cell(0, 10, 'a'), cell(50, 60, 'b'), cell(100, 110, 'c')]), line([cell(0, 10, 'd'), cell(50, 60, 'e'), cell(100, 110, 'f')])];
    assert.deepEqual(tablesOf(lines), []);
  });

  it('a grid that holds the note’s head (Datum, Onze referentie, a postcode) is the head, not a table', () => {
    assert.deepEqual(tablesOf([row('Datum', '19 maart 2026'), row('Totaal', '123')]), []);
    assert.deepEqual(tablesOf([row('Adres', '2511 DP Den Haag'), row('Totaal', '123')]), []);
    // The label may come in pieces: a cell's spans are read as one text.
    const split = line([{ x: 68, end: 150, spans: [{ text: 'Onze', bold: true }, { text: ' ', bold: true }, { text: 'referentie', bold: true }] }, cell(300, 340, '7244668')]);
    assert.deepEqual(tablesOf([split, row('Totaal', '123')]), []);
  });
});
