/**
 * How notes name their addressees (note-format.md, "Portfolio holders"):
 * titles with a portfolio after a dash, two addressees with one base title,
 * and the single addressee spoken to as "u". The fixtures give the codes and
 * exact ranges (fixtures.test.ts checks those in Dutch); here each is also
 * checked in English, with the message that explains the finding.
 */
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import type { RegistryData } from '../../server/src/core/domain/portfolioRegistry';
import { doc, loadFixtures, summarizeRanges } from '../support/fixtures';
import { noteWith } from '../support/addresseeNotes';
import { timeLimit } from '../support/timeLimit';

const FIN_FISCAL = 'Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane';
const FIN_RECOVERY = 'Staatssecretaris van Financiën – Herstel en Toeslagen';

/** What each fixture's messages must say, in Dutch and in English. */
const MESSAGES: Record<string, { nl: RegExp[]; en: RegExp[] }> = {
  'addressee-you-several': {
    nl: [/^‘Minister van Justitie en Veiligheid’ staat in ‘aan’, maar wordt niet genoemd in ‘Geadviseerd besluit’\. ‘u’ is niet genoeg bij meer geadresseerden/, /^‘Staatssecretaris van Justitie en Veiligheid’ .*‘u’ is niet genoeg bij meer geadresseerden/],
    en: [/^‘Minister van Justitie en Veiligheid’ is addressed in ‘aan’, but not named in ‘Geadviseerd besluit’\. ‘u’ is not enough with more than one addressee/, /^‘Staatssecretaris van Justitie en Veiligheid’ .*‘u’ is not enough with more than one addressee/],
  },
  'addressee-you-not-a-word': {
    nl: [/^‘Minister van Justitie en Veiligheid’ staat in ‘aan’, maar wordt niet genoemd in ‘Geadviseerd besluit’\.$/],
    en: [/^‘Minister van Justitie en Veiligheid’ is addressed in ‘aan’, but not named in ‘Geadviseerd besluit’\.$/],
  },
  'portfolio-title-shared': {
    nl: [/^‘Staatssecretaris van Financiën – Herstel en Toeslagen’ staat in ‘aan’, maar .* ‘staatssecretaris van Financiën’ alleen is niet genoeg, want ‘aan’ noemt ook ‘Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane’: de portefeuille is nodig om hen te onderscheiden\.$/],
    en: [/^‘Staatssecretaris van Financiën – Herstel en Toeslagen’ is addressed in ‘aan’, but .* ‘staatssecretaris van Financiën’ alone is not enough, as ‘aan’ also lists ‘Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane’: the portfolio is needed to tell them apart\.$/],
  },
  'portfolio-title-unknown': {
    nl: [/^Onbekende bewindspersoon ‘Staatssecretaris van Toverkunst – Spreuken en Bezweringen’/, /^Onbekende bewindspersoon ‘staatssecretaris van Toverkunst – Spreuken en Bezweringen’/],
    en: [/^Unknown portfolio holder ‘Staatssecretaris van Toverkunst – Spreuken en Bezweringen’/, /^Unknown portfolio holder ‘staatssecretaris van Toverkunst – Spreuken en Bezweringen’/],
  },
};

const VALID = ['addressee-you-single', 'addressee-you-in-sentence', 'addressee-you-possessive', 'portfolio-title-full', 'portfolio-title-base', 'portfolio-title-short-form'];

describe('naming the addressees', () => {
  const service = createLanguageService();
  const fixtures = new Map(loadFixtures().map((f) => [f.name, f]));
  let counter = 0;
  const check = (text: string, locale: 'nl' | 'en' = 'nl', on = service) => on.check(doc(`file:///addressees-${counter++}.md`, text), { locale }) ?? [];

  for (const name of VALID) {
    it(`${name}: no findings, in either language`, () => {
      const fixture = fixtures.get(name);
      assert.ok(fixture, `no fixture ${name}`);
      assert.deepEqual(fixture.expected, []);
      assert.deepEqual(summarizeRanges(check(fixture.text, 'nl')), []);
      assert.deepEqual(summarizeRanges(check(fixture.text, 'en')), []);
    });
  }

  for (const [name, messages] of Object.entries(MESSAGES)) {
    it(`${name}: the same findings and ranges in Dutch and English, each explained`, () => {
      const fixture = fixtures.get(name);
      assert.ok(fixture, `no fixture ${name}`);
      for (const locale of ['nl', 'en'] as const) {
        const findings = check(fixture.text, locale);
        assert.deepEqual(summarizeRanges(findings), fixture.expected, locale);
        // Findings come in text order, as the patterns are listed.
        assert.equal(findings.length, messages[locale].length);
        findings.forEach((finding, i) => assert.match(finding.message, messages[locale][i] as RegExp, `${locale} message ${i}`));
      }
    });
  }

  describe('the single addressee, spoken to as "u"', () => {
    const phrasings = [
      'U wordt geadviseerd om in te stemmen.',
      'Wij adviseren u in te stemmen met de brief.',
      'Geadviseerd wordt dat u instemt met de bijgevoegde brief.',
      'Kunt U instemmen met de brief?',
      'Akkoord? Dan vragen wij (u) de brief te tekenen.',
      'Graag uw akkoord met de bijgevoegde brief.',
      'Wilt u de brief\ntekenen, zodat zij op tijd verzonden wordt?',
      '_U_ wordt geadviseerd in te stemmen.',
    ];
    for (const phrasing of phrasings) {
      it(`names the one addressee: ${JSON.stringify(phrasing)}`, () => {
        assert.deepEqual(check(noteWith(['Minister van Justitie en Veiligheid'], phrasing)), []);
      });
    }

    it('names an addressee the registry does not know too (who then only gets portfolio-holder-unknown)', () => {
      assert.deepEqual(summarizeRanges(check(noteWith(['Minister van Toverkunst'], 'U wordt geadviseerd.'))), ['5:5-5:28 portfolio-holder-unknown']);
    });

    it('counts entries that are the same person once: MJenV and its title are one addressee', () => {
      assert.deepEqual(check(noteWith(['MJenV', 'Minister van Justitie en Veiligheid'], 'U wordt geadviseerd.')), []);
    });

    it('is a whole word: "u" inside a word, or joined by a hyphen, names no one', () => {
      for (const text of ['Uitstel is nu geen optie.', 'Een U-bocht.', 'De brief aan Utrecht.', 'Zie bijlage u-3.']) {
        assert.deepEqual(summarizeRanges(check(noteWith(['Minister van Justitie en Veiligheid'], text))), ['5:5-5:40 portfolio-holder-missing'], text);
      }
    });

    it('names none of two or more: each missing one is told that "u" is not enough', () => {
      const findings = check(noteWith(['MJenV', 'SJenV', 'Minister van Financiën'], 'Geadviseerd wordt dat u en de minister van Financiën instemmen.'));
      assert.deepEqual(summarizeRanges(findings), ['5:5-5:10 portfolio-holder-missing', '6:5-6:10 portfolio-holder-missing']);
      for (const finding of findings) assert.match(finding.message, /‘u’ is niet genoeg bij meer geadresseerden/);
    });

    it('says nothing about "u" when the section does not use it', () => {
      const [finding] = check(noteWith(['MJenV', 'SJenV'], 'Geadviseerd wordt in te stemmen, SJenV.'));
      assert.equal(finding?.message, '‘MJenV’ staat in ‘aan’, maar wordt niet genoemd in ‘Geadviseerd besluit’.');
    });

    it('is a rule of the note type: a schema without pronouns does not take "u" for its addressee', () => {
      const memo = {
        'x-nota-type': 'memo', type: 'object',
        properties: { frontmatter: { type: 'object', properties: { type: { const: 'memo' }, aan: { type: 'array', items: { type: 'string', 'x-nota-portfolio-holder': true } } } } },
        'x-nota-sections': { sections: [{ id: 'advies', title: 'Advies', required: true }] },
        'x-nota-addressees': { field: 'aan', section: 'advies' },
      };
      const withMemo = createLanguageService({ extraNoteTypes: [{ schema: memo, origin: 'test' }] });
      const text = '---\ntype: memo\naan:\n  - MJenV\n---\n\n## 1. Advies\n\nU wordt geadviseerd.\n';
      assert.deepEqual(summarizeRanges(check(text, 'nl', withMemo)), ['4:5-4:10 portfolio-holder-missing']);
      const withPronouns = createLanguageService({ extraNoteTypes: [{ schema: { ...memo, 'x-nota-addressees': { field: 'aan', section: 'advies', pronouns: ['u'] } }, origin: 'test' }] });
      assert.deepEqual(check(text, 'nl', withPronouns), []);
    });

    it('checks nothing when the note type has no section of that id, has no sections, or the note lacks it', () => {
      const text = '---\ntype: memo\naan:\n  - MJenV\n---\n\n## 1. Inleiding\n\nTekst.\n\n## 2. Advies\n\nDe minister van Toverkunst besluit.\n';
      const sections = { sections: [{ id: 'inleiding', title: 'Inleiding' }, { id: 'advies', title: 'Advies' }, { id: 'slot', title: 'Slot' }] };
      const codes = (extra: object) => {
        const schema = { 'x-nota-type': 'memo', type: 'object', properties: { frontmatter: { type: 'object' } }, ...extra };
        return check(text, 'nl', createLanguageService({ extraNoteTypes: [{ schema, origin: 'test' }] })).map((f) => f.code);
      };
      assert.deepEqual(codes({ 'x-nota-sections': sections, 'x-nota-addressees': { field: 'aan', section: 'advies' } }).sort(), ['portfolio-holder-missing', 'portfolio-holder-unknown']);
      assert.deepEqual(codes({ 'x-nota-sections': sections, 'x-nota-addressees': { field: 'aan', section: 'elders' } }), []);
      assert.deepEqual(codes({ 'x-nota-sections': sections, 'x-nota-addressees': { field: 'aan', section: 'slot' } }), []);
      assert.deepEqual(codes({ 'x-nota-addressees': { field: 'aan', section: 'advies' } }), []);
    });
  });

  describe('titles with a portfolio', () => {
    it('are known when their base title is, with any of the three dashes', () => {
      for (const dash of ['–', '—', '-']) {
        const title = `Staatssecretaris van Volksgezondheid, Welzijn en Sport ${dash} Jeugd, Preventie en Sport`;
        assert.deepEqual(check(noteWith([title], 'SVWS besluit.')), [], dash);
      }
    });

    it('need spaces around the dash: without them the title is unknown', () => {
      const findings = check(noteWith(['Staatssecretaris van Financiën–Fiscaliteit'], 'U besluit.'));
      assert.deepEqual(summarizeRanges(findings), ['5:5-5:47 portfolio-holder-unknown']);
    });

    it('tell two state secretaries of one ministry apart: the full title names one, the base title and short form neither', () => {
      const findings = check(noteWith([FIN_FISCAL, FIN_RECOVERY], 'De staatssecretaris van Financiën – herstel en toeslagen en SFin besluiten.'));
      assert.deepEqual(summarizeRanges(findings), ['5:5-5:76 portfolio-holder-missing']);
      assert.match(findings[0]?.message ?? '', /‘staatssecretaris van Financiën’ alleen is niet genoeg, want ‘aan’ noemt ook ‘Staatssecretaris van Financiën – Herstel en Toeslagen’: de portefeuille is nodig/);
    });

    it('a short form stands for the base title: with a shared base it names neither, and says why', () => {
      const findings = check(noteWith([FIN_FISCAL, FIN_RECOVERY], 'SFin wordt geadviseerd in te stemmen.'), 'en');
      assert.deepEqual(summarizeRanges(findings), ['5:5-5:76 portfolio-holder-missing', '6:5-6:58 portfolio-holder-missing']);
      for (const finding of findings) assert.match(finding.message, /the portfolio is needed to tell them apart\.$/);
    });

    it('combine both explanations when the section also leans on "u"', () => {
      const [first] = check(noteWith([FIN_FISCAL, FIN_RECOVERY], 'U wordt geadviseerd, staatssecretaris van Financiën.'));
      assert.match(first?.message ?? '', /de portefeuille is nodig om hen te onderscheiden\. En ‘u’ is niet genoeg bij meer geadresseerden\.$/);
    });

    it('a base title without portfolio beside one with: the base alone names neither', () => {
      const findings = check(noteWith(['Staatssecretaris van Financiën', FIN_RECOVERY], 'De staatssecretaris van Financiën – Herstel en Toeslagen en de staatssecretaris van Financiën.'));
      assert.deepEqual(summarizeRanges(findings), ['5:5-5:35 portfolio-holder-missing']);
    });

    it('the minister and the state secretary of one ministry do not share a base title', () => {
      assert.deepEqual(check(noteWith([FIN_FISCAL, 'Minister van Financiën'], 'De staatssecretaris van Financiën en MFin besluiten.')), []);
    });

    it('an unknown base title with a portfolio is unknown, in `aan` and where it is named', () => {
      const findings = check(noteWith(['Minister voor Toverkunst — Spreuken', 'MJenV'], 'De minister van Toverkunst - spreuken en MJenV besluiten.'));
      assert.deepEqual(summarizeRanges(findings), ['17:4-17:38 portfolio-holder-unknown', '5:5-5:40 portfolio-holder-unknown']);
    });
  });

  describe('portfolios a workspace registry lists', () => {
    const registry: RegistryData = { portfolioHolders: [{ role: 'staatssecretaris', portfolio: 'Financiën', ministry: 'Fin', portfolios: ['Fiscaliteit, Belastingdienst en Douane', 'Herstel en Toeslagen'] }] };
    const listing = createLanguageService({ registries: [registry] });

    it('accept the listed ones, in any case and spacing', () => {
      assert.deepEqual(check(noteWith(['Staatssecretaris van Financiën - fiscaliteit,belastingdienst  en douane'], 'U besluit.'), 'nl', listing), []);
    });

    it('make another portfolio of a known base title unknown, and the message names the known ones', () => {
      for (const locale of ['nl', 'en'] as const) {
        const findings = check(noteWith(['Staatssecretaris van Financiën – Douane'], 'De staatssecretaris van Financiën – Douane besluit.'), locale, listing);
        assert.deepEqual(summarizeRanges(findings), ['16:4-16:43 portfolio-holder-unknown', '5:5-5:44 portfolio-holder-unknown'], locale);
        const expected = locale === 'nl'
          ? '‘Douane’ in ‘Staatssecretaris van Financiën – Douane’: het register kent voor de staatssecretaris van Financiën alleen ‘Fiscaliteit, Belastingdienst en Douane’, ‘Herstel en Toeslagen’.'
          : '‘Douane’ in ‘Staatssecretaris van Financiën – Douane’: for the staatssecretaris van Financiën the registry knows only ‘Fiscaliteit, Belastingdienst en Douane’, ‘Herstel en Toeslagen’.';
        assert.ok(findings.some((f) => f.message.endsWith(expected)), findings.map((f) => f.message).join('\n'));
      }
    });

    it('name an addressee given by its base title, as long as no other addressee shares it', () => {
      const decision = 'De staatssecretaris van Financiën – Herstel en Toeslagen besluit.';
      assert.deepEqual(check(noteWith(['Staatssecretaris van Financiën'], decision), 'nl', listing), []);
      const findings = check(noteWith(['Staatssecretaris van Financiën', FIN_FISCAL], decision), 'nl', listing);
      assert.deepEqual(summarizeRanges(findings), ['5:5-5:35 portfolio-holder-missing', '6:5-6:76 portfolio-holder-missing']);
    });

    it('leave other holders free: their portfolio is any text', () => {
      assert.deepEqual(check(noteWith(['Staatssecretaris van Defensie – Materieel en Personeel'], 'U besluit.'), 'nl', listing), []);
    });

    it('are read in running text even when `aan` has none of them, so a different one names no one', () => {
      const findings = check(noteWith([FIN_FISCAL], 'De staatssecretaris van Financiën – Herstel en Toeslagen besluit.'), 'nl', listing);
      assert.deepEqual(summarizeRanges(findings), ['5:5-5:76 portfolio-holder-missing']);
    });
  });

  describe('hostile addressees', () => {
    it('thousands of addressees sharing one base title, and a long advised decision, stay fast and exact', function () {
      this.timeout(timeLimit(20000));
      const aan = Array.from({ length: 1800 }, (_, i) => `Staatssecretaris van Financiën – Portefeuille ${i}`);
      const decision = Array.from({ length: 1800 }, (_, i) => `de staatssecretaris van Financiën – portefeuille ${i}, SFin, u en`).join(' ');
      const started = Date.now();
      assert.deepEqual(check(noteWith(aan, decision)), []);
      assert.ok(Date.now() - started < timeLimit(10000), `took ${Date.now() - started} ms`);
      const findings = check(noteWith(aan, decision.replace('portefeuille 17,', 'portefeuille 17b,')));
      assert.deepEqual(summarizeRanges(findings), ['22:5-22:53 portfolio-holder-missing']);
      // The message lists a few of the others, not all 1,799.
      assert.ok((findings[0]?.message.length ?? 0) < 600, findings[0]?.message);
    });

    it('a portfolio of 90,000 characters is known by its base title and named by it', () => {
      const long = `Staatssecretaris van Financiën – ${'Zeer '.repeat(18000)}Lang`;
      assert.deepEqual(check(noteWith([long], 'De staatssecretaris van Financiën besluit.')), []);
    });
  });

  describe('what a missing addressee\'s finding says and hands the fix', () => {
    const missing = (aan: string[], decision: string) => check(noteWith(aan, decision)).filter((f) => f.code === 'portfolio-holder-missing');

    it('the holder, its id, the shortest name that identifies it and where a sentence naming it goes', () => {
      assert.deepEqual(missing(['MJenV', 'SJenV'], '- MJenV besluit   \n- verder  ').map((f) => [f.range.start.line, f.data]), [[5, {
        code: 'portfolio-holder-missing', holder: 'staatssecretaris van Justitie en Veiligheid', holderId: 'staatssecretaris:justitie en veiligheid',
        name: 'SJenV', nameIsShortForm: true, sharedWith: [], sectionId: 'geadviseerd-besluit', insertAt: { line: 17, character: 10 },
      }]]);
      // After the last line with text: blank lines at the end of the section do not count.
      assert.deepEqual(missing(['MJenV', 'SJenV'], 'MJenV besluit.\n\n\n').map((f) => f.data?.insertAt), [{ line: 16, character: 14 }]);
      assert.deepEqual(missing(['Minister voor Asiel en Migratie'], 'Besluit.').map((f) => [f.data?.holder, f.data?.name, f.data?.nameIsShortForm]), [['minister van Asiel en Migratie', 'minister van Asiel en Migratie', false]]);
    });

    it('names at most three of the others that share its base title, then "…"', () => {
      const aan = ['A', 'B', 'C', 'D', 'E'].map((p) => `Staatssecretaris van Financiën – ${p}`);
      const findings = missing(aan, 'SFin besluit.');
      assert.equal(findings.length, 5);
      assert.deepEqual(findings[0]?.data?.sharedWith, [aan[1], aan[2], aan[3], '…']);
      assert.deepEqual(findings[4]?.data?.sharedWith, [aan[0], aan[1], aan[2], '…']);
      assert.deepEqual([findings[0]?.data?.holder, findings[0]?.data?.name], ['staatssecretaris van Financiën – A', 'staatssecretaris van Financiën – A']);
      assert.ok(findings[0]?.message.includes(`ook ‘${aan[1]}’, ‘${aan[2]}’, ‘${aan[3]}’, …: de portefeuille is nodig`), findings[0]?.message);
      const two = missing(aan.slice(0, 2), 'SFin besluit.');
      assert.deepEqual(two.map((f) => f.data?.sharedWith), [[aan[1]], [aan[0]]]);
    });

    it('a shared base title asks for the full title, never a short form; the others are listed as first written', () => {
      const recovery = 'Staatssecretaris van Financiën – herstel en toeslagen';
      const findings = missing([FIN_RECOVERY, recovery, FIN_FISCAL], 'SFin besluit.');
      assert.deepEqual(findings.map((f) => [f.range.start.line, f.data?.name, f.data?.nameIsShortForm, f.data?.sharedWith]), [
        [4, 'staatssecretaris van Financiën – Herstel en Toeslagen', false, [FIN_FISCAL]],
        [5, 'staatssecretaris van Financiën – herstel en toeslagen', false, [FIN_FISCAL]],
        [6, 'staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane', false, [FIN_RECOVERY]],
      ]);
    });

    it('names by the shortest text, the title when a short form is no shorter', () => {
      const registry: RegistryData = { portfolioHolders: [
        { role: 'minister', portfolio: 'Klimaat', shortForms: ['de bewindspersoon voor klimaat'] },
        { role: 'minister', portfolio: 'Wonen', shortForms: ['MinisterWonen-NL.x', 'MWo'] },
      ] };
      const withShorts = createLanguageService({ registries: [registry] });
      const names = (aan: string) => check(noteWith([aan, 'MJenV'], 'MJenV besluit.'), 'nl', withShorts).filter((f) => f.code === 'portfolio-holder-missing').map((f) => [f.data?.name, f.data?.nameIsShortForm]);
      assert.deepEqual(names('Minister van Klimaat'), [['minister van Klimaat', false]]);
      // The first short form is the one to write: here as long as the title, so the title it is.
      assert.equal('MinisterWonen-NL.x'.length, 'minister van Wonen'.length);
      assert.deepEqual(names('MWo'), [['minister van Wonen', false]]);
    });

    it('the value as written, without the spaces around it, and a note whose decision is still Nota\'s hint gets that said', () => {
      assert.deepEqual(missing(['"  Directeur-generaal Rechtspleging "', 'MJenV'], 'MJenV besluit.').map((f) => [f.data?.holder, f.data?.name]), [['Directeur-generaal Rechtspleging', 'Directeur-generaal Rechtspleging']]);
      const hint = '<!-- Welk besluit wordt geadviseerd, en welke bewindspersonen besluiten? -->';
      assert.deepEqual(missing(['MJenV'], hint).map((f) => [f.data?.placeholder, f.data?.insertAt]), [[true, { line: 15, character: hint.length }]]);
      assert.deepEqual(missing(['MJenV', 'SJenV'], 'MJenV besluit.').map((f) => f.data?.placeholder), [undefined]);
    });

    it('an addressee that is no title at all is named by its own words, in any case', () => {
      const aan = ['Directeur-generaal Rechtspleging', 'MJenV'];
      assert.deepEqual(check(noteWith(aan, 'MJenV en de directeur-generaal rechtspleging besluiten.')).map((f) => f.code), ['portfolio-holder-unknown']);
      assert.deepEqual(missing(aan, 'MJenV en de directeur-generaal besluiten.').map((f) => [f.range.start.line, f.data?.holder, f.data?.holderId, f.data?.name]), [[4, 'Directeur-generaal Rechtspleging', null, 'Directeur-generaal Rechtspleging']]);
      assert.deepEqual(missing(aan, 'MJenV en de directeur-generaal rechtsplegingszaken besluiten.').length, 1, 'not inside a longer word');
    });

    it('leaves empty entries out, and a value that is no text is text', () => {
      assert.deepEqual(missing(['MJenV', '"  "', 'SJenV'], 'MJenV en SJenV besluiten.'), []);
      assert.deepEqual(missing(['MJenV', '12'], 'MJenV besluit.').map((f) => [f.range.start.line, f.data?.holder]), [[5, '12']]);
    });
  });

  describe('addressees that are no title, or a title the registry does not know', () => {
    const missing = (aan: string[], decision: string) => check(noteWith(aan, decision)).filter((f) => f.code === 'portfolio-holder-missing');

    it('a name is named as written, with or without a leading "de", and shares its base title with no one', () => {
      assert.deepEqual(missing(['de Directeur-generaal Rechtspleging', 'MJenV'], 'MJenV en Directeur-generaal Rechtspleging besluiten.'), []);
      assert.deepEqual(missing(['Mevrouw de Vries', 'MJenV'], 'MJenV en mevrouw de Vries besluiten.'), []);
      assert.deepEqual(missing(['Directeur-generaal Rechtspleging', 'MJenV'], 'MJenV besluit.').map((f) => [f.range, f.message, f.data]), [[
        { start: { line: 4, character: 4 }, end: { line: 4, character: 36 } },
        '‘Directeur-generaal Rechtspleging’ staat in ‘aan’, maar wordt niet genoemd in ‘Geadviseerd besluit’.',
        { code: 'portfolio-holder-missing', holder: 'Directeur-generaal Rechtspleging', holderId: null, name: 'Directeur-generaal Rechtspleging', nameIsShortForm: false, sharedWith: [], sectionId: 'geadviseerd-besluit', insertAt: { line: 16, character: 14 } },
      ]]);
    });

    it('"u" names one person written twice, with and without "de", but not two people', () => {
      assert.deepEqual(missing(['Directeur-generaal Rechtspleging', 'de directeur-generaal Rechtspleging'], 'U wordt geadviseerd.'), []);
      assert.deepEqual(missing(['Mevrouw de Vries', 'Mevrouw Vries'], 'U wordt geadviseerd.').map((f) => f.range.start.line), [4, 5]);
    });

    it('an unknown title in lower case is no mention, yet names its addressee as written; a portfolio tells two apart', () => {
      const one = 'Staatssecretaris van Toverkunst — Spreuken en Bezweringen';
      assert.deepEqual(missing([one], 'De staatssecretaris van toverkunst — Spreuken en Bezweringen stemt in.'), []);
      const two = ['Staatssecretaris van Toverkunst — Spreuken', 'Staatssecretaris van Toverkunst — Bezweringen'];
      assert.deepEqual(missing(two, 'De staatssecretaris van toverkunst — Spreuken en de staatssecretaris van toverkunst — Bezweringen stemmen in.'), []);
      assert.deepEqual(missing(two, 'De staatssecretaris van toverkunst — Spreuken stemt in.').map((f) => [f.range, f.data?.holder]), [[{ start: { line: 5, character: 4 }, end: { line: 5, character: 49 } }, two[1]]]);
      const base = ['Staatssecretaris van Toverkunst', 'Staatssecretaris van Toverkunst — Spreuken'];
      assert.deepEqual(missing(base, 'De staatssecretaris van toverkunst — Spreuken stemt in.').map((f) => [f.range, f.data?.holder]), [[{ start: { line: 4, character: 4 }, end: { line: 4, character: 35 } }, base[0]]]);
    });

    it('a base title without portfolio is named by that title with a portfolio', () => {
      assert.deepEqual(check(noteWith(['Staatssecretaris van Financiën'], 'De staatssecretaris van Financiën – Herstel en Toeslagen besluit.')), []);
    });

    it('two portfolios of one unknown base title: the full title names one, and the other is told its base title is shared', () => {
      const aan = ['Minister van Toverkunst – Spreuken', 'Minister van Toverkunst – Bezweringen'];
      const findings = missing(aan, 'De minister van Toverkunst – Spreuken besluit.');
      assert.deepEqual(findings.map((f) => [f.range, f.data?.holder, f.data?.name, f.data?.sharedWith]), [
        [{ start: { line: 5, character: 4 }, end: { line: 5, character: 41 } }, aan[1], aan[1], [aan[0]]],
      ]);
      assert.equal(findings[0]?.message, `‘${aan[1]}’ staat in ‘aan’, maar wordt niet genoemd in ‘Geadviseerd besluit’. ‘Minister van Toverkunst’ alleen is niet genoeg, want ‘aan’ noemt ook ‘${aan[0]}’: de portefeuille is nodig om hen te onderscheiden.`);
      assert.deepEqual(missing(aan, 'De minister van Toverkunst besluit.').map((f) => f.data?.holder), aan);
    });
  });

  describe('holders the advised decision names', () => {
    it('are reported where they stand when the registry does not know them, only in that section', () => {
      const text = noteWith(['MJenV'], 'MJenV en de minister van Toverkunst besluiten.').replace('Er is aanleiding.', 'De minister van Fantasie.');
      assert.deepEqual(check(text).map((f) => [f.code, f.range.start.line, f.range.start.character, f.range.end.character, f.data?.holder]), [['portfolio-holder-unknown', 15, 12, 35, 'minister van Toverkunst']]);
    });
  });
});
