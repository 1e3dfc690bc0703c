/**
 * The note's body from rows after the head: paragraphs (wrapped lines
 * joined, Word's line breaks kept), a sentence that a page break or page
 * furniture cut off made whole again, list items from bullets, numbers and
 * Word list paragraphs, and a heading that wraps. Each source is a few
 * hand-made lines; the body is shown as the Markdown the import writes.
 */
import assert from 'node:assert/strict';
import { buildBody } from '../../server/src/core/import/body';
import { HeadingRecogniser } from '../../server/src/core/import/headings';
import { writeMarkdown } from '../../server/src/core/import/markdownWriter';
import { readText } from '../../server/src/core/import/readText';
import { rowsOf } from '../../server/src/core/import/rows';
import type { SourceDocument, SourceLine, SourceList, SourceParagraph } from '../../server/src/core/import/source';

interface Dropped {
  /** Rows the import took out of the body (the head, say). */
  skip?: number[];
  /** Rows it dropped as page furniture (a page number, a running header). */
  furniture?: number[];
}

/** The body as Markdown. */
function body(source: SourceDocument, dropped: Dropped = {}): string {
  const furniture = new Set(dropped.furniture);
  const skip = new Set([...(dropped.skip ?? []), ...furniture]);
  const { nodes } = buildBody(rowsOf(source), skip, new HeadingRecogniser(new Set(), source.format), source.format, furniture);
  return writeMarkdown({ type: 'root', children: nodes });
}

const line = (text: string, look: { indent?: number; full?: boolean } = {}): SourceLine => ({ spans: [{ text }], indent: look.indent ?? 0, ...(look.full === undefined ? {} : { full: look.full }) });
/** A block of lines on a page (0: the format has no pages). */
const block = (page: number, ...lines: (string | SourceLine)[]): SourceParagraph => ({ kind: 'paragraph', lines: lines.map((l) => (typeof l === 'string' ? line(l) : l)), page });
const source = (format: SourceDocument['format'], ...blocks: SourceParagraph[]): SourceDocument => ({ format, blocks, dropped: [] });
const text = (...blocks: SourceParagraph[]) => source('txt', ...blocks);
const pdf = (...blocks: SourceParagraph[]) => source('pdf', ...blocks);
const word = (...blocks: SourceParagraph[]) => source('docx', ...blocks);
/** A Word list paragraph. */
const wordItem = (list: SourceList, ...lines: string[]): SourceParagraph => ({ ...block(0, ...lines), list });
const bullet = (level: number): SourceList => ({ level, ordered: false });
const numbered = (level: number, label?: string): SourceList => ({ level, ordered: true, ...(label ? { label } : {}) });

describe('import body', () => {
  describe('paragraphs', () => {
    it('a Word paragraph keeps its line breaks; the lines of text and PDF wrap and are joined', () => {
      assert.equal(body(word(block(0, 'Eerste regel', 'tweede regel'))), 'Eerste regel\\\ntweede regel\n');
      assert.equal(body(text(block(0, 'Eerste regel', 'tweede regel'))), 'Eerste regel tweede regel\n');
      assert.equal(body(pdf(block(1, 'Eerste regel', 'tweede regel'))), 'Eerste regel tweede regel\n');
    });

    it('a Word paragraph that starts with a dash or a number is text: Word marks its lists itself', () => {
      assert.equal(body(word(block(0, '- geen opsomming'), block(0, '3. geen nummer'))), '\\- geen opsomming\n\n3\\. geen nummer\n');
    });

    it('a heading that wraps onto a second line is one heading, and the text after it follows', () => {
      const note = readText('1. Informatie die niet openbaar gemaakt kan\nworden\n\nDe tekst van de sectie.\n');
      assert.equal(body(note), '## 1. Informatie die niet openbaar gemaakt kan worden\n\nDe tekst van de sectie.\n');
    });
  });

  describe('a sentence cut off by a page break or page furniture', () => {
    it('goes on across furniture when the next line starts in lower case', () => {
      const note = text(block(0, 'De minister heeft'), block(0, 'Pagina 2 van 3'), block(0, 'besloten dat het zo is.'));
      assert.equal(body(note, { furniture: [1] }), 'De minister heeft besloten dat het zo is.\n');
    });

    it('does not go on across furniture to a line that starts with a capital, or after a full stop', () => {
      assert.equal(body(text(block(0, 'De minister heeft'), block(0, 'Pagina 2 van 3'), block(0, 'Besloten is dat.')), { furniture: [1] }), 'De minister heeft\n\nBesloten is dat.\n');
      assert.equal(body(text(block(0, 'Zo is het.'), block(0, 'Pagina 2 van 3'), block(0, 'en verder gaat het.')), { furniture: [1] }), 'Zo is het.\n\nen verder gaat het.\n');
    });

    it('a full stop inside the last line does not end the sentence', () => {
      const note = text(block(0, 'Zie art. 5 van de'), block(0, 'Pagina 2 van 3'), block(0, 'wet hierover.'));
      assert.equal(body(note, { furniture: [1] }), 'Zie art. 5 van de wet hierover.\n');
    });

    it('a blank line ends a paragraph, even in the middle of a sentence', () => {
      assert.equal(body(text(block(0, 'De minister heeft'), block(0, 'besloten dat het zo is.'))), 'De minister heeft\n\nbesloten dat het zo is.\n');
    });

    it('a line taken out of the body that is not furniture ends the paragraph', () => {
      const note = text(block(0, 'De minister heeft'), block(0, 'Datum'), block(0, 'besloten dat het zo is.'));
      assert.equal(body(note, { skip: [1] }), 'De minister heeft\n\nbesloten dat het zo is.\n');
    });

    it('a new page goes on a sentence the page broke off, whatever the case of the next line', () => {
      assert.equal(body(pdf(block(1, 'De minister heeft besloten'), block(2, 'Nederland te steunen.'))), 'De minister heeft besloten Nederland te steunen.\n');
    });

    it('a new page after a full stop starts a new paragraph, unless the line ran to the right edge', () => {
      const page = (full: boolean) => pdf(block(1, line('Dit is af.', { full })), block(2, 'Verder gaat het.'));
      assert.equal(body(page(false)), 'Dit is af.\n\nVerder gaat het.\n');
      assert.equal(body(page(true)), 'Dit is af. Verder gaat het.\n');
    });

    it('a bullet at the top of a page starts an item, even after an unfinished sentence', () => {
      assert.equal(body(pdf(block(1, 'De minister heeft'), block(2, '• een punt'))), 'De minister heeft\n\n- een punt\n');
    });

    it('a number or a dash at the top of a page, after an unfinished sentence, goes on the sentence', () => {
      assert.equal(body(pdf(block(1, 'zoals bedoeld in artikel'), block(2, '12. De minister beslist.'))), 'zoals bedoeld in artikel 12. De minister beslist.\n');
      for (const dash of ['-', '–', '—']) {
        assert.equal(body(pdf(block(1, 'in de jaren 2020'), block(2, `${dash} 2024 was het zwaar.`))), `in de jaren 2020 ${dash} 2024 was het zwaar.\n`, dash);
      }
    });

    it('an item cut off by a page break goes on on the next page', () => {
      assert.equal(body(pdf(block(1, '• de minister heeft'), block(2, 'besloten dat het zo is.'))), '- de minister heeft besloten dat het zo is.\n');
    });
  });

  describe('a marker that wrapping put at the start of a line', () => {
    it('a number or a dash in the middle of a sentence is text', () => {
      assert.equal(body(readText('Dit staat in artikel\n12. van de wet.\n')), 'Dit staat in artikel 12. van de wet.\n');
      for (const dash of ['-', '–', '—']) {
        assert.equal(body(readText(`In de jaren 2020\n${dash} 2024 was het zwaar.\n`)), `In de jaren 2020 ${dash} 2024 was het zwaar.\n`, dash);
      }
    });

    it('a bullet starts an item, even in the middle of a sentence', () => {
      assert.equal(body(readText('De punten zijn\n• het eerste\n')), 'De punten zijn\n\n- het eerste\n');
    });

    it('after a lead-in a number starts a list, even with white space after the colon', () => {
      assert.equal(body(readText('Dit gaat om:\n1. het eerste\n2. het tweede\n')), 'Dit gaat om:\n\n1. het eerste\n2. het tweede\n');
      assert.equal(body(text(block(0, 'Dit gaat om: ', '1. het eerste'))), 'Dit gaat om:\n\n1. het eerste\n');
    });

    it('a full stop earlier in the line does not make it a lead-in', () => {
      assert.equal(body(readText('Zie art. 3 van de wet en artikel\n12. van het besluit.\n')), 'Zie art. 3 van de wet en artikel 12. van het besluit.\n');
    });
  });

  describe('list items in text and PDF', () => {
    it('a numbered list keeps its first number, past ten', () => {
      assert.equal(body(readText('9. negen\n10. tien\n11. elf\n')), '9. negen\n10. tien\n11. elf\n');
    });

    it('lettered items keep their letter as text and are one list', () => {
      assert.equal(body(readText('a. eerste\nb. tweede\nc. derde\n')), '- a. eerste\n- b. tweede\n- c. derde\n');
    });

    it('a lettered item keeps its letter when white space follows its text', () => {
      assert.equal(body(text(block(0, 'a. eerste', 'b. tweede '))), '- a. eerste\n- b. tweede\n');
    });

    it("an item's text goes on on its next lines, and an indented paragraph after it belongs to it", () => {
      const note = readText('- het eerste punt\n  loopt door\n\n  met een tweede alinea\n- het tweede punt\n');
      assert.equal(body(note), '- het eerste punt loopt door\n\n  met een tweede alinea\n\n- het tweede punt\n');
    });

    it("a paragraph indented less than the item's text ends the list", () => {
      assert.equal(body(readText('    - een punt\n\n  Een alinea.\n')), '- een punt\n\nEen alinea.\n');
    });

    it('an item with a nested list is not spread', () => {
      assert.equal(body(readText('- een\n  - sub\n- twee\n')), '- een\n  - sub\n- twee\n');
    });

    it('in a PDF, items up to three points apart are on one level', () => {
      const note = pdf(block(1, line('• een', { indent: 10 }), line('• twee', { indent: 13 }), line('• drie', { indent: 17 })));
      assert.equal(body(note), '- een\n- twee\n  - drie\n');
    });
  });

  describe('Word list paragraphs', () => {
    it('a list paragraph over two lines is one item with a line break', () => {
      assert.equal(body(word(wordItem(bullet(0), 'eerste regel', 'tweede regel'))), '- eerste regel\\\n  tweede regel\n');
    });

    it('an empty list paragraph makes no empty item', () => {
      assert.equal(body(word(wordItem(bullet(0), 'een'), { ...wordItem(bullet(0)), lines: [{ spans: [], indent: 0 }] }, wordItem(bullet(0), 'twee'))), '- een\n- twee\n');
    });

    it('a paragraph after a list item is not part of it', () => {
      assert.equal(body(word(wordItem(bullet(0), 'een'), block(0, 'Een alinea.'))), '- een\n\nEen alinea.\n');
    });

    it('a numbered list starts at the number Word shows', () => {
      assert.equal(body(word(wordItem(numbered(0, '12.'), 'twaalf'), wordItem(numbered(0, '13.'), 'dertien'))), '12. twaalf\n13. dertien\n');
      assert.equal(body(word(wordItem(numbered(0, '(3)'), 'drie'))), '3. drie\n');
    });

    it('items of another kind on a deeper level stay on that level', () => {
      const bullets = word(wordItem(bullet(0), 'een'), wordItem(numbered(1), 'sub'), wordItem(bullet(1), 'twee'));
      assert.equal(body(bullets), '- een\n  1. sub\n  - twee\n');
      const numbers = word(wordItem(numbered(0), 'een'), wordItem(bullet(1), 'sub'), wordItem(numbered(1), 'twee'));
      assert.equal(body(numbers), '1. een\n   - sub\n   1. twee\n');
    });
  });
});
