/**
 * Import of text extracted from published PDFs: the seed gives the example
 * note exactly; variants (another ministry, an informatienota, three
 * addressees, optional sections, labels with their values on one line, a
 * subject over several lines, no bold marks, a form feed, bullets •, o, –)
 * give their expected notes; generated notes come back as they were, and no
 * word of a source is lost.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { createLanguageService } from '../../server/src/core/languageService';
import { readText } from '../../server/src/core/import/readText';
import { decodeText } from '../../server/src/core/import/importSource';
import { recogniseNote } from '../../server/src/core/import/recognise';
import { noteMarkdown } from '../../server/src/core/import/noteMarkdown';
import { sectionTitlesOf } from '../../server/src/core/import/sectionTitles';
import { EXAMPLES, ROOT, doc } from '../support/fixtures';
import { runs } from '../support/mutations';
import { bodyUnits, noteSpec, runningHeader, specMarkdown, specText, wordsOf } from '../support/noteSpecs';

const IMPORT_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');
const service = createLanguageService();
const sectionTitles = sectionTitlesOf(service.noteTypes.all());

function importText(text: string) {
  const note = recogniseNote(readText(text), { sectionTitles });
  return { note, markdown: noteMarkdown(note) };
}

function findings(markdown: string) {
  const uri = `file:///import-${Math.random()}.md`;
  const result = service.check(doc(uri, markdown), { locale: 'nl', force: true }) ?? [];
  service.close(uri);
  return result.map((f) => `${f.range.start.line + 1} ${f.code}`);
}

describe('import of extracted text', () => {
  it('imports the seed as the example note, byte for byte, with no findings', () => {
    const { note, markdown } = importText(readFileSync(path.join(IMPORT_FIXTURES, 'nota-jenv-2026-03-19.txt'), 'utf8'));
    assert.equal(markdown, readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8'));
    assert.deepEqual(findings(markdown), []);
    // The running header of page 2 is reported as dropped, line by line; nothing is left unplaced.
    assert.deepEqual(note.report.dropped.map((d) => d.text), ['Directoraat-Generaal', 'Rechtspleging en', 'Rechtshandhaving', 'Directie Rechtshandhaving en', 'Criminaliteitsbestrijding', 'Cybercrime en zeden', 'Datum', '19 maart 2026', 'Onze referentie', '7244668']);
    assert.ok(note.report.dropped.every((d) => d.kind === 'running-header'));
    assert.deepEqual(note.report.unplaced, []);
    assert.equal(note.report.typeWord, 'nota');
    assert.equal(note.report.typeReason, 'advised-decision');
  });

  for (const name of readdirSync(IMPORT_FIXTURES).filter((n) => n.endsWith('.expected.md'))) {
    const source = name.replace(/\.expected\.md$/, '.txt');
    it(`imports ${source} as ${name}`, () => {
      const { markdown } = importText(readFileSync(path.join(IMPORT_FIXTURES, source), 'utf8'));
      assert.equal(markdown, readFileSync(path.join(IMPORT_FIXTURES, name), 'utf8'));
    });
  }

  it('reads an informatienota with three addressees, optional sections and labels with their values on one line', () => {
    const { note, markdown } = importText(readFileSync(path.join(IMPORT_FIXTURES, 'informatienota-bzk.txt'), 'utf8'));
    assert.equal(note.frontmatter.type, 'informatienota');
    assert.equal(note.report.typeReason, 'word');
    assert.equal(note.frontmatter.aan?.length, 3);
    assert.equal(note.frontmatter.datum, '12 februari 2026');
    assert.equal(note.frontmatter.onderwerp, 'Stand van zaken uitvoering van de Wet open overheid bij gemeenten, provincies en waterschappen in het jaar 2025');
    assert.match(markdown, /^## 4\. Communicatie$/m);
    assert.match(markdown, /^- Gemeenten publiceren meer documenten actief\.\n {2}- Vooral grote gemeenten lopen voor\.$/m);
    assert.match(markdown, /\*blijven achter\*/);
    assert.match(markdown, /\*\*twee uitzonderingen\*\*/);
    assert.deepEqual(note.report.dropped.filter((d) => d.kind === 'page-number').map((d) => d.text), ['Pagina 1 van 2', 'Pagina 2 van 2']);
    assert.deepEqual(findings(markdown), []);
  });

  it('reads a plain extraction: no bold, labels above their values, a loose date, a form feed and a sentence across it', () => {
    const { note, markdown } = importText(readFileSync(path.join(IMPORT_FIXTURES, 'ezk-zonder-opmaak.txt'), 'utf8'));
    assert.equal(note.frontmatter.type, 'beslisnota');
    assert.deepEqual(note.frontmatter.aan, ['Minister van Economische Zaken en Klimaat', 'Minister voor Klimaat en Groene Groei', 'Staatssecretaris van Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport']);
    assert.equal(note.frontmatter.datum, '3 februari 2026');
    assert.deepEqual(note.report.dateRewritten, { written: '3-2-2026', value: '3 februari 2026' });
    assert.equal(note.frontmatter.bijlagen, 0);
    assert.equal(note.frontmatter.afzender?.organisatie, 'Directoraat-Generaal Klimaat en Energie');
    // What fits no field goes first in the body, and the report says so.
    assert.deepEqual(note.report.unplaced, ['T 070 379 89 11', 'www.rijksoverheid.nl/ezk']);
    assert.match(markdown, /---\n\nT 070 379 89 11\\\nwww\.rijksoverheid\.nl\/ezk\n\n## 1\. Aanleiding/);
    assert.match(markdown, /loopt door op de volgende pagina, waar de zin eindigt\./);
    assert.match(markdown, /in artikel 12\. Daarna/, 'a number that wrapping put at the start of a line stays text');
    assert.match(markdown, /om:\n\n1\. In te stemmen met de aanpak\.\n2\. De brief/);
    assert.ok(note.report.dropped.some((d) => d.kind === 'page-number' && d.text === '2'));
    assert.deepEqual(findings(markdown).filter((f) => !f.endsWith('portfolio-holder-unknown')), []);
  });

  it('reads "Aan:" and "Kopie aan:", values after a colon, one-line addresses and a subject over three lines', () => {
    const { note } = importText(readFileSync(path.join(IMPORT_FIXTURES, 'ocw-aan-label.txt'), 'utf8'));
    assert.deepEqual(note.frontmatter.aan, ['Minister van Onderwijs, Cultuur en Wetenschap']);
    assert.deepEqual(note.frontmatter['kopie-aan'], ['Directie Kennis']);
    assert.equal(note.frontmatter.onderwerp, 'Stand van zaken studievoorschot en basisbeurs');
    assert.equal(note.frontmatter.afzender?.postadres, 'Postbus 16375, 2500 BJ Den Haag');
    assert.equal(note.frontmatter.type, 'informatienota');
  });

  it('reads a text file as Windows saves it: UTF-8, UTF-16 with its mark, or Windows-1252 with its quotes, dashes and euro sign', () => {
    const text = 'Kosten “circa” €\u00a05 – zie ‘bijlage’…';
    const windows1252 = Uint8Array.from([0x4b, 0x6f, 0x73, 0x74, 0x65, 0x6e, 0x20, 0x93, 0x63, 0x69, 0x72, 0x63, 0x61, 0x94, 0x20, 0x80, 0xa0, 0x35, 0x20, 0x96, 0x20, 0x7a, 0x69, 0x65, 0x20, 0x91, 0x62, 0x69, 0x6a, 0x6c, 0x61, 0x67, 0x65, 0x92, 0x85]);
    assert.equal(decodeText(windows1252), text);
    assert.equal(decodeText(new TextEncoder().encode(text)), text);
    assert.equal(decodeText(Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])), text);
  });

  it('decides the type from "Geadviseerd besluit" when the word is only "nota"', () => {
    const base = readFileSync(path.join(IMPORT_FIXTURES, 'nota-jenv-2026-03-19.txt'), 'utf8');
    const withoutDecision = base.replace(/2\. Geadviseerd besluit[\s\S]*?(?=3\. Kernpunten)/, '').replace('3. Kernpunten', '2. Kernpunten').replace('4. Toelichting', '3. Toelichting').replace('4.1. Afstemming', '3.1. Afstemming').replace('5. Informatie', '4. Informatie');
    const { note } = importText(withoutDecision);
    assert.equal(note.frontmatter.type, 'informatienota');
    assert.equal(note.report.typeReason, 'no-advised-decision');
  });

  it('generated notes, extracted as text, come back as they were: frontmatter, headings and body', () => {
    fc.assert(
      fc.property(noteSpec, (spec) => {
        const { markdown } = importText(specText(spec));
        assert.equal(markdown, specMarkdown(spec));
        const front = parseYaml(markdown.split('---\n')[1] as string) as Record<string, unknown>;
        assert.equal(front.type, spec.type);
        assert.deepEqual(findings(markdown), []);
      }),
      { numRuns: runs(150, 3000) },
    );
  });

  it('loses no word: every word of the source but the page furniture is in the note, the body in its order', () => {
    const structure = new Set(['Datum', 'Onze', 'referentie', 'Bijlage', 'n', 'nota', 'beslisnota', 'informatienota']);
    fc.assert(
      fc.property(noteSpec, fc.array(fc.constantFrom('T 070 379 89 11', 'www.rijksoverheid.nl', 'Contactpersoon J. Jansen', 'Uw kenmerk 2025-19'), { maxLength: 3 }), (spec, extra) => {
        // Lines no field takes, in the head: they must reach the note too.
        const source = specText(spec).replace(/\n\n(nota|beslisnota|informatienota)\n/, (whole) => `\n\n${extra.join('\n')}${extra.length ? '\n' : ''}${whole.slice(1)}`);
        const { note, markdown } = importText(source);
        const furniture = [...runningHeader(spec), 'Pagina 1 van 2'].flatMap(wordsOf);
        const sourceWords = removeOnce(wordsOf(source).filter((w) => !structure.has(w)), [...furniture.filter((w) => !structure.has(w))]);
        const noteWords = wordsOf(markdown.replace(/^---[\s\S]*?---/, (front) => Object.values(parseYaml(front.slice(3, -3)) as object).flat(2).map((v) => (typeof v === 'object' && v ? Object.values(v).flat().join(' ') : String(v))).join(' ')));
        assert.deepEqual([...noteWords].filter((w) => !['beslisnota', 'informatienota'].includes(w)).sort(), [...sourceWords].sort());
        // The body keeps the source's order.
        const bodyWords = wordsOf(bodyUnits(spec).map((u) => u.text).join(' '));
        const importedBody = wordsOf(markdown.slice(markdown.indexOf('## 1.')));
        assert.deepEqual(importedBody, bodyWords);
        assert.deepEqual(note.report.unplaced, extra);
      }),
      { numRuns: runs(100, 2000) },
    );
  });
});

/** `words` with each of `removed` taken out once (page furniture repeats words of the head). */
function removeOnce(words: string[], removed: string[]): string[] {
  const result = [...words];
  for (const word of removed) {
    const at = result.lastIndexOf(word);
    if (at >= 0) result.splice(at, 1);
  }
  return result;
}
