/**
 * Messages as an author reads them: frontmatter places named as keys and
 * list items (never a JSON pointer or a 0-based index), a missing section
 * reported where it belongs, and no noise from a heading still being typed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { createLanguageService } from '../../server/src/core/languageService';
import { fieldLabel, ordinal, valuePhrase } from '../../server/src/core/findings/fieldPhrase';
import { EXAMPLES, FIXTURES, doc, loadFixtures, summarize } from '../support/fixtures';
import { mutate, mutation } from '../support/mutations';

const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
const minimal = readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8');

describe('message wording', () => {
  const service = createLanguageService();
  const check = (text: string, locale: 'nl' | 'en' = 'nl', uri = 'file:///w.md') => {
    const findings = service.check(doc(uri, text), { locale }) ?? [];
    service.close(uri);
    return findings;
  };

  describe('places in the frontmatter', () => {
    it('names keys, nested keys and list items as an author counts them', () => {
      assert.equal(valuePhrase('/frontmatter/onderwerp', 'nl', true), 'Het veld ‘onderwerp’');
      assert.equal(valuePhrase('/frontmatter/aan/2', 'nl', true), 'Het derde item van ‘aan’');
      assert.equal(valuePhrase('/frontmatter/aan/2', 'en'), 'the third item of ‘aan’');
      assert.equal(valuePhrase('/frontmatter/afzender/postadres', 'nl'), 'het veld ‘postadres’ van ‘afzender’');
      assert.equal(valuePhrase('/frontmatter/afzender/onderdeel/0', 'nl'), 'het eerste item van ‘onderdeel’ van ‘afzender’');
      assert.equal(valuePhrase('/frontmatter/a~1b', 'en', true), 'The field ‘a/b’');
      assert.equal(fieldLabel('/frontmatter/afzender/organisatie', 'en'), '‘organisatie’ of ‘afzender’');
      assert.deepEqual([ordinal(10, 'nl'), ordinal(11, 'nl'), ordinal(11, 'en'), ordinal(22, 'en'), ordinal(103, 'en')], ['tiende', '11e', '11th', '22nd', '103rd']);
    });

    it('counts past ten as an author writes it: 11th to 13th, 111th to 113th, and th after 4 to 9 and 0', () => {
      const english = [11, 12, 13, 14, 20, 21, 22, 23, 24, 100, 101, 111, 112, 113, 123].map((n) => ordinal(n, 'en'));
      assert.deepEqual(english, ['11th', '12th', '13th', '14th', '20th', '21st', '22nd', '23rd', '24th', '100th', '101st', '111th', '112th', '113th', '123rd']);
      assert.deepEqual([12, 13, 21].map((n) => ordinal(n, 'nl')), ['12e', '13e', '21e']);
    });

    it('calls the frontmatter itself "de frontmatter", in a subject, a label and either language', () => {
      assert.equal(valuePhrase('/frontmatter', 'nl'), 'de frontmatter');
      assert.equal(valuePhrase('/frontmatter', 'nl', true), 'De frontmatter');
      assert.equal(valuePhrase('/frontmatter', 'en', true), 'The frontmatter');
      assert.equal(fieldLabel('/frontmatter', 'nl'), 'de frontmatter');
      assert.equal(fieldLabel('/frontmatter', 'en'), 'the frontmatter');
    });

    it('counts only list indexes as items: a key with digits in it, or with a leading zero, is a key', () => {
      assert.equal(valuePhrase('/frontmatter/aan/11', 'nl'), 'het 12e item van ‘aan’');
      assert.equal(valuePhrase('/frontmatter/aan/0', 'en'), 'the first item of ‘aan’');
      assert.equal(valuePhrase('/frontmatter/bijlage2', 'nl'), 'het veld ‘bijlage2’');
      assert.equal(valuePhrase('/frontmatter/codes/2b', 'en'), 'the field ‘2b’ of ‘codes’');
      assert.equal(valuePhrase('/frontmatter/codes/01', 'nl'), 'het veld ‘01’ van ‘codes’');
      assert.equal(fieldLabel('/frontmatter/afzender/frontmatter', 'nl'), '‘frontmatter’ van ‘afzender’');
    });

    it('words the findings on list items and nested keys without pointers or indexes', () => {
      const emptyItems = minimal
        .replace('  - Minister van Justitie en Veiligheid', '  - Minister van Justitie en Veiligheid\n  - MJenV\n  - ""')
        .replace('referentie: "7244668"', 'referentie: "7244668"\nkopie-aan:\n  - ""\nafzender:\n  onderdeel: Directie');
      const messages = check(emptyItems).map((f) => f.message);
      assert.ok(messages.includes('Het derde item van ‘aan’ is leeg.'), messages.join('\n'));
      assert.ok(messages.includes('Het eerste item van ‘kopie-aan’ is leeg.'), messages.join('\n'));
      assert.ok(messages.includes('Het veld ‘onderdeel’ van ‘afzender’ moet een lijst zijn.'), messages.join('\n'));
      const english = check(emptyItems, 'en').map((f) => f.message);
      assert.ok(english.includes('The third item of ‘aan’ is empty.'), english.join('\n'));
      const missing = check(minimal.replace('referentie: "7244668"', 'referentie: "7244668"\nafzender:\n  bezoekadres: Turfmarkt 147\n  oud: x'));
      assert.ok(missing.some((f) => f.message === 'Onbekend veld ‘oud’ van ‘afzender’: een beslisnota kent dit veld niet.'), missing.map((f) => f.message).join('\n'));
      assert.ok(check(minimal.replace('type: beslisnota', 'type: beslisnota\nbijlagen: twee')).some((f) => f.message === 'Het veld ‘bijlagen’ moet een geheel getal zijn.'));
    });

    it('shows no message with a JSON pointer, a dotted path or a 0-based index, for any fixture or broken note', () => {
      const programmerish = /\/frontmatter|‘[a-z][a-z-]*\.(\d+|[a-z][a-z-]*)’|instancePath|must NOT|must be equal/;
      for (const fixture of loadFixtures()) {
        for (const locale of ['nl', 'en'] as const) {
          for (const finding of check(fixture.text, locale)) assert.doesNotMatch(finding.message, programmerish, `${fixture.name}: ${finding.message}`);
        }
      }
      fc.assert(fc.property(fc.array(mutation, { maxLength: 6 }), (mutations) => {
        const text = mutate(example, mutations);
        for (const finding of check(text, 'nl', 'file:///m.nota.md')) {
          // A key the author wrote with a dot in it ('o.nderwerp:') is quoted as written: that is no path the program made.
          const dotted = /‘([a-z][a-z-]*\.(?:\d+|[a-z][a-z-]*))’/.exec(finding.message)?.[1];
          if (dotted !== undefined && text.includes(`${dotted}:`)) continue;
          assert.doesNotMatch(finding.message, programmerish, finding.message);
        }
      }), { numRuns: 150 });
    });
  });

  describe('a missing section', () => {
    const broken = readFileSync(path.join(FIXTURES, 'section-missing.md'), 'utf8');

    it('is reported where it would be inserted, naming the sections it belongs between', () => {
      const [finding] = check(broken);
      assert.equal(finding?.message, 'De verplichte sectie ‘3. Kernpunten’ ontbreekt: die hoort tussen ‘2. Geadviseerd besluit’ en ‘3. Toelichting’.');
      // The blank line above "## 3. Toelichting", an empty range: inside neither section.
      assert.equal(broken.split('\n')[16], '');
      assert.equal(broken.split('\n')[17], '## 3. Toelichting');
      assert.deepEqual(finding?.range, { start: { line: 16, character: 0 }, end: { line: 16, character: 0 } });
      assert.deepEqual(finding?.data?.insertAt, { line: 17, character: 0 });
      assert.equal(check(broken, 'en')[0]?.message, 'The required section ‘3. Kernpunten’ is missing: it belongs between ‘2. Geadviseerd besluit’ and ‘3. Toelichting’.');
    });

    it('says "before" the first section and "after" the last, and stands at the end of a note that ends early', () => {
      const noFirst = minimal.replace(/## 1\. Aanleiding\n\nEr is aanleiding\.\n\n/, '');
      const first = check(noFirst).find((f) => f.code === 'section-missing');
      assert.equal(first?.message, 'De verplichte sectie ‘1. Aanleiding’ ontbreekt: die hoort vóór ‘2. Geadviseerd besluit’.');
      const noLast = minimal.replace(/\n## 5\.[\s\S]*$/, '');
      const last = check(noLast).find((f) => f.code === 'section-missing');
      assert.equal(last?.message, 'De verplichte sectie ‘5. Informatie die niet openbaar gemaakt kan worden’ ontbreekt: die hoort na ‘4. Toelichting’.');
      const end = noLast.length;
      const lines = noLast.split('\n');
      assert.deepEqual(last?.range.start, { line: lines.length - 1, character: (lines.at(-1) ?? '').length });
      assert.ok(end > 0);
      const noSections = minimal.replace(/\n## [\s\S]*$/, '\n');
      assert.deepEqual(check(noSections).filter((f) => f.code === 'section-missing').map((f) => f.message)[0], 'De verplichte sectie ‘1. Aanleiding’ ontbreekt.');
    });
  });

  describe('a heading being typed', () => {
    it('makes no noise: an empty "## ", one of a non-breaking space, or a bare number is not a section yet', () => {
      const broken = readFileSync(path.join(FIXTURES, 'section-missing.md'), 'utf8');
      const before = summarize(check(broken));
      for (const typed of ['##', '## ', '## \u00a0', '## &nbsp;', '## 3', '## 3.', '### ']) {
        const typing = broken.replace('U wordt geadviseerd, MJenV, in te stemmen.\n', `U wordt geadviseerd, MJenV, in te stemmen.\n\n${typed}\n`);
        const findings = check(typing);
        assert.deepEqual(findings.map((f) => f.code), ['section-missing'], `${JSON.stringify(typed)}: ${findings.map((f) => f.message).join(' | ')}`);
        assert.match(findings[0]?.message ?? '', /‘3\. Kernpunten’ ontbreekt/);
      }
      assert.deepEqual(before, ['17:1 section-missing']);
    });
  });
});
