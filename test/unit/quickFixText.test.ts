/**
 * The exact text each quick fix inserts, where it lands, and how the fix is
 * offered (title, kind, preferred, part of Fix all or not): what an author
 * sees when they press Ctrl+. on a finding, in notes with LF and CRLF line breaks.
 */
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { keepsAuthorText } from '../support/edits';
import { fixAll, offered } from '../support/offeredFixes';
import { noteWith } from '../support/addresseeNotes';

const FRONTMATTER = '---\ntype: beslisnota\nonderwerp: Voorbeeld van een nota\naan:\n  - Minister van Justitie en Veiligheid\ndatum: 19 maart 2026\nreferentie: "7244668"\n---\n';
const AANLEIDING = '\n## 1. Aanleiding\n\nEr is aanleiding.\n';
const BESLUIT = '\n## 2. Geadviseerd besluit\n\nU wordt geadviseerd, MJenV, in te stemmen.\n';
const HINT_KERNPUNTEN = '<!-- De kernpunten, kort. -->';
const HINT_NIET_OPENBAAR = '<!-- Welke informatie niet openbaar wordt gemaakt, en op welke Woo-grond (bijvoorbeeld 5.1.2e). -->';
const NIET_OPENBAAR = '## 5. Informatie die niet openbaar gemaakt kan worden';

describe('quick fixes: the text they insert', () => {
  const service = createLanguageService();

  describe('a missing section', () => {
    const toelichting = '\n## 3. Toelichting\n\nToelichting.\n';
    const nietOpenbaar = '\n## 4. Informatie die niet openbaar gemaakt kan worden\n\nPersoonsgegevens van ambtenaren.\n';

    it('goes before the section that follows it, heading, hint and a blank line, and the later sections move up by one', () => {
      const broken = FRONTMATTER + AANLEIDING + BESLUIT + toelichting + nietOpenbaar;
      const { fix, edits, fixed } = offered(service, 'file:///mid.md', broken, 'section-missing');
      assert.equal(fix?.title, 'Sectie ‘3. Kernpunten’ invoegen');
      assert.equal(fix?.isPreferred, true);
      assert.deepEqual(edits, [
        { range: { start: { line: 17, character: 0 }, end: { line: 17, character: 0 } }, newText: `## 3. Kernpunten\n\n${HINT_KERNPUNTEN}\n\n` },
        { range: { start: { line: 17, character: 3 }, end: { line: 17, character: 4 } }, newText: '4' },
        { range: { start: { line: 21, character: 3 }, end: { line: 21, character: 4 } }, newText: '5' },
      ]);
      assert.equal(fixed, `${FRONTMATTER}${AANLEIDING}${BESLUIT}\n## 3. Kernpunten\n\n${HINT_KERNPUNTEN}\n\n## 4. Toelichting\n\nToelichting.\n\n${NIET_OPENBAAR}\n\nPersoonsgegevens van ambtenaren.\n`);
    });

    it('is named in English in an English editor', () => {
      const broken = FRONTMATTER + AANLEIDING + BESLUIT + toelichting + nietOpenbaar;
      assert.equal(offered(service, 'file:///mid-en.md', broken, 'section-missing', undefined, 'en').fix?.title, 'Insert section ‘3. Kernpunten’');
    });

    it('at the end of the note, starts after exactly one blank line, however the note ends (LF and CRLF)', () => {
      const body = FRONTMATTER + AANLEIDING + BESLUIT + '\n## 3. Kernpunten\n\n- Punt.\n\n## 4. Toelichting\n\nToelichting.';
      const section = `${NIET_OPENBAAR}\n\n${HINT_NIET_OPENBAAR}\n`;
      for (const eol of ['\n', '\r\n']) {
        const crlf = (text: string) => text.replace(/\n/g, eol);
        for (const [ending, lead] of [['', '\n\n'], ['\n', '\n'], ['\n\n', ''], ['\n\n\n', '']]) {
          const broken = crlf(body + ending);
          const { fix, edits, fixed } = offered(service, 'file:///end.md', broken, 'section-missing');
          assert.equal(fix?.title, 'Sectie ‘5. Informatie die niet openbaar gemaakt kan worden’ invoegen');
          assert.equal(edits.length, 1, JSON.stringify(ending));
          assert.equal(edits[0]?.newText, crlf(lead + section), JSON.stringify([eol, ending]));
          assert.equal(fixed, crlf(`${body}${ending}${lead}${section}`));
        }
      }
    });

    it('in an empty note, stands at the very start, without blank lines before it', () => {
      const { fix, edits } = offered(service, 'file:///leeg.nota.md', '', 'section-missing');
      assert.equal(fix?.title, 'Sectie ‘1. Aanleiding’ invoegen');
      assert.deepEqual(edits, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '## 1. Aanleiding\n\n<!-- Waarom wordt deze nota nu geschreven? -->\n' }]);
    });

    it('holds the general hint when its note type describes it not', () => {
      const memo = createLanguageService({ extraNoteTypes: [{ origin: 'memo.schema.json', schema: {
        'x-nota-type': 'memo', title: 'Memo', type: 'object',
        'x-nota-sections': { sections: [{ id: 'vraag', title: 'Vraag', required: true }, { id: 'antwoord', title: 'Antwoord', required: true }] },
      } }] });
      const { edits } = offered(memo, 'file:///memo.md', '---\ntype: memo\n---\n\n## 1. Vraag\n\nWaarom?\n', 'section-missing');
      assert.deepEqual(edits.map((e) => e.newText), ['\n## 2. Antwoord\n\n<!-- Nog in te vullen -->\n']);
    });
  });

  describe('a missing field', () => {
    const without = (key: string) => FRONTMATTER.replace(new RegExp(`^${key}:.*\\n(?:  - .*\\n)*`, 'm'), '') + AANLEIDING;
    const closing = (text: string) => text.split('\n').indexOf('---', 1);

    it('is added as the last key, with a value the note type suggests, and only a fixed value counts as safe', () => {
      // [key, inserted text, part of Fix all]
      const cases: [string, string, boolean][] = [
        ['type', 'type: beslisnota\n', true],
        ['onderwerp', 'onderwerp: "…"\n', false],
        // The first portfolio holder of the registry, as an example of the form the list takes.
        ['aan', 'aan:\n  - Minister-president\n', false],
        // Today, in Dutch long form.
        ['datum', 'datum: 1 december 2026\n', false],
        ['referentie', 'referentie: "…"\n', false],
      ];
      for (const [key, newText, safe] of cases) {
        const broken = without(key);
        const uri = key === 'type' ? 'file:///zonder-type.nota.md' : `file:///zonder-${key}.md`;
        const { fix, edits, fixed } = offered(service, uri, broken, 'field-missing', (data) => data.field === key);
        assert.equal(fix?.title, `Veld ‘${key}’ toevoegen`);
        assert.equal(fix?.isPreferred, true, key);
        const at = { line: closing(broken), character: 0 };
        assert.deepEqual(edits, [{ range: { start: at, end: at }, newText }], key);
        assert.ok(keepsAuthorText(broken, fixed), key);
        const all = fixAll(service, uri, broken);
        assert.equal(all !== null && all.includes(newText), safe, `${key} in Fix all: ${String(all)}`);
      }
    });

    it('is written with the note\'s own line breaks', () => {
      const broken = without('aan').replace(/\n/g, '\r\n');
      const { edits } = offered(service, 'file:///crlf.md', broken, 'field-missing');
      assert.deepEqual(edits.map((e) => e.newText), ['aan:\r\n  - Minister-president\r\n']);
    });

    it('gets a number, a list or a fixed value by its schema; a key inside another is left to the author', () => {
      const typed = createLanguageService({ extraNoteTypes: [{ origin: 'verzoek.schema.json', schema: {
        'x-nota-type': 'verzoek', title: 'Verzoek', type: 'object',
        properties: { frontmatter: { type: 'object', required: ['type', 'bijlagen', 'paginas', 'bedrag', 'kopie-aan', 'status', 'afzender'], properties: {
          type: { const: 'verzoek' },
          bijlagen: { type: 'integer', minimum: 0 },
          paginas: { type: 'integer', minimum: 1 },
          bedrag: { type: 'number' },
          'kopie-aan': { type: 'array', items: { type: 'string' } },
          status: { const: 'concept' },
          afzender: { type: 'object', required: ['organisatie'], properties: { organisatie: { type: 'string' } } },
        } } },
      } }] });
      const text = '---\ntype: verzoek\nafzender:\n  postadres: Postbus 20301\n---\n\nTekst.\n';
      const inserted = (field: string) => offered(typed, 'file:///verzoek.md', text, 'field-missing', (data) => data.field === field).edits.map((e) => e.newText);
      assert.deepEqual(inserted('bijlagen'), ['bijlagen: 0\n']);
      assert.deepEqual(inserted('paginas'), ['paginas: 1\n']);
      assert.deepEqual(inserted('bedrag'), ['bedrag: 0\n']);
      assert.deepEqual(inserted('kopie-aan'), ['kopie-aan:\n  - …\n']);
      assert.deepEqual(inserted('status'), ['status: concept\n']);
      // Nested keys need their parent's indentation: no fix rather than a key in the wrong place.
      const nested = offered(typed, 'file:///verzoek.md', text, 'field-missing', (data) => data.pointer === '/frontmatter/afzender/organisatie');
      assert.equal(nested.fix, undefined);
      // Fix all adds the fixed value and nothing it would have to guess.
      assert.equal(fixAll(typed, 'file:///verzoek.md', text), '---\ntype: verzoek\nafzender:\n  postadres: Postbus 20301\nstatus: concept\n---\n\nTekst.\n');
    });
  });

  describe('an addressee not named in the advised decision', () => {
    const minister = ['Minister van Justitie en Veiligheid'];
    const sentence = 'Ter beslissing voorgelegd aan MJenV.';

    it('is named in a new paragraph after the section\'s last text, and the author chooses whether to', () => {
      const broken = noteWith(minister, 'Geadviseerd wordt in te stemmen.');
      const { fix, edits, fixed } = offered(service, 'file:///aan.md', broken, 'portfolio-holder-missing');
      assert.equal(fix?.title, '‘MJenV’ noemen in het geadviseerd besluit');
      assert.equal(fix?.isPreferred, true);
      const at = { line: 15, character: 32 };
      assert.deepEqual(edits, [{ range: { start: at, end: at }, newText: `\n\n${sentence}` }]);
      assert.ok(fixed.includes(`\nGeadviseerd wordt in te stemmen.\n\n${sentence}\n\n## 3. Kernpunten\n`), fixed);
      // Who decides is the author's call: Fix all leaves it.
      assert.equal(fixAll(service, 'file:///aan.md', broken), null);
      assert.equal(offered(service, 'file:///aan.md', broken, 'portfolio-holder-missing', undefined, 'en').fix?.title, 'Name ‘MJenV’ in the advised decision');
    });

    it('continues a list that ends the section with the same marker and indentation', () => {
      const cases: [string, string][] = [
        ['- in te stemmen met de brief;', '\n- '],
        ['  * in te stemmen met de brief;', '\n  * '],
        ['+ in te stemmen met de brief;', '\n+ '],
      ];
      for (const [item, lead] of cases) {
        const broken = noteWith(minister, `Geadviseerd wordt:\n\n${item}`);
        const { edits, fixed } = offered(service, 'file:///lijst.md', broken, 'portfolio-holder-missing');
        assert.deepEqual(edits.map((e) => e.newText), [`${lead}${sentence}`], item);
        assert.ok(fixed.includes(`\n${item}${lead}${sentence}\n\n## 3.`), fixed);
      }
    });

    it('starts a paragraph after text that only looks like a list: a dash inside the line or without a space after it', () => {
      for (const last of ['Pre- en postfase worden vergeleken.', 'Het besluit - zoals besproken - volgt.', '-5 graden is de grens.', '*Zie* de bijlage.']) {
        const broken = noteWith(minister, `Geadviseerd wordt in te stemmen.\n\n${last}`);
        const { edits } = offered(service, 'file:///geen-lijst.md', broken, 'portfolio-holder-missing');
        assert.deepEqual(edits.map((e) => e.newText), [`\n\n${sentence}`], last);
      }
    });

    it('is written with the note\'s own line breaks', () => {
      for (const [decision, lead] of [['Geadviseerd wordt in te stemmen.', '\r\n\r\n'], ['Geadviseerd wordt:\n\n- in te stemmen;', '\r\n- ']] as const) {
        const broken = noteWith(minister, decision).replace(/\n/g, '\r\n');
        const { edits, fixed } = offered(service, 'file:///crlf-aan.md', broken, 'portfolio-holder-missing');
        assert.deepEqual(edits.map((e) => e.newText), [`${lead}${sentence}`]);
        assert.ok(keepsAuthorText(broken, fixed));
      }
    });
  });

  describe('replacing a value', () => {
    it('writes a date it can read in Dutch long form, over exactly the value, and Fix all does so too', () => {
      const broken = FRONTMATTER.replace('19 maart 2026', '19-3-2026') + AANLEIDING;
      const { fix, edits } = offered(service, 'file:///datum.md', broken, 'date-invalid');
      assert.equal(fix?.title, 'Datum schrijven als ‘19 maart 2026’');
      assert.equal(fix?.isPreferred, true);
      assert.deepEqual(edits, [{ range: { start: { line: 5, character: 7 }, end: { line: 5, character: 16 } }, newText: '19 maart 2026' }]);
      assert.ok(fixAll(service, 'file:///datum.md', broken)?.includes('\ndatum: 19 maart 2026\n'));
    });

    it('offers nothing for a date it cannot read', () => {
      const broken = FRONTMATTER.replace('19 maart 2026', 'binnenkort') + AANLEIDING;
      const { fix, actions } = offered(service, 'file:///geen-datum.md', broken, 'date-invalid');
      assert.equal(fix, undefined);
      assert.deepEqual(actions, []);
    });

    it('redacts personal data with the marker of the note type, over exactly the data, never in Fix all', () => {
      const body = '\n## 1. Aanleiding\n\nMail jan@example.nl of bel.\n';
      const { fix, edits } = offered(service, 'file:///lak.md', FRONTMATTER + body, 'personal-data');
      assert.equal(fix?.title, 'Lakken als ‘[5.1.2e]’');
      assert.equal(fix?.isPreferred, true);
      assert.deepEqual(edits, [{ range: { start: { line: 11, character: 5 }, end: { line: 11, character: 19 } }, newText: '[5.1.2e]' }]);
      const own = createLanguageService({ extraNoteTypes: [{ origin: 'memo.schema.json', schema: {
        'x-nota-type': 'memo', title: 'Memo', type: 'object', 'x-nota-personal-data': { redaction: '[AVG]' },
      } }] });
      const memo = offered(own, 'file:///memo.md', '---\ntype: memo\n---\n' + body, 'personal-data');
      assert.equal(memo.fix?.title, 'Lakken als ‘[AVG]’');
      assert.deepEqual(memo.edits.map((e) => e.newText), ['[AVG]']);
      assert.equal(fixAll(own, 'file:///memo.md', '---\ntype: memo\n---\n' + body), null);
    });
  });

  describe('renumbering', () => {
    it('is offered as the preferred fix and is part of Fix all', () => {
      const broken = FRONTMATTER + AANLEIDING + BESLUIT.replace('## 2.', '## 3.');
      const { fix, edits } = offered(service, 'file:///nummers.md', broken, 'section-numbering');
      assert.equal(fix?.title, 'Alle secties hernummeren');
      assert.equal(fix?.isPreferred, true);
      assert.deepEqual(edits, [{ range: { start: { line: 13, character: 3 }, end: { line: 13, character: 4 } }, newText: '2' }]);
      assert.ok(fixAll(service, 'file:///nummers.md', broken)?.includes('\n## 2. Geadviseerd besluit\n'));
    });

    it('is not offered when no number can be written (a setext heading)', () => {
      const broken = FRONTMATTER + AANLEIDING + '\nGeadviseerd besluit\n-------------------\n\nU wordt geadviseerd, MJenV, in te stemmen.\n';
      const { fix } = offered(service, 'file:///setext.md', broken, 'section-numbering');
      assert.equal(fix, undefined);
    });
  });
});
