/**
 * Recognising the note in a source (core/import/recognise.ts): the head
 * before the first section becomes frontmatter, lines of the head that
 * repeat the right-hand column are its running header, what fits no field
 * goes first in the body, a right-hand column that flowed after the text
 * fills what the head lacks, and the type follows the type word or a
 * "Geadviseerd besluit" section. Small notes as extracted text or as
 * hand-made Word paragraphs.
 */
import assert from 'node:assert/strict';
import { noteMarkdown } from '../../server/src/core/import/noteMarkdown';
import { readText } from '../../server/src/core/import/readText';
import { recogniseNote } from '../../server/src/core/import/recognise';
import { plainLine, type SourceDocument, type SourceParagraph } from '../../server/src/core/import/source';

const sectionTitles = ['Aanleiding', 'Geadviseerd besluit', 'Kernpunten', 'Toelichting'];

const recognise = (source: SourceDocument) => recogniseNote(source, { sectionTitles });
const fromText = (text: string) => recognise(readText(text));
/** The same text as Word paragraphs would give it: a paragraph's lines are the author's own, not wrapped. */
const asWord = (text: string): SourceDocument => ({ ...readText(text), format: 'docx' });
/** A Word paragraph of one line. */
const paragraph = (text: string, extra: Partial<SourceParagraph> = {}): SourceParagraph => ({ kind: 'paragraph', lines: [plainLine(text)], page: 0, ...extra });
const word = (...blocks: SourceParagraph[]): SourceDocument => ({ format: 'docx', blocks, dropped: [] });

const SENDER = '**Directie Rechtshandhaving**\nAfdeling Cybercrime\n\nDatum 19 maart 2026\nOnze referentie 7244668\n\n';

describe('note recognition', () => {
  describe('the right-hand column repeated in the head', () => {
    it('drops two adjacent lines of the head that repeat the column as its running header', () => {
      const note = fromText(`Aan de minister\n\n${SENDER}Directie Rechtshandhaving\nAfdeling Cybercrime\n\nnota\n\nStand van zaken\n\n1. Aanleiding\n\nTekst.\n`);
      assert.deepEqual(note.report.dropped, [
        { kind: 'running-header', text: 'Directie Rechtshandhaving', page: 0 },
        { kind: 'running-header', text: 'Afdeling Cybercrime', page: 0 },
      ]);
      assert.deepEqual(note.report.unplaced, []);
      assert.equal(note.frontmatter.onderwerp, 'Stand van zaken');
    });

    it('keeps lines that repeat the column one by one, with a placed line between them, as unplaced text, a paragraph each', () => {
      const note = fromText(`Aan de minister\n\n${SENDER}Directie Rechtshandhaving\nBijlage(n) 2\nAfdeling Cybercrime\n\nnota\n\nStand van zaken\n\n1. Aanleiding\n\nTekst.\n`);
      assert.deepEqual(note.report.dropped, []);
      assert.deepEqual(note.report.unplaced, ['Directie Rechtshandhaving', 'Afdeling Cybercrime']);
      assert.equal(note.frontmatter.bijlagen, 2);
      assert.match(noteMarkdown(note), /\n---\n\nDirectie Rechtshandhaving\n\nAfdeling Cybercrime\n\n## 1\. Aanleiding\n/);
    });
  });

  describe('the right-hand column after the text', () => {
    const ending = '\n1. Aanleiding\n\nTekst.\n\n**Directie Rechtshandhaving**\nTurfmarkt 147\n2511 DP Den Haag\nDatum 20 maart 2026\nOnze referentie 222\n';

    it('fills the date and the visiting address the head lacks, and keeps the reference and organisation the head has', () => {
      const note = fromText(`Aan de minister\n\n**Directie Wetgeving**\n\nOnze referentie 111\n\nnota\n\nStand van zaken\n${ending}`);
      assert.deepEqual(note.frontmatter, {
        type: 'informatienota',
        onderwerp: 'Stand van zaken',
        aan: ['de minister'],
        datum: '20 maart 2026',
        referentie: '111',
        afzender: { organisatie: 'Directie Wetgeving', bezoekadres: 'Turfmarkt 147, 2511 DP Den Haag' },
      });
      assert.deepEqual(note.body.children.map((node) => node.type), ['heading', 'paragraph']);
    });

    it('fills the reference the head lacks, and keeps the date the head has', () => {
      const note = fromText(`Aan de minister\n\nDatum 19 maart 2026\n\nnota\n\nStand van zaken\n${ending}`);
      assert.equal(note.frontmatter.datum, '19 maart 2026');
      assert.equal(note.frontmatter.referentie, '222');
      assert.deepEqual(note.frontmatter.afzender, { organisatie: 'Directie Rechtshandhaving', bezoekadres: 'Turfmarkt 147, 2511 DP Den Haag' });
    });

    it('leaves such lines in the body when the head has both date and reference', () => {
      const note = fromText(`Aan de minister\n\n${SENDER}nota\n\nStand van zaken\n${ending}`);
      assert.equal(note.frontmatter.datum, '19 maart 2026');
      assert.equal(note.frontmatter.referentie, '7244668');
      assert.match(noteMarkdown(note), /\n\nTekst\.\n\n\*\*Directie Rechtshandhaving\*\* Turfmarkt 147 2511 DP Den Haag Datum 20 maart 2026 Onze referentie 222\n$/);
    });

    it('reads the column after the text of a Word file without joining its lines', () => {
      const text = `Aan de minister\n\nnota\n\nStand van zaken\n\n1. Aanleiding\n\nTekst.\n\n**Directoraat-Generaal Rechtspleging**\nDirectie Rechtshandhaving en\ncriminaliteitsbestrijding\nDatum 20 maart 2026\nOnze referentie 222\n`;
      assert.deepEqual(recognise(asWord(text)).frontmatter.afzender, { organisatie: 'Directoraat-Generaal Rechtspleging', onderdeel: ['Directie Rechtshandhaving en', 'criminaliteitsbestrijding'] });
      assert.deepEqual(fromText(text).frontmatter.afzender, { organisatie: 'Directoraat-Generaal Rechtspleging', onderdeel: ['Directie Rechtshandhaving en criminaliteitsbestrijding'] });
    });

    it('puts a line of that column that fits no field first in the body, never taking it as the addressee', () => {
      const note = fromText('1. Aanleiding\n\nTekst.\n\n**Directie Rechtshandhaving**\nAfdeling Cybercrime\nMinister van Justitie\nDatum 20 maart 2026\nOnze referentie 222\n');
      assert.deepEqual(note.frontmatter, { type: 'informatienota', datum: '20 maart 2026', referentie: '222', afzender: { organisatie: 'Directie Rechtshandhaving', onderdeel: ['Afdeling Cybercrime'] } });
      assert.deepEqual(note.report.unplaced, ['Minister van Justitie']);
      assert.match(noteMarkdown(note), /\n---\n\nMinister van Justitie\n\n## 1\. Aanleiding\n\nTekst\.\n$/);
    });
  });

  describe('the head of a Word file', () => {
    it('takes each line of the addressees as written, where a text file\'s lines wrap', () => {
      const text = 'Aan de minister van\nJustitie en Veiligheid\n\nnota\n\nStand van zaken\n\n1. Aanleiding\n\nTekst.\n';
      assert.deepEqual(fromText(text).frontmatter.aan, ['Aan de minister van Justitie en Veiligheid']);
      assert.deepEqual(recognise(asWord(text)).frontmatter.aan, ['Aan de minister van', 'Justitie en Veiligheid']);
    });
  });

  describe('a note without sections', () => {
    it('reads the head from all of the text and says no section was found', () => {
      const note = fromText('Aan de minister\n\nnota\n\nStand van zaken\n');
      assert.equal(note.report.noSections, true);
      assert.deepEqual(note.frontmatter, { type: 'informatienota', onderwerp: 'Stand van zaken', aan: ['de minister'] });
      assert.deepEqual(note.body.children, []);
    });

    it('says sections were found where one is', () => {
      assert.equal(fromText('1. Aanleiding\n\nTekst.\n').report.noSections, false);
    });
  });

  describe('the type', () => {
    it('asks for a decision with a section "Geadviseerd besluit", numbered with or without a dot', () => {
      for (const heading of ['10 Geadviseerd besluit', '2 Geadviseerd besluit', '2. Geadviseerd besluit']) {
        const note = fromText(`1. Aanleiding\n\nTekst.\n\n${heading}\n\nAkkoord.\n`);
        assert.deepEqual([note.report.type, note.report.typeReason, note.frontmatter.type], ['beslisnota', 'advised-decision', 'beslisnota'], heading);
      }
    });

    it('asks for a decision with a Word section heading whatever number Word shows before it', () => {
      const note = recognise(word(paragraph('Aanleiding', { headingLevel: 1, number: '1.' }), paragraph('Tekst.'), paragraph('Geadviseerd besluit', { headingLevel: 1, number: '2.100' }), paragraph('Akkoord.')));
      assert.equal(noteMarkdown(note), '---\ntype: beslisnota\n---\n\n## 1. Aanleiding\n\nTekst.\n\n## 2.100 Geadviseerd besluit\n\nAkkoord.\n');
      assert.equal(note.report.typeReason, 'advised-decision');
    });

    it('takes only a leading number off the heading', () => {
      const note = recognise(word(paragraph('Aanleiding', { headingLevel: 1 }), paragraph('Tekst.'), paragraph('Geadviseerd 2 besluit', { headingLevel: 1 }), paragraph('Akkoord.')));
      assert.equal(noteMarkdown(note), '---\ntype: informatienota\n---\n\n## Aanleiding\n\nTekst.\n\n## Geadviseerd 2 besluit\n\nAkkoord.\n');
      assert.equal(note.report.typeReason, 'no-advised-decision');
    });

    it('does not ask for a decision with "Geadviseerd besluit" as a subsection or a subheading', () => {
      for (const heading of ['2.1. Geadviseerd besluit', 'Geadviseerd besluit']) {
        const note = fromText(`1. Aanleiding\n\nTekst.\n\n2. Toelichting\n\n${heading}\n\nAkkoord.\n`);
        assert.match(noteMarkdown(note), new RegExp(`\n### ${heading.replace(/\./g, '\\.')}\n`));
        assert.deepEqual([note.report.type, note.report.typeReason], ['informatienota', 'no-advised-decision'], heading);
      }
    });
  });

  describe('the frontmatter and the report', () => {
    it('writes only the type when the head gives nothing', () => {
      const note = recognise(word(paragraph('Aanleiding', { headingLevel: 1 }), paragraph('Tekst.')));
      assert.deepEqual(note.frontmatter, { type: 'informatienota' });
      assert.deepEqual(note.report.fields, ['type']);
    });

    it('counts sections, numbered subsections, unnumbered subheadings and lists', () => {
      const note = fromText('1. Aanleiding\n\nTekst.\n\n2. Kernpunten\n\n• een\n• twee\n\n3. Toelichting\n\nPlanning 2026\n\nTekst.\n\n3.1. Financiële gevolgen\n\nGeen.\n\n3.2. Uitvoering\n\nTekst.\n\n3.3. Communicatie\n\nGeen.\n\n3.4. Planning\n\nTekst.\n');
      assert.equal(noteMarkdown(note).split('\n').filter((line) => line.startsWith('#')).join('|'), '## 1. Aanleiding|## 2. Kernpunten|## 3. Toelichting|### Planning 2026|### 3.1. Financiële gevolgen|### 3.2. Uitvoering|### 3.3. Communicatie|### 3.4. Planning');
      const { sections, subsections, subheadings, lists, tables } = note.report;
      assert.deepEqual({ sections, subsections, subheadings, lists, tables }, { sections: 3, subsections: 4, subheadings: 1, lists: 1, tables: 0 });
    });

    it('counts unnumbered sections as sections, and only the headings under them as subheadings', () => {
      const note = fromText('Aanleiding\n\nTekst.\n\nKernpunten\n\nBevindingen\n\nTekst.\n');
      assert.equal(noteMarkdown(note), '---\ntype: informatienota\n---\n\n## Aanleiding\n\nTekst.\n\n## Kernpunten\n\n### Bevindingen\n\nTekst.\n');
      const { sections, subsections, subheadings } = note.report;
      assert.deepEqual({ sections, subsections, subheadings }, { sections: 2, subsections: 0, subheadings: 1 });
    });
  });
});
