/**
 * Nota's schema keywords on their own: x-nota-date, x-nota-portfolio-holder
 * on a single value, and how x-nota-sections reads a note type's sections.
 */
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { checkDate } from '../../server/src/core/schema/keywords/dateKeyword';
import { pronounPattern } from '../../server/src/core/schema/keywords/addresseeNaming';
import { isSectionsSpec, matchSections, normalizeTitle, titleMatches } from '../../server/src/core/schema/keywords/sectionSpec';
import type { TopSectionModel } from '../../server/src/core/model/noteModel';
import { NoteTypeError } from '../../server/src/core/schema/noteTypes';
import { doc } from '../support/fixtures';

describe('Nota keywords', () => {
  describe('x-nota-date', () => {
    it('accepts a real date in either form, and leaves an empty value or a placeholder to the other checks', () => {
      for (const value of ['19 maart 2026', '2026-03-19', '  2026-03-19 ', null, undefined, '', '   ', '…', ' … ', '19 maart …']) assert.deepEqual(checkDate(value, '/frontmatter/datum'), [], String(value));
    });

    it('reports any other value with the accepted form it can read, for the fix', () => {
      assert.deepEqual(checkDate('19-3-2026', '/frontmatter/datum').map((e) => [e.params.code, e.params.pointer, e.params.messageId, e.params.args, e.params.data]), [[
        'date-invalid', '/frontmatter/datum', 'date-invalid.suggestion', { value: '19-3-2026', suggestion: '19 maart 2026' }, { value: '19-3-2026', suggestion: '19 maart 2026' },
      ]]);
      assert.deepEqual(checkDate('31 april 2026', '/frontmatter/datum').map((e) => [e.params.messageId, e.params.args, e.params.data]), [['date-invalid', { value: '31 april 2026' }, { value: '31 april 2026' }]]);
      assert.deepEqual(checkDate(20260319, '/frontmatter/d').map((e) => e.params.data), [{ value: '20260319' }]);
    });

    it('suggests the long form in the finding, and the fix writes it', () => {
      const service = createLanguageService();
      const text = '---\ntype: beslisnota\nonderwerp: x\naan:\n  - MJenV\ndatum: 19 Maart 2026\nreferentie: "7244668"\n---\n';
      const [finding] = (service.check(doc('file:///datum.md', text), { locale: 'nl' }) ?? []).filter((f) => f.code === 'date-invalid');
      assert.deepEqual([finding?.range.start.character, finding?.range.end.character, finding?.data?.suggestion], [7, 20, '19 maart 2026']);
      assert.match(finding?.message ?? '', /bedoelt u ‘19 maart 2026’/);
    });
  });

  describe('x-nota-portfolio-holder on one value', () => {
    const memo = {
      'x-nota-type': 'memo', type: 'object',
      properties: { frontmatter: { type: 'object', properties: { type: { const: 'memo' }, van: { type: 'string', 'x-nota-portfolio-holder': true }, ook: { 'x-nota-portfolio-holder': false } } } },
    };
    const listing = { portfolioHolders: [{ role: 'staatssecretaris' as const, portfolio: 'Financiën', portfolios: ['Herstel en Toeslagen'] }] };
    const service = createLanguageService({ extraNoteTypes: [{ schema: memo, origin: 'test' }], registries: [listing] });
    let count = 0;
    const findings = (van: string) => (service.check(doc(`file:///van-${count++}.md`, `---\ntype: memo\nvan: ${van}\nook: Minister van Toverkunst\n---\n`), { locale: 'nl' }) ?? []).map((f) => [f.code, f.range.start.character, f.range.end.character, f.data]);

    it('accepts a holder the registry knows, by title or short form, with a listed portfolio', () => {
      for (const van of ['MJenV', 'de minister van Financiën', 'Staatssecretaris van Financiën – herstel en toeslagen', '"  "']) assert.deepEqual(findings(van), [], van);
    });

    it('reports a holder it does not know, and a portfolio it does not list, on the value', () => {
      assert.deepEqual(findings('Minister van Toverkunst'), [['portfolio-holder-unknown', 5, 28, { code: 'portfolio-holder-unknown', holder: 'Minister van Toverkunst' }]]);
      assert.deepEqual(findings('"  Minister van Toverkunst "'), [['portfolio-holder-unknown', 5, 33, { code: 'portfolio-holder-unknown', holder: 'Minister van Toverkunst' }]]);
      assert.deepEqual(findings('Staatssecretaris van Financiën – Douane'), [['portfolio-holder-unknown', 5, 44, {
        code: 'portfolio-holder-unknown', holder: 'Staatssecretaris van Financiën – Douane', holderId: 'staatssecretaris:financiën', portfolio: 'Douane', knownPortfolios: ['Herstel en Toeslagen'],
      }]]);
    });
  });

  describe('x-nota-addressees: the pronouns a note speaks to its reader with', () => {
    const word = (pronouns: unknown, text: string) => pronounPattern(pronouns)?.exec(text)?.[0] ?? null;

    it('finds each of them as a whole word, in any case', () => {
      assert.equal(word(['jij', 'u'], 'Wilt U tekenen?'), 'U');
      assert.equal(word(['jij', 'u'], 'Teken jij?'), 'jij');
      assert.equal(word(['jij', 'u'], 'Teken (JIJ)'), 'JIJ');
      assert.equal(word(['uw'], 'Graag uw akkoord.'), 'uw');
    });

    it('not inside a longer word, nor joined to one by a hyphen', () => {
      for (const text of ['Uitstel.', 'Een U-bocht.', 'Bijlage a-u.', 'jiju', 'Zie 3u of u3.', 'Zie ü.']) assert.equal(word(['jij', 'u'], text), null, text);
    });

    it('leaves out entries that are not one word of letters, and has nothing to match without words', () => {
      for (const pronouns of [[], ['u.'], ['.u'], ['u-'], ['u u'], [''], [5, null, true], undefined, 'u', { 0: 'u' }]) {
        assert.equal(pronounPattern(pronouns), null, JSON.stringify(pronouns));
      }
      assert.equal(word(['u.', 'jij'], 'Akkoord: u, jij?'), 'jij');
    });
  });

  describe('x-nota-sections', () => {
    it('compares titles without regard to case, white space or Unicode composition', () => {
      assert.equal(normalizeTitle('  Informatie  die\tniet OPENBAAR '), 'informatie die niet openbaar');
      assert.equal(normalizeTitle('Financie\u0308le aspecten'), normalizeTitle('Financiële aspecten'));
      const entry = { id: 'x', title: 'Geadviseerd besluit', aliases: ['Besluit'] };
      assert.equal(titleMatches(entry, 'geadviseerd  BESLUIT'), true);
      assert.equal(titleMatches(entry, ' besluit '), true);
      assert.equal(titleMatches(entry, 'Geadviseerd'), false);
    });

    it('matches each entry to the first section with its title (or an alias) not taken by an earlier entry', () => {
      const spec = { sections: [{ id: 'a', title: 'Een' }, { id: 'b', title: 'Twee', aliases: ['Een'] }, { id: 'c', title: 'Drie' }] };
      const sections = (titles: string[]) => titles.map((title) => ({ title }) as TopSectionModel);
      assert.deepEqual(matchSections(spec, sections(['Twee', 'een', 'Een'])), [1, 0, -1]);
      assert.deepEqual(matchSections(spec, sections(['Een', 'Een'])), [0, 1, -1], 'an alias takes a section the entry before it did not');
      assert.deepEqual(matchSections(spec, sections(['Drie', 'Twee', 'Twee'])), [-1, 1, 0]);
      assert.deepEqual(matchSections(spec, sections([])), [-1, -1, -1]);
      const same = sections(['Een']);
      assert.equal(matchSections(spec, same), matchSections(spec, same), 'asked again for the same sections, the same answer');
    });

    it('is an object whose sections each have an id and a title', () => {
      assert.equal(isSectionsSpec({ sections: [{ id: 'a', title: 'A', required: true }] }), true);
      assert.equal(isSectionsSpec({ sections: [] }), true);
      for (const bad of [null, 'x', {}, { sections: 'a' }, { sections: [{ id: 'a' }] }, { sections: [{ title: 'A' }] }, { sections: [{ id: 1, title: 'A' }] }, { sections: [null] }, { sections: [{ id: 'a', title: 2 }] }]) {
        assert.equal(isSectionsSpec(bad), false, JSON.stringify(bad));
      }
      const service = createLanguageService();
      assert.throws(() => service.noteTypes.add({ 'x-nota-type': 'x', 'x-nota-sections': { sections: [{ id: 'a' }] } }, 'test'), NoteTypeError);
      assert.doesNotThrow(() => service.noteTypes.add({ 'x-nota-type': 'y', 'x-nota-sections': { sections: [{ id: 'a', title: 'A' }] } }, 'test'));
    });
  });
});
