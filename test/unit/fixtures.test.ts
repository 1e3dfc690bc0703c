import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { FINDING_CODES } from '../../server/src/core/findings/codes';
import { EXAMPLES, FIXTURES, doc, loadFixtures, summarize, summarizeAs } from '../support/fixtures';

describe('fixture notes', () => {
  const service = createLanguageService();
  const fixtures = loadFixtures();

  it('has fixtures to run', () => {
    assert.ok(fixtures.length >= 20, `only ${fixtures.length} fixtures found`);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name} gets exactly its expected findings`, () => {
      const findings = service.check(doc(fixture.file, fixture.text), { locale: 'nl', force: true });
      assert.ok(findings, 'a file checked explicitly is a note');
      assert.deepEqual(summarizeAs(fixture.expected, findings), fixture.expected);
      for (const finding of findings) {
        assert.ok(finding.message.length > 10, `message for ${finding.code} is too short`);
        assert.ok(!/\{\w+\}/.test(finding.message), `unfilled placeholder in: ${finding.message}`);
      }
    });
  }

  it('the shipped example note gets no findings at all', () => {
    const file = path.join(EXAMPLES, 'beslisnota.md');
    assert.deepEqual(service.check(doc(file, readFileSync(file, 'utf8')), { locale: 'nl' }), []);
  });

  it('every finding code of the note format has a fixture that gets it', () => {
    const covered = new Set(fixtures.flatMap((f) => f.expected.map((line) => line.split(' ')[1])));
    // note-too-large and config-invalid are not about a note's content, and reference-duplicate is
    // about two notes (test/unit/crossNotes.test.ts); they have tests of their own.
    const live = FINDING_CODES.filter((code) => code !== 'note-too-large' && code !== 'config-invalid' && code !== 'reference-duplicate');
    assert.deepEqual(live.filter((code) => !covered.has(code)), []);
  });

  it('an ordinary Markdown file is not a note and gets nothing', () => {
    const file = path.join(FIXTURES, 'README.md');
    assert.equal(service.check(doc(file, readFileSync(file, 'utf8')), { locale: 'nl' }), null);
  });

  it('a .nota.md file without frontmatter is a note', () => {
    const findings = service.check(doc('file:///x/concept.nota.md', '## 1. Aanleiding\n\nTekst.\n'), { locale: 'nl' });
    assert.ok(findings?.some((f) => f.code === 'frontmatter-missing'));
  });

  it('a Markdown file whose frontmatter names a known type is a note', () => {
    const findings = service.check(doc('file:///x/notitie.md', '---\ntype: beslisnota\n---\n'), { locale: 'nl' });
    assert.ok(findings?.some((f) => f.code === 'field-missing'));
    assert.equal(service.check(doc('file:///x/other.md', '---\ntype: blogpost\n---\n'), { locale: 'nl' }), null);
  });

  it('gives English messages for an English locale, with the same codes and ranges', () => {
    const fixture = fixtures.find((f) => f.name === 'field-missing');
    assert.ok(fixture);
    const nl = service.check(doc(fixture.file, fixture.text), { locale: 'nl', force: true }) ?? [];
    const en = service.check(doc(fixture.file, fixture.text), { locale: 'en', force: true }) ?? [];
    assert.deepEqual(summarize(en), summarize(nl));
    assert.match(nl[0]?.message ?? '', /verplichte veld ‘referentie’ ontbreekt/);
    assert.match(en[0]?.message ?? '', /required field ‘referentie’ is missing/);
  });

  it('returns findings in document order, and by code where several start at one place', () => {
    const text = [
      '---', 'type: beslisnota', 'onderwerp: ""', 'aan:', '  - Minister van Toverkunst', 'datum: 31 april 2026', 'referentie: "12"', 'extra: x', '---', '',
      '## 1. Aanleiding', '', '## 3. Geadviseerd besluit', '', 'Mail j.jansen@minjenv.nl of bel 070-3707911, zegt de minister van Fantasie.', '',
      '## 3. Toelichting', '', 'Tekst.', '', '## 4. Kernpunten', '', 'Tekst.', '', '## 5. Informatie die niet openbaar gemaakt kan worden', '', 'Op grond van 5.1.7.', '',
    ].join('\n');
    const expected = [
      ['field-invalid', 2, 11, 2, 13],
      ['portfolio-holder-missing', 4, 4, 4, 27],
      ['portfolio-holder-unknown', 4, 4, 4, 27],
      ['date-invalid', 5, 7, 5, 20],
      ['reference-invalid', 6, 12, 6, 16],
      ['field-unknown', 7, 0, 7, 5],
      ['section-empty', 10, 0, 10, 16],
      ['section-numbering', 12, 0, 12, 25],
      ['personal-data', 14, 5, 14, 24],
      ['personal-data', 14, 32, 14, 43],
      ['portfolio-holder-unknown', 14, 53, 14, 74],
      ['section-numbering', 16, 0, 16, 17],
      ['section-order', 16, 0, 16, 17],
      ['woo-ground-unknown', 26, 13, 26, 18],
    ];
    for (const locale of ['nl', 'en'] as const) {
      const findings = service.check(doc(`file:///order-${locale}.md`, text), { locale }) ?? [];
      assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character]), expected, locale);
    }
  });

  it('lists missing sections in the note type\'s order, each with the number it would get', () => {
    const findings = service.check(doc('file:///x/leeg.nota.md', ''), { locale: 'nl' }) ?? [];
    assert.deepEqual(findings.map((f) => [f.code, f.data?.number ?? null]), [['frontmatter-missing', null], ...['1', '2', '3', '4', '5'].map((n) => ['section-missing', n])]);
    assert.deepEqual(findings.slice(1).map((f) => f.data?.title), ['Aanleiding', 'Geadviseerd besluit', 'Kernpunten', 'Toelichting', 'Informatie die niet openbaar gemaakt kan worden']);
  });
});
