/**
 * Which lines of an imported document are headings (core/import/headings.ts):
 * numbered sections and subsections in sequence, Word heading styles and
 * automatic numbers, the section titles a note type knows, and short lines
 * set apart. The rows are walked as the body builder walks them, so the
 * numbering seen so far counts, and a wrapped title takes its second row.
 */
import assert from 'node:assert/strict';
import { HeadingRecogniser } from '../../server/src/core/import/headings';
import { rowsOf } from '../../server/src/core/import/rows';
import type { SourceBlock, SourceFormat, SourceParagraph, Span } from '../../server/src/core/import/source';

/** The titles the note type knows, normalized. */
const TITLES: ReadonlySet<string> = new Set(['aanleiding', 'besluit']);

/** A block of lines; a line is its text, or its spans when marks matter. */
function block(lines: (string | Span[])[], extra: Partial<SourceParagraph> = {}): SourceParagraph {
  return { kind: 'paragraph', lines: lines.map((l) => ({ spans: typeof l === 'string' ? [{ text: l }] : l, indent: 0 })), page: 0, ...extra };
}

/** Each text its own block: lines standing alone. */
const alone = (...texts: string[]): SourceParagraph[] => texts.map((t) => block([t]));
const bold = (text: string): SourceParagraph => block([[{ text, bold: true }]]);
const styled = (text: string, headingLevel: number, extra: Partial<SourceParagraph> = {}): SourceParagraph => block([text], { headingLevel, ...extra });

interface Found {
  /** The row the heading starts at. */
  at: number;
  depth: number;
  text: string;
  rows: number;
  section: boolean;
}

/** The headings found walking the rows in order, skipping the rows a heading takes. */
function headings(format: SourceFormat, blocks: SourceBlock[]): Found[] {
  const rows = rowsOf({ format, blocks, dropped: [] });
  const recogniser = new HeadingRecogniser(TITLES, format);
  const found: Found[] = [];
  for (let at = 0; at < rows.length; at++) {
    const heading = recogniser.headingAt(rows, at);
    if (!heading) continue;
    found.push({ at, ...heading });
    at += heading.rows - 1;
  }
  return found;
}

const section = (at: number, text: string, rows = 1): Found => ({ at, depth: 2, text, rows, section: true });
const sub = (at: number, depth: number, text: string): Found => ({ at, depth, text, rows: 1, section: false });
/** The texts of the headings found. */
const texts = (found: readonly Found[]) => found.map((h) => h.text);

describe('Import headings', () => {
  describe('numbered sections and subsections', () => {
    it('numbered lines in sequence are sections, whatever their titles', () => {
      assert.deepEqual(headings('txt', alone('1. Inleiding', 'Tekst.', '2. Bevindingen', 'Tekst.')), [section(0, '1. Inleiding'), section(2, '2. Bevindingen')]);
    });

    it('a section number out of sequence is no heading', () => {
      assert.deepEqual(headings('txt', alone('3. Resultaten', 'Tekst.')), []);
    });

    it('a known title under a number is a section even when it does not read as a title', () => {
      assert.deepEqual(headings('txt', alone('1. aanleiding', 'Tekst.')), [section(0, '1. aanleiding')]);
    });

    it('in a note without numbers a known title is a section when standing alone, bold or styled', () => {
      assert.deepEqual(headings('txt', alone('Aanleiding', 'Tekst.', 'Besluit', 'Tekst.')), [section(0, 'Aanleiding'), section(2, 'Besluit')]);
      assert.deepEqual(headings('pdf', [block([[{ text: 'Aanleiding', bold: true }], 'De tekst gaat verder.'])]), [section(0, 'Aanleiding')]);
      assert.deepEqual(headings('docx', [block(['Aanleiding', 'Besluit'], { headingLevel: 1 })]), [section(0, 'Aanleiding')]);
    });

    it('a known title that opens a block of plain text is text', () => {
      assert.deepEqual(headings('txt', [block(['Aanleiding', 'van dit onderzoek was de brief.'])]), []);
    });

    it('among numbered sections, a known title without a number is a subheading', () => {
      assert.deepEqual(headings('txt', alone('1. Inleiding', 'Tekst.', 'Aanleiding', 'Tekst.')), [section(0, '1. Inleiding'), sub(2, 3, 'Aanleiding')]);
    });

    it('a title the note type knows is a section under any number, even with text on the next line', () => {
      const found = headings('txt', [block(['5. Aanleiding', 'De tekst loopt door op de volgende regel.']), ...alone('6. Conclusie', 'Tekst.')]);
      assert.deepEqual(found, [section(0, '5. Aanleiding'), section(2, '6. Conclusie')]);
    });

    it('subsections in sequence are one level deeper per number', () => {
      const found = headings('txt', alone('1. Inleiding', 'Tekst.', '1.1 Aanpak', 'Tekst.', '1.2 Bronnen', 'Tekst.', '1.2.1 Archief', 'Tekst.', '2. Bevindingen', 'Tekst.', '2.1 Eerste ronde', 'Tekst.'));
      assert.deepEqual(found, [section(0, '1. Inleiding'), sub(2, 3, '1.1 Aanpak'), sub(4, 3, '1.2 Bronnen'), sub(6, 4, '1.2.1 Archief'), section(8, '2. Bevindingen'), sub(10, 3, '2.1 Eerste ronde')]);
    });

    it('a subsection number that skips one, or hangs under a subsection not yet seen, is no deeper heading', () => {
      // Set apart, each is still a subheading, one level under the section.
      const found = headings('txt', alone('1. Inleiding', 'Tekst.', '1.1 Aanpak', 'Tekst.', '1.2.1 Archief', 'Tekst.', '1.1.2 Bronnen', 'Tekst.'));
      assert.deepEqual(found, [section(0, '1. Inleiding'), sub(2, 3, '1.1 Aanpak'), sub(4, 3, '1.2.1 Archief'), sub(6, 3, '1.1.2 Bronnen')]);
    });

    it('a subsection number of another section does not move the numbering on', () => {
      // "2.1" under section 1 is a subheading; section 2 still comes next.
      const found = headings('txt', alone('1. Inleiding', 'Tekst.', '2.1 Aanpak', 'Tekst.', '2. Bevindingen', 'Tekst.'));
      assert.deepEqual(found, [section(0, '1. Inleiding'), sub(2, 3, '2.1 Aanpak'), section(4, '2. Bevindingen')]);
      // Nor with a title the note type knows.
      const known = headings('txt', alone('1. Inleiding', 'Tekst.', '3.2 Aanleiding', 'Tekst.', '2. Bevindingen', 'Tekst.'));
      assert.deepEqual(known, [section(0, '1. Inleiding'), sub(2, 3, '3.2 Aanleiding'), section(4, '2. Bevindingen')]);
    });

    it('before the first section, a subsection number starts nothing', () => {
      assert.deepEqual(headings('txt', alone('1.1 Aanpak', 'Tekst.', '0.1 Voorwoord', 'Tekst.')), []);
    });

    it('a bold subsection number out of sequence, set apart, is a heading at its own depth', () => {
      // A bold single number out of sequence looks like a list item: no heading.
      const found = headings('pdf', [...alone('1. Inleiding', 'Tekst.'), bold('3.1.2 Eerdere bevindingen'), ...alone('Tekst.'), bold('7. Slotsom'), ...alone('Tekst.')]);
      assert.deepEqual(found, [section(0, '1. Inleiding'), sub(2, 4, '3.1.2 Eerdere bevindingen')]);
    });
  });

  describe('numbered lists', () => {
    it('the first line of a numbered list is no section', () => {
      assert.deepEqual(headings('txt', [block(['1. Eerste punt', '2. Tweede punt'])]), []);
    });

    it('a numbered line with a list after it that starts again at 1 is a section', () => {
      assert.deepEqual(headings('txt', [block(['1. Inleiding', '1. Het eerste punt'])]), [section(0, '1. Inleiding')]);
    });

    it('in Word a paragraph is a block of its own: a line break to "2." in it makes no list', () => {
      assert.deepEqual(headings('docx', [block(['1. Doel', '2. Aanpak'])]), [section(0, '1. Doel')]);
    });

    it('a numbered line under "Bijlagen" is an attachment, not a section', () => {
      assert.deepEqual(headings('txt', alone('Bijlagen:', '1. Rapport van de inspectie')), []);
    });

    it('a Word list item is no heading, even with the title of a section', () => {
      assert.deepEqual(headings('docx', [block(['Aanleiding'], { list: { level: 0, ordered: false } })]), []);
    });
  });

  describe('wrapped titles', () => {
    it('a short lowercase line that ends the block finishes the title', () => {
      const found = headings('txt', [block(['1. Waarom het rapport niet openbaar gemaakt kan', 'worden'])]);
      assert.deepEqual(found, [section(0, '1. Waarom het rapport niet openbaar gemaakt kan worden', 2)]);
    });

    it('up to four words, with stops inside, still finish the title', () => {
      const found = headings('pdf', [block(['1. Reactie op de brief van de gemeente', 't.a.v. de wethouder zelf'])]);
      assert.deepEqual(found, [section(0, '1. Reactie op de brief van de gemeente t.a.v. de wethouder zelf', 2)]);
    });

    it('five words, a capital, a closing colon or a new block are text after the title', () => {
      const found = headings('txt', [
        block(['1. Reactie op de brief', 'van de gemeente aan ons']),
        block(['2. Reactie op de brief van', 'Gemeente Utrecht']),
        block(['3. Inleiding', 'zie hieronder:']),
        ...alone('4. Bevindingen', 'kort'),
      ]);
      assert.deepEqual(found, [section(0, '1. Reactie op de brief'), section(2, '2. Reactie op de brief van'), section(4, '3. Inleiding'), section(6, '4. Bevindingen')]);
    });

    it('in Word a line break in a heading is the author\'s: the title ends there', () => {
      assert.deepEqual(headings('docx', [block(['1. Over de vraag of het rapport', 'openbaar wordt'])]), [section(0, '1. Over de vraag of het rapport')]);
    });
  });

  describe('Word heading styles and numbers', () => {
    it('a heading style before the first section is no heading', () => {
      assert.deepEqual(headings('docx', [styled('Inhoud', 1), block(['Tekst.'])]), []);
    });

    it('after the sections\' style level is known, other levels sit above or below it', () => {
      const found = headings('docx', [styled('1. Inleiding', 1), block(['Tekst.']), styled('Achtergrond', 2), block(['Tekst.']), styled('Verantwoording', 1), block(['Tekst.']), styled('Details', 3), block(['Tekst.'])]);
      assert.deepEqual(found, [section(0, '1. Inleiding'), sub(2, 3, 'Achtergrond'), section(4, 'Verantwoording'), sub(6, 4, 'Details')]);
    });

    it('in a note without numbers, the style level of the known section titles is the sections\' level', () => {
      const found = headings('docx', [styled('Aanleiding', 2), block(['Tekst.']), styled('Achtergrond', 3), block(['Tekst.']), styled('Verantwoording', 2), block(['Tekst.']), styled('Samenvatting', 1), block(['Tekst.']), styled('Besluit', 2), block(['Tekst.'])]);
      assert.deepEqual(found, [section(0, 'Aanleiding'), sub(2, 3, 'Achtergrond'), section(4, 'Verantwoording'), section(6, 'Samenvatting'), section(8, 'Besluit')]);
    });

    it('a heading style after sections without one is a subheading', () => {
      assert.deepEqual(headings('docx', [block(['1. Inleiding']), block(['Tekst.']), styled('Achtergrond', 1), block(['Tekst.'])]), [section(0, '1. Inleiding'), sub(2, 3, 'Achtergrond')]);
    });

    it('a styled number out of sequence is a heading still', () => {
      assert.deepEqual(headings('docx', [styled('3. Resultaten', 1), block(['Tekst.'])]), [section(0, '3. Resultaten')]);
    });

    it('Word\'s automatic heading number goes before the title', () => {
      assert.deepEqual(headings('docx', [styled('Inleiding', 1, { number: '1.' }), block(['Tekst.'])]), [section(0, '1. Inleiding')]);
    });
  });

  describe('subheadings: short lines set apart', () => {
    const afterSection = (format: SourceFormat, ...blocks: SourceBlock[]) => headings(format, [...alone('1. Inleiding', 'Tekst.'), ...blocks]).slice(1);

    it('in text a short line standing alone is a subheading', () => {
      assert.deepEqual(afterSection('txt', ...alone('Bevindingen', 'Tekst.')), [sub(2, 3, 'Bevindingen')]);
    });

    it('before the first section no line is a subheading', () => {
      assert.deepEqual(headings('txt', alone('Bevindingen', 'Tekst.')), []);
    });

    it('a line that opens a block of text is no subheading', () => {
      assert.deepEqual(afterSection('txt', block(['Bevindingen', 'De tekst gaat verder.'])), []);
    });

    it('in PDF and Word it must be bold or italic, every run of it (blank runs aside)', () => {
      const found = afterSection(
        'pdf',
        block([[{ text: 'Bevindingen', italic: true }, { text: ' ' }]]),
        block(['Conclusies']),
        bold('Aanbevelingen'),
        block([[{ text: 'Reactie op het ' }, { text: 'rapport', italic: true }]]),
        ...alone('Tekst.'),
      );
      assert.deepEqual(found, [sub(2, 3, 'Bevindingen'), sub(4, 3, 'Aanbevelingen')]);
    });

    it('up to eight words and 70 characters', () => {
      const found = afterSection(
        'txt',
        ...alone('Een kop van precies acht woorden lang hier', 'Een kop van precies negen woorden lang is hier', 'Verantwoording over de informatiebeveiligingsmaatregelen in uitvoering', 'Verantwoording over de informatiebeveiligingsmaatregelen bij uitvoering', 'Tekst.'),
      );
      assert.deepEqual(texts(found), ['Een kop van precies acht woorden lang hier', 'Verantwoording over de informatiebeveiligingsmaatregelen in uitvoering']);
    });

    it('not a question, an exclamation or two sentences; a capital inside is fine', () => {
      const found = afterSection('txt', ...alone('Wat nu?', 'Campagne ‘Stop!’ in 2025', 'Inleiding. De aanpak', 'Rol van de Belastingdienst', 'Tekst.'));
      assert.deepEqual(texts(found), ['Campagne ‘Stop!’ in 2025', 'Rol van de Belastingdienst']);
    });

    it('not a label of the header', () => {
      assert.deepEqual(afterSection('txt', ...alone('Bijlagen', 'Tekst.')), []);
    });

    it('something must follow it: a table does, blank lines do not', () => {
      assert.deepEqual(afterSection('txt', ...alone('Slotsom')), []);
      assert.deepEqual(afterSection('txt', ...alone('Slotsom'), block([' ', ''])), []);
      assert.deepEqual(afterSection('txt', ...alone('Slotsom'), { kind: 'table', rows: [[[{ text: 'Cel' }]]], page: 0 }), [sub(2, 3, 'Slotsom')]);
    });
  });
});
