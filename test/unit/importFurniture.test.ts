/**
 * Page furniture in the text itself: a running header is a run of at least
 * two lines after the head that repeat the right-hand column (a line of it,
 * or a piece of one of its values in whole words), set apart from the text;
 * a lone number right beside it is its page number. The rows are hand-made
 * blocks of lines.
 */
import assert from 'node:assert/strict';
import { adjacentPageNumbers, echoes, pageNumberRows, runningHeaderRuns } from '../../server/src/core/import/furniture';
import { rowsOf, type Row } from '../../server/src/core/import/rows';
import type { Column, SourceBlock, SourceParagraph } from '../../server/src/core/import/source';

/** The right-hand column of the head, as the header gives it: its lines, and the values that may wrap, as echo keys. */
const COLUMN = {
  lines: new Set(['datum', '19 maart 2026', 'onze referentie', '7244668']),
  values: ['directoraat-generaal openbaar bestuur en democratische rechtsstaat', 'directie dgob'],
};

const block = (...lines: string[]): SourceParagraph => ({ kind: 'paragraph', lines: lines.map((text) => ({ spans: [{ text }], indent: 0 })), page: 0 });
const placed = (page: number, column: Column, ...lines: string[]): SourceParagraph => ({ ...block(...lines), page, column });
const rows = (...blocks: SourceBlock[]) => rowsOf({ format: 'txt', blocks, dropped: [] });
/** The running header runs from the first row on, as the texts of their rows. */
const runs = (all: readonly Row[], skip: number[] = [], column = COLUMN) => runningHeaderRuns(all, 0, column, new Set(skip)).map((run) => run.map((row) => row.text));

describe('import page furniture', () => {
  describe('echoes of the right-hand column', () => {
    it('a line of the column, in any case and spacing, echoes it', () => {
      assert.equal(echoes('Onze  Referentie', COLUMN.lines, COLUMN.values), true);
      assert.equal(echoes('Onze', COLUMN.lines, COLUMN.values), false);
    });

    it('a piece of a value in whole words echoes it, from four characters on', () => {
      assert.equal(echoes('Openbaar Bestuur en', COLUMN.lines, COLUMN.values), true);
      assert.equal(echoes('Directoraat-generaal', COLUMN.lines, COLUMN.values), true);
      assert.equal(echoes('DGOB', COLUMN.lines, COLUMN.values), true);
      assert.equal(echoes('Openbaar Best', COLUMN.lines, COLUMN.values), false);
      assert.equal(echoes('en', COLUMN.lines, COLUMN.values), false);
      assert.equal(echoes('Bestuur in', COLUMN.lines, COLUMN.values), false);
    });
  });

  describe('running headers', () => {
    it('two lines of the column set apart from the text are a running header, as one block or two', () => {
      assert.deepEqual(runs(rows(block('De tekst gaat door.'), block('Datum', '19 maart 2026'), block('Verder.'))), [['Datum', '19 maart 2026']]);
      assert.deepEqual(runs(rows(block('De tekst gaat door.'), block('Datum'), block('19 maart 2026'), block('Verder.'))), [['Datum', '19 maart 2026']]);
    });

    it('one line of the column is not, unless it stands in the right-hand column of a later page', () => {
      assert.deepEqual(runs(rows(block('De tekst.'), block('Datum'), block('Verder.'))), []);
      assert.deepEqual(runs(rows(placed(2, 'body', 'De tekst.'), placed(2, 'side', 'Datum'), placed(2, 'body', 'Verder.'))), [['Datum']]);
      assert.deepEqual(runs(rows(placed(1, 'body', 'De tekst.'), placed(1, 'side', 'Datum'), placed(1, 'body', 'Verder.'))), []);
      assert.deepEqual(runs(rows(placed(2, 'body', 'De tekst.'), placed(2, 'body', 'Datum'), placed(2, 'body', 'Verder.'))), []);
    });

    it('a line dropped already (a page number) inside a running header does not break it', () => {
      assert.deepEqual(runs(rows(block('Datum'), block('Pagina 2 van 3'), block('19 maart 2026'), block('Verder.')), [1]), [['Datum', '19 maart 2026']]);
    });

    it('lines of the column inside a paragraph are text', () => {
      assert.deepEqual(runs(rows(block('Zie de nota van', 'Datum', '19 maart 2026'), block('Verder.'))), []);
      assert.deepEqual(runs(rows(block('Datum', '19 maart 2026', 'is de dag van de nota.'))), []);
    });

    it('text between two runs keeps them apart', () => {
      const all = rows(block('Datum'), block('19 maart 2026'), block('De tekst.'), block('Onze referentie'), block('7244668'));
      assert.deepEqual(runs(all), [['Datum', '19 maart 2026'], ['Onze referentie', '7244668']]);
    });

    it('a run at the end counts when it ends its block', () => {
      assert.deepEqual(runs(rows(block('De tekst.'), block('Datum', '19 maart 2026'))), [['Datum', '19 maart 2026']]);
      assert.deepEqual(runs(rows(block('De tekst.'), block('Datum', '19 maart 2026', 'Pagina 2 van 3')), [3]), []);
    });

    it('blank lines are no running header, whatever the column holds', () => {
      const blank = (): SourceParagraph => ({ kind: 'paragraph', lines: [{ spans: [], indent: 0 }], page: 0 });
      assert.deepEqual(runs(rows(block('De tekst.'), blank(), blank(), block('Verder.')), [], { ...COLUMN, lines: new Set(['']) }), []);
    });

    it('only rows from the first row of the body on are looked at', () => {
      const all = rows(block('Datum', '19 maart 2026'), block('De tekst.'), block('Onze referentie', '7244668'));
      assert.deepEqual(runningHeaderRuns(all, 1, COLUMN, new Set()).map((run) => run.map((row) => row.index)), [[3, 4]]);
    });
  });

  describe('page numbers', () => {
    it('a lone number of up to three digits right before or after a running header is its page number', () => {
      const all = rows(block('De tekst.'), block('2'), block('Datum', '19 maart 2026'), block('3'), block('Verder.'));
      assert.deepEqual(adjacentPageNumbers(all, runningHeaderRuns(all, 0, COLUMN, new Set()), new Set()).map((row) => row.text), ['2', '3']);
      const big = rows(block('123'), block('Datum', '19 maart 2026'), block('1234'));
      assert.deepEqual(adjacentPageNumbers(big, runningHeaderRuns(big, 0, COLUMN, new Set()), new Set()).map((row) => row.text), ['123']);
    });

    it('a number with text, in a paragraph, or dropped already is not', () => {
      const all = rows(block('Bijlage 2'), block('Datum', '19 maart 2026'), block('3', 'Verder.'), block('Tekst', '4'), block('Onze referentie', '7244668'));
      assert.deepEqual(adjacentPageNumbers(all, runningHeaderRuns(all, 0, COLUMN, new Set()), new Set()), []);
      const dropped = rows(block('2'), block('Datum', '19 maart 2026'));
      assert.deepEqual(adjacentPageNumbers(dropped, runningHeaderRuns(dropped, 0, COLUMN, new Set()), new Set([0])), []);
    });

    it('"Pagina 2 van 3" and its like are page numbers; a table is not', () => {
      const all = [...rows(block('Pagina 2 van 3'), block('2 / 3'), block('- 2 -'), block('Pagina twee')), ...rows({ kind: 'table', rows: [[[{ text: 'Pagina 2 van 3' }]]], page: 0 })];
      assert.deepEqual(pageNumberRows(all).map((row) => row.text), ['Pagina 2 van 3', '2 / 3', '- 2 -']);
    });
  });
});
