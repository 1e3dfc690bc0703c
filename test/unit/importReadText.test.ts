/**
 * A text file read into blocks (core/import/readText.ts) and the helpers on
 * a source's lines and blocks (core/import/source.ts): a blank line ends a
 * block, a form feed starts a page, leading white space is the indent, and
 * `**…**` / `*…*` marks are bold and italic, also over several lines.
 */
import assert from 'node:assert/strict';
import { readText, splitLines } from '../../server/src/core/import/readText';
import { blockText, isBoldLine, lineText, plainLine, type SourceLine, type SourceParagraph, type SourceTable } from '../../server/src/core/import/source';

/** Each block's lines, as text. */
const shape = (text: string) => readText(text).blocks.map((b) => blockText(b).split('\n'));
const paragraphs = (text: string) => readText(text).blocks as SourceParagraph[];
const line = (...spans: SourceLine['spans']): SourceLine => ({ spans, indent: 0 });

describe('text import reader', () => {
  describe('blocks and lines', () => {
    it('ends a block at a blank line, also one holding only white space', () => {
      assert.deepEqual(shape('Aan\nde minister\n\nDatum\n  \t \nOnze referentie\n'), [['Aan', 'de minister'], ['Datum'], ['Onze referentie']]);
    });

    it('reads Windows and old Mac line ends as line ends', () => {
      assert.deepEqual(shape('een\r\ntwee\rdrie\r\n\r\nvier'), [['een', 'twee', 'drie'], ['vier']]);
    });

    it('keeps the text of a line without its leading and trailing white space', () => {
      assert.deepEqual(paragraphs('   1. Aanleiding  \n').map((b) => b.lines.map((l) => l.spans)), [[[{ text: '1. Aanleiding' }]]]);
    });

    it('is a text source with no blocks and nothing dropped for an empty file', () => {
      assert.deepEqual(readText('\n\n'), { format: 'txt', blocks: [], dropped: [] });
    });
  });

  describe('pages', () => {
    it('numbers pages from 1 where form feeds separate them', () => {
      assert.deepEqual(paragraphs('een\n\ntwee\fdrie\fvier').map((b) => [blockText(b), b.page]), [['een', 1], ['twee', 1], ['drie', 2], ['vier', 3]]);
    });

    it('gives page 0 to every block of a file without form feeds: it says nothing about pages', () => {
      assert.deepEqual(paragraphs('een\n\ntwee').map((b) => b.page), [0, 0]);
    });
  });

  describe('indentation', () => {
    it('counts a space or a no-break space as one, and a tab up to the next multiple of four', () => {
      assert.deepEqual(paragraphs('geen\n  twee\n\u00a0\u00a0\u00a0drie\n\tvier\n  \tvier\n     \tacht').map((b) => b.lines.map((l) => l.indent)), [[0, 2, 3, 4, 4, 8]]);
    });
  });

  describe('bold and italic marks', () => {
    it('reads a bold mark over three lines as three bold lines', () => {
      const [block] = paragraphs('**Directoraat-Generaal\nRechtspleging en\nRechtshandhaving**\nDirectie');
      assert.deepEqual(block?.lines.map((l) => l.spans), [
        [{ text: 'Directoraat-Generaal', bold: true }],
        [{ text: 'Rechtspleging en', bold: true }],
        [{ text: 'Rechtshandhaving', bold: true }],
        [{ text: 'Directie' }],
      ]);
    });

    it('gives a line no empty span where a mark ends at its end', () => {
      assert.deepEqual(
        splitLines([{ text: 'vet', bold: true }, { text: '\nen *schuin*\n' }]),
        [[{ text: 'vet', bold: true }], [{ text: 'en *schuin*' }], []],
      );
    });
  });

  describe('lines and blocks as text', () => {
    it('joins a line\'s spans and a paragraph\'s lines with line breaks', () => {
      assert.equal(lineText(line({ text: 'Onze ' }, { text: 'referentie', bold: true })), 'Onze referentie');
      assert.equal(blockText({ kind: 'paragraph', lines: [plainLine('Datum'), plainLine('19 maart 2026')], page: 0 }), 'Datum\n19 maart 2026');
    });

    it('writes a table a row a line, its cells apart by a space', () => {
      const table: SourceTable = { kind: 'table', page: 1, rows: [[[{ text: 'Naam' }], [{ text: 'Rol', bold: true }]], [[{ text: 'Jan ' }, { text: 'Jansen' }], [{ text: 'voorzitter' }]]] };
      assert.equal(blockText(table), 'Naam Rol\nJan Jansen voorzitter');
    });

    it('makes a plain line of one unmarked span at the given indent', () => {
      assert.deepEqual(plainLine('Datum'), { spans: [{ text: 'Datum' }], indent: 0 });
      assert.deepEqual(plainLine('Datum', 12), { spans: [{ text: 'Datum' }], indent: 12 });
    });
  });

  describe('bold lines', () => {
    it('is a bold line when every span with text is bold, white space between them not counting', () => {
      assert.equal(isBoldLine(line({ text: 'Aan', bold: true }, { text: ' ' }, { text: 'de minister', bold: true })), true);
    });

    it('is no bold line when one span with text is not bold', () => {
      assert.equal(isBoldLine(line({ text: 'Aan', bold: true }, { text: ' de minister' })), false);
      assert.equal(isBoldLine(line({ text: 'Aan' }, { text: 'de minister', bold: true })), false);
    });

    it('is no bold line when it holds no text, only white space', () => {
      assert.equal(isBoldLine(line()), false);
      assert.equal(isBoldLine(line({ text: '  ', bold: true })), false);
      assert.equal(isBoldLine(line({ text: ' ' })), false);
    });
  });
});
