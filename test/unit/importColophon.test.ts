/**
 * The right-hand column flowed to the end of the document
 * (core/import/colophon.ts): the last rows that are labels with their values
 * or addresses, and the sender block just above them that opens with the
 * bold organisation.
 */
import assert from 'node:assert/strict';
import { trailingColophon } from '../../server/src/core/import/colophon';
import { rowsOf, type Row } from '../../server/src/core/import/rows';
import type { SourceBlock, SourceLine, SourceParagraph, Span } from '../../server/src/core/import/source';

/** A line as plain text, or as its spans. */
type LineSpec = string | Span[];

const line = (spec: LineSpec): SourceLine => ({ spans: typeof spec === 'string' ? [{ text: spec }] : spec, indent: 0 });
const block = (...lines: LineSpec[]): SourceParagraph => ({ kind: 'paragraph', lines: lines.map(line), page: 1 });
const bold = (text: string): Span[] => [{ text, bold: true }];
const table: SourceBlock = { kind: 'table', rows: [[[{ text: 'Kosten' }], [{ text: '€ 10' }]]], page: 1 };
const rowsFrom = (blocks: SourceBlock[]): Row[] => rowsOf({ format: 'txt', blocks, dropped: [] });

/** The colophon's rows as text; a table as [table]. */
function colophon(blocks: SourceBlock[], start = 0, skipTexts: readonly string[] = []): string[] {
  const rows = rowsFrom(blocks);
  const skip = new Set(rows.filter((row) => skipTexts.includes(row.text)).map((row) => row.index));
  return trailingColophon(rows, start, skip).map((row) => (row.table ? '[table]' : row.text));
}

const TEXT = block('Dit is de laatste zin van de tekst.');
const DATE = block('Datum', '19 maart 2026');

describe('import colophon after the text', () => {
  it('the labels with their values after the text', () => {
    assert.deepEqual(colophon([TEXT, block('Datum', '19 maart 2026', 'Onze referentie', '7244668')]), ['Datum', '19 maart 2026', 'Onze referentie', '7244668']);
  });

  it('no labels, no colophon: text, or an address alone, at the end stays text', () => {
    assert.deepEqual(colophon([TEXT]), []);
    assert.deepEqual(colophon([TEXT, block('Turfmarkt 147', '2511 DP Den Haag')]), []);
  });

  it('an address among the labels: a street line before its postcode line, or both on one line', () => {
    assert.deepEqual(colophon([TEXT, block('Turfmarkt 147', '2511 DP Den Haag', 'Datum', '19 maart 2026')]), ['Turfmarkt 147', '2511 DP Den Haag', 'Datum', '19 maart 2026']);
    assert.deepEqual(colophon([TEXT, block('Turfmarkt 147, 2511 DP Den Haag', 'Datum', '19 maart 2026')]), ['Turfmarkt 147, 2511 DP Den Haag', 'Datum', '19 maart 2026']);
  });

  it('only rows from the start on count, and the whole of them can be the colophon', () => {
    assert.deepEqual(colophon([block('Datum', '19 maart 2026', 'Onze referentie', '7244668')], 2), ['Onze referentie', '7244668']);
  });

  it('rows already placed and empty lines do not break the colophon and are not part of it', () => {
    const blocks = [TEXT, block('Datum', '19 maart 2026', '', 'Onze referentie', 'Pagina 2 van 2', '7244668')];
    assert.deepEqual(colophon(blocks, 0, ['Pagina 2 van 2']), ['Datum', '19 maart 2026', 'Onze referentie', '7244668']);
  });

  it('a table above the labels ends the colophon, even after a label', () => {
    assert.deepEqual(colophon([block('Bijlagen'), table, DATE]), ['Datum', '19 maart 2026']);
  });

  describe('the sender block above', () => {
    it('from the bold organisation, its name over two lines, to the labels', () => {
      const sender = block(bold('Ministerie van Justitie'), bold('en Veiligheid'), 'Turfmarkt 147', '2511 DP Den Haag', 'www.rijksoverheid.nl/jenv');
      assert.deepEqual(colophon([TEXT, sender, DATE]), ['Ministerie van Justitie', 'en Veiligheid', 'Turfmarkt 147', '2511 DP Den Haag', 'www.rijksoverheid.nl/jenv', 'Datum', '19 maart 2026']);
    });

    it('each line its own paragraph, the labels bold as well', () => {
      const blocks = [TEXT, block(bold('Ministerie van Justitie en Veiligheid')), block('Turfmarkt 147'), block(bold('Datum')), block('19 maart 2026')];
      assert.deepEqual(colophon(blocks), ['Ministerie van Justitie en Veiligheid', 'Turfmarkt 147', 'Datum', '19 maart 2026']);
    });

    it('an organisation whose first words are bold', () => {
      const sender = block([{ text: 'Ministerie', bold: true }, { text: ' van Financiën' }]);
      assert.deepEqual(colophon([TEXT, sender, DATE]), ['Ministerie van Financiën', 'Datum', '19 maart 2026']);
    });

    it('no bold line that opens a paragraph above: the labels alone', () => {
      assert.deepEqual(colophon([TEXT, block('De minister van Justitie en Veiligheid'), DATE]), ['Datum', '19 maart 2026']);
    });

    it('at most eight lines above the labels', () => {
      const lines = ['Directoraat-Generaal', 'Rechtspleging', 'Directie', 'Afdeling', 'Turfmarkt 147', '2511 DP Den Haag', 'Postbus 20301'];
      assert.deepEqual(colophon([TEXT, block(bold('Ministerie'), ...lines), DATE]), ['Ministerie', ...lines, 'Datum', '19 maart 2026']);
      assert.deepEqual(colophon([TEXT, block(bold('Ministerie'), 'Bureau', ...lines), DATE]), ['Datum', '19 maart 2026']);
    });

    it('lines of up to 160 characters', () => {
      const long = 'Directie'.padEnd(160, ' en Afdeling');
      assert.equal(long.length, 160);
      assert.deepEqual(colophon([TEXT, block(bold('Ministerie')), block(long), DATE]), ['Ministerie', long, 'Datum', '19 maart 2026']);
      assert.deepEqual(colophon([TEXT, block(bold('Ministerie')), block(`${long}x`), DATE]), ['Datum', '19 maart 2026']);
    });

    it('never reaches over a heading, a numbered heading, a sentence or a table of the text', () => {
      const heading: SourceParagraph = { ...block(bold('Communicatie')), headingLevel: 1 };
      assert.deepEqual(colophon([heading, DATE]), ['Datum', '19 maart 2026']);
      assert.deepEqual(colophon([block(bold('5. Communicatie')), DATE]), ['Datum', '19 maart 2026']);
      assert.deepEqual(colophon([block(bold('Ministerie van Financiën')), block('Met dank voor het advies.'), DATE]), ['Datum', '19 maart 2026']);
      assert.deepEqual(colophon([block(bold('Ministerie van Financiën')), table, DATE]), ['Datum', '19 maart 2026']);
    });
  });
});
