/**
 * What a note must not publish (Woo): e-mail addresses and Dutch phone
 * numbers anywhere in its sections, and Woo grounds cited in its last
 * section that do not exist. Each finding covers exactly the text it is
 * about, so the redaction fix replaces that and nothing else.
 */
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { doc } from '../support/fixtures';

const FRONTMATTER = '---\ntype: beslisnota\nonderwerp: Publicatie\naan:\n  - MJenV\ndatum: 19 maart 2026\nreferentie: "7244668"\n---\n';
const note = (toelichting: string, lastSection = 'Niets.') =>
  `${FRONTMATTER}\n## 1. Aanleiding\n\nTekst.\n\n## 2. Geadviseerd besluit\n\nMJenV besluit.\n\n## 3. Kernpunten\n\nTekst.\n\n## 4. Toelichting\n\n${toelichting}\n\n## 5. Informatie die niet openbaar gemaakt kan worden\n\n${lastSection}\n`;

describe('publication under the Woo', () => {
  const service = createLanguageService();
  let count = 0;
  /** The texts found, each with its exact place in the note. */
  const found = (text: string, code: string) => {
    const findings = (service.check(doc(`file:///woo-${count++}.md`, text), { locale: 'nl' }) ?? []).filter((f) => f.code === code);
    const lines = text.split('\n');
    return findings.map((f) => {
      assert.equal(f.range.start.line, f.range.end.line);
      const covered = (lines[f.range.start.line] as string).slice(f.range.start.character, f.range.end.character);
      assert.equal(covered, f.data?.text, 'the range covers exactly the text found');
      return covered;
    });
  };

  describe('personal data', () => {
    it('finds e-mail addresses, whole', () => {
      const text = 'Mail j.jansen@minjenv.nl, a_b+c-d@sub.dienst-x.overheid.nl of (Piet.Jansen@Example.COM).';
      assert.deepEqual(found(note(text), 'personal-data'), ['j.jansen@minjenv.nl', 'a_b+c-d@sub.dienst-x.overheid.nl', 'Piet.Jansen@Example.COM']);
    });

    it('takes no address without a name, a domain or a top-level domain of two letters or more', () => {
      assert.deepEqual(found(note('Zie @minjenv.nl, jan@, jan@localhost, jan@x.c en iets@@dubbel.nl niet.'), 'personal-data'), []);
    });

    it('finds Dutch phone numbers in the ways they are written', () => {
      const numbers = ['070-3707911', '070 370 79 11', '070 - 370 79 11', '06-12345678', '0612345678', '06 1234 5678', '+31 6 12345678', '+31612345678', '+31 (0)70 370 7911', '0031 70 3707911', '070.370.79.11'];
      assert.deepEqual(found(note(numbers.join(' en ')), 'personal-data'), numbers);
    });

    it('takes no number that is too short, too long or not a phone number', () => {
      const others = ['Kenmerk 7244668.', 'Datum 2026-03-19.', 'Bel 06-1234567 niet.', 'Of 06-123456789.', 'Bedrag 1.000.000.', 'Nummer 106-12345678.', 'Code +3161234567.'];
      assert.deepEqual(found(note(others.join('\n')), 'personal-data'), []);
    });

    it('looks in every section, and gives the fix the redaction marker of the note type', () => {
      const text = note('Mail a@b.nl.').replace('Tekst.\n\n## 2.', 'Bel 06-12345678.\n\n## 2.').replace('Niets.', 'Of c@d.nl.');
      const findings = (service.check(doc(`file:///woo-${count++}.md`, text), { locale: 'nl' }) ?? []).filter((f) => f.code === 'personal-data');
      assert.deepEqual(findings.map((f) => [f.range.start.line, f.data]), [
        [11, { code: 'personal-data', kind: 'phone', text: '06-12345678', redaction: '[5.1.2e]' }],
        [23, { code: 'personal-data', kind: 'email', text: 'a@b.nl', redaction: '[5.1.2e]' }],
        [27, { code: 'personal-data', kind: 'email', text: 'c@d.nl', redaction: '[5.1.2e]' }],
      ]);
      assert.match(findings[0]?.message ?? '', /telefoonnummer ‘06-12345678’/);
      assert.match(findings[1]?.message ?? '', /e-mailadres ‘a@b\.nl’/);
    });

    it('takes the redaction marker from the note type, [5.1.2e] without one', () => {
      const memo = (spec: object) => ({ 'x-nota-type': 'memo', type: 'object', 'x-nota-personal-data': spec });
      const text = '---\ntype: memo\n---\n\n## Tekst\n\nMail a@b.nl.\n';
      for (const [spec, marker] of [[{ redaction: '[weggelakt]' }, '[weggelakt]'], [{}, '[5.1.2e]']] as const) {
        const custom = createLanguageService({ extraNoteTypes: [{ schema: memo(spec), origin: 'test' }] });
        assert.deepEqual(custom.check(doc('file:///memo.md', text), { locale: 'nl' })?.map((f) => f.data?.redaction), [marker]);
      }
    });
  });

  describe('Woo grounds', () => {
    it('checks the grounds cited in the last section, each where it stands', () => {
      assert.deepEqual(found(note('Tekst.', 'Op grond van 5.1.2e, 5.1.3 en art. 5.1.2z; ook (5.4) en 5.2.'), 'woo-ground-unknown'), ['5.1.3', '5.1.2z', '5.4']);
      const [first] = (service.check(doc(`file:///woo-${count++}.md`, note('Tekst.', 'Op grond van 5.1.3.')), { locale: 'en' }) ?? []).filter((f) => f.code === 'woo-ground-unknown');
      assert.equal(first?.message, '‘5.1.3’ is not a ground of the Woo (for example 5.1.2e or 5.2).');
    });

    it('takes a code only as a whole: not inside a longer number or word', () => {
      assert.deepEqual(found(note('Tekst.', 'Niet 15.1.3, v5.1.3 of 5.13; wel 5.9.'), 'woo-ground-unknown'), ['5.9']);
    });

    it('looks only in the section the note type names: without that section in the note type or the note, nothing is checked', () => {
      const text = '---\ntype: memo\n---\n\n## Eerste\n\nOp grond van 5.1.9.\n\n## Gronden\n\nOp grond van 5.1.9.\n';
      const sections = { sections: [{ id: 'eerste', title: 'Eerste' }, { id: 'gronden', title: 'Gronden' }, { id: 'later', title: 'Later' }] };
      const ranges = (extra: object) => {
        const custom = createLanguageService({ extraNoteTypes: [{ schema: { 'x-nota-type': 'memo', type: 'object', ...extra }, origin: 'test' }] });
        return (custom.check(doc('file:///memo.md', text), { locale: 'nl' }) ?? []).filter((f) => f.code === 'woo-ground-unknown').map((f) => f.range);
      };
      assert.deepEqual(ranges({ 'x-nota-sections': sections, 'x-nota-woo-grounds': { section: 'gronden' } }), [{ start: { line: 10, character: 13 }, end: { line: 10, character: 18 } }]);
      assert.deepEqual(ranges({ 'x-nota-sections': sections, 'x-nota-woo-grounds': { section: 'elders' } }), []);
      assert.deepEqual(ranges({ 'x-nota-sections': sections, 'x-nota-woo-grounds': { section: 'later' } }), []);
      assert.deepEqual(ranges({ 'x-nota-woo-grounds': { section: 'gronden' } }), []);
    });

    it('leaves the other sections alone, and the grounds in the alias of the last section too are checked', () => {
      assert.deepEqual(found(note('Zie 5.1.3.', 'Niets.'), 'woo-ground-unknown'), []);
      const alias = note('Tekst.', 'Op grond van 5.1.9.').replace('Informatie die niet openbaar gemaakt kan worden', 'Informatie die niet openbaar wordt gemaakt');
      assert.deepEqual(found(alias, 'woo-ground-unknown'), ['5.1.9']);
    });
  });
});
