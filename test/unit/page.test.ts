import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { bodyBlocks, blocksByLines } from '../../server/src/core/page/bodyBlocks';
import { htmlText } from '../../server/src/core/page/htmlText';
import { EXPORT_SIZE_LIMIT } from '../../server/src/core/page/exportNote';
import type { Block } from '../../server/src/core/page/notePage';
import { EXAMPLES, FIXTURES, ROOT, doc } from '../support/fixtures';
import { timeLimit } from '../support/timeLimit';

const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
const minimal = readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8');
const labels = { image: 'afbeelding' };

describe('the page description', () => {
  const service = createLanguageService();
  const page = (text: string, request: { force?: boolean; concept?: boolean } = {}) => {
    const result = service.page(doc(`file:///page-${text.length}.md`, text), { locale: 'nl', ...request });
    assert.ok(result, 'a note has a page');
    return result;
  };

  it('lays out the example as the printed note: addressees, column, word, subject, running header', () => {
    const p = page(example);
    assert.equal(p.language, 'nl-NL');
    assert.equal(p.title, 'Beleidsreactie Monitor Seksueel Geweld tegen kinderen 2020-2024');
    assert.equal(p.subject, p.title);
    assert.equal(p.documentWord, 'nota');
    assert.deepEqual(p.addressees, ['Minister van Justitie en Veiligheid', 'Staatssecretaris van Justitie en Veiligheid']);
    assert.deepEqual(p.column, {
      organisation: ['Directoraat-Generaal Rechtspleging en Rechtshandhaving'],
      units: ['Directie Rechtshandhaving en Criminaliteitsbestrijding', 'Cybercrime en zeden'],
      visitingAddress: ['Turfmarkt 147', '2511 DP Den Haag'],
      postalAddress: ['Postbus 20301', '2500 EH Den Haag'],
      fields: [
        { label: 'Datum', value: '19 maart 2026' },
        { label: 'Onze referentie', value: '7244668' },
        { label: 'Bijlage(n)', value: '2' },
      ],
    });
    // Later pages repeat the sender, Datum and Onze referentie, as the published note does on its page 2.
    assert.deepEqual(p.runningHeader, {
      organisation: ['Directoraat-Generaal Rechtspleging en Rechtshandhaving'],
      units: ['Directie Rechtshandhaving en Criminaliteitsbestrijding', 'Cybercrime en zeden'],
      fields: [{ label: 'Datum', value: '19 maart 2026' }, { label: 'Onze referentie', value: '7244668' }],
    });
    assert.equal(p.concept, false);
    const headings = p.body.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading').map((h) => `${h.level} ${h.content.map((c) => (c.kind === 'text' ? c.text : '')).join('')}`);
    assert.deepEqual(headings, ['2 1. Aanleiding', '2 2. Geadviseerd besluit', '2 3. Kernpunten', '2 4. Toelichting', '3 Bevindingen', '3 4.1. Afstemming', '2 5. Informatie die niet openbaar gemaakt kan worden']);
  });

  it('writes an ISO date in Dutch long form, and takes the document word from the note type', () => {
    assert.deepEqual(page(minimal.replace('datum: 19 maart 2026', 'datum: 2026-03-09')).column.fields[0], { label: 'Datum', value: '9 maart 2026' });
    const informatienota = readFileSync(path.join(FIXTURES, 'informatienota-valid.md'), 'utf8');
    assert.equal(page(informatienota).documentWord, 'informatienota');
  });

  it('flags a column value that has a finding (an impossible date), and no other', () => {
    const p = page(minimal.replace('datum: 19 maart 2026', 'datum: 31 februari 2026'));
    assert.deepEqual(p.column.fields.find((f) => f.label === 'Datum'), { label: 'Datum', value: '31 februari 2026', flagged: true });
    assert.equal(p.column.fields.find((f) => f.label === 'Onze referentie')?.flagged, undefined);
  });

  it('falls back to the note type\'s title without a subject, and leaves out what the note does not give', () => {
    const p = page(minimal.replace(/^onderwerp:.*\n/m, ''), { force: true });
    assert.equal(p.subject, '');
    assert.equal(p.title, 'Beslisnota');
    assert.deepEqual(p.column.organisation, []);
    assert.deepEqual(p.column.fields.map((f) => f.label), ['Datum', 'Onze referentie']);
  });

  it('lets a note type say which fields fill the page (x-nota-page)', () => {
    const memo = {
      'x-nota-type': 'memo', title: 'Memo', 'x-nota-page': { documentWord: 'memo', subject: 'titel', addressees: 'voor', date: 'dag' },
      type: 'object', properties: { frontmatter: { type: 'object' } },
    };
    const custom = createLanguageService({ extraNoteTypes: [{ schema: memo, origin: 'test' }] });
    const p = custom.page(doc('file:///memo.md', '---\ntype: memo\ntitel: Over iets\nvoor:\n  - Directeur\ndag: 2026-01-02\n---\n\nTekst.\n'), { locale: 'nl' });
    assert.ok(p);
    assert.equal(p.documentWord, 'memo');
    assert.equal(p.subject, 'Over iets');
    assert.deepEqual(p.addressees, ['Directeur']);
    assert.deepEqual(p.column.fields, [{ label: 'Datum', value: '2 januari 2026' }]);
  });

  describe('the body as blocks', () => {
    it('reads GFM: tables with their alignment, task lists, strikethrough, footnotes after the text', () => {
      const blocks = bodyBlocks('| a | b |\n|:--|--:|\n| 1 | **2** |\n\n- [x] klaar\n- [ ] open\n\n~~weg~~ en verder[^1]\n\n[^1]: De voetnoot.\n', labels);
      assert.deepEqual(blocks[0], {
        kind: 'table', align: ['left', 'right'],
        header: [[{ kind: 'text', text: 'a' }], [{ kind: 'text', text: 'b' }]],
        rows: [[[{ kind: 'text', text: '1' }], [{ kind: 'text', text: '2', bold: true }]]],
      });
      assert.deepEqual(blocks[1], {
        kind: 'list', ordered: false, start: 1,
        items: [
          { checked: true, blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: 'klaar' }] }] },
          { checked: false, blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: 'open' }] }] },
        ],
      });
      assert.deepEqual(blocks[2], { kind: 'paragraph', content: [{ kind: 'text', text: 'weg', strike: true }, { kind: 'text', text: ' en verder' }, { kind: 'text', text: '[1]' }] });
      assert.deepEqual(blocks[3], { kind: 'paragraph', content: [{ kind: 'text', text: '[1] ' }, { kind: 'text', text: 'De voetnoot.' }] });
    });

    it('nests lists as written, keeps an ordered list\'s start, and reads quotes, code and rules', () => {
      const blocks = bodyBlocks('3. drie\n   - onder\n     - dieper\n4. vier\n\n> geciteerd\n\n```\nx = 1\n```\n\n---\n', labels);
      assert.equal(blocks[0]?.kind, 'list');
      const list = blocks[0] as Extract<Block, { kind: 'list' }>;
      assert.equal(list.ordered, true);
      assert.equal(list.start, 3);
      const inner = list.items[0]?.blocks[1] as Extract<Block, { kind: 'list' }>;
      assert.equal(inner.kind, 'list');
      assert.equal((inner.items[0]?.blocks[1] as Extract<Block, { kind: 'list' }>).kind, 'list');
      assert.deepEqual(blocks.slice(1), [
        { kind: 'quote', blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: 'geciteerd' }] }] },
        { kind: 'code', text: 'x = 1' },
        { kind: 'rule' },
      ]);
    });

    it('links only to the web and e-mail; images become their description and are never fetched', () => {
      const blocks = bodyBlocks('[web](https://example.org) [mail](mailto:a@b.nl) [kwaad](javascript:alert(1)) [lokaal](file:///etc/passwd)\n\n![Grafiek van de cijfers](https://tracker.example/pixel.png) ![](grafiek.png)\n', labels);
      const links = (blocks[0] as Extract<Block, { kind: 'paragraph' }>).content.filter((c) => c.kind === 'text' && c.link).map((c) => (c.kind === 'text' ? c.link : ''));
      assert.deepEqual(links, ['https://example.org', 'mailto:a@b.nl']);
      assert.deepEqual((blocks[0] as Extract<Block, { kind: 'paragraph' }>).content.map((c) => (c.kind === 'text' ? c.text : '\n')).join(''), 'web mail kwaad lokaal');
      assert.deepEqual(blocks[1], { kind: 'paragraph', content: [{ kind: 'text', text: '[afbeelding: Grafiek van de cijfers]' }, { kind: 'text', text: ' ' }, { kind: 'text', text: '[afbeelding: grafiek.png]' }] });
    });

    it('keeps the text of raw HTML without its tags, and drops scripts, styles and comments', () => {
      const blocks = bodyBlocks('<div class="x"><b>Vet</b> &amp; <i>schuin</i><script>alert("x")</script></div>\n\n<!-- een notitie -->\n\n<style>p{}</style>\n\nEen <span onclick="x()">regel</span><br>verder.\n', labels);
      assert.deepEqual(blocks, [
        { kind: 'paragraph', content: [{ kind: 'text', text: 'Vet & schuin' }] },
        { kind: 'paragraph', content: [{ kind: 'text', text: 'Een ' }, { kind: 'text', text: 'regel' }, { kind: 'break' }, { kind: 'text', text: 'verder.' }] },
      ]);
      assert.equal(htmlText('a<script src="x">var x = "<b>";</script>b'), 'ab');
      assert.equal(htmlText('&lt;tag&gt; &#233; &#x1F600; &bogus; &#0;'), '<tag> é 😀 &bogus; \ufffd');
      assert.equal(htmlText('<a title="1 > 2">tekst</a>'), 'tekst');
    });

    it('reads Markdown too deeply nested for the parser line by line, every character kept', () => {
      const deep = `${'> '.repeat(200)}diep\n\n## Kop\n\nTekst [[[[.\n`;
      const blocks = bodyBlocks(deep, labels);
      assert.deepEqual(blocks, blocksByLines(deep));
      assert.deepEqual(blocks[1], { kind: 'heading', level: 2, content: [{ kind: 'text', text: 'Kop' }] });
      assert.ok(JSON.stringify(blocks).includes(`${'> '.repeat(200)}diep`));
    });
  });

  describe('what may be exported', () => {
    const prepare = (text: string, force = false, uri = `file:///export-${text.length}.md`) => service.prepareExport(doc(uri, text), { locale: 'nl', force });

    it('exports a valid note as it is', () => {
      const prepared = prepare(example);
      assert.equal(prepared.kind, 'page');
      assert.equal(prepared.kind === 'page' && prepared.page.concept, false);
    });

    it('refuses a note with errors, listing them; warnings do not block', () => {
      const withError = prepare(minimal.replace('datum: 19 maart 2026', 'datum: 31 februari 2026'));
      assert.equal(withError.kind, 'refused');
      assert.deepEqual(withError.kind === 'refused' && withError.errors.map((e) => e.code), ['date-invalid']);
      const withWarning = prepare(minimal.replace('---\n\n', 'eigen-veld: ja\n---\n\n'));
      assert.equal(withWarning.kind, 'page');
      assert.deepEqual(withWarning.kind === 'page' && withWarning.warnings.map((w) => w.code), ['field-unknown']);
    });

    it('exports a note with errors when forced, marked CONCEPT', () => {
      const prepared = prepare(minimal.replace('datum: 19 maart 2026', 'datum: 31 februari 2026'), true);
      assert.equal(prepared.kind === 'page' && prepared.page.concept, true);
      // A forced note without errors is no draft.
      const clean = prepare(example, true);
      assert.equal(clean.kind === 'page' && clean.page.concept, false);
    });

    it('refuses a note over the size limit before reading it, and what is not a note', () => {
      const huge = minimal + 'x'.repeat(EXPORT_SIZE_LIMIT);
      const started = Date.now();
      assert.deepEqual(prepare(huge), { kind: 'too-large', size: huge.length, limit: EXPORT_SIZE_LIMIT });
      assert.ok(Date.now() - started < timeLimit(1000), 'the size is checked before the note is parsed');
      assert.deepEqual(prepare('# Gewoon een document\n', false, 'file:///README.md'), { kind: 'not-a-note' });
    });
  });

  it('the built-in note types say which word they set large (schemas are the source)', () => {
    for (const [file, word] of [['beslisnota', 'nota'], ['informatienota', 'informatienota']] as const) {
      const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', `${file}.schema.json`), 'utf8')) as Record<string, { documentWord?: string }>;
      assert.equal(schema['x-nota-page']?.documentWord, word);
    }
  });

  describe('which fields fill the page', () => {
    const service2 = (schemaPage: unknown) =>
      createLanguageService({ extraNoteTypes: [{ schema: { 'x-nota-type': 'memo', title: 'Memo', 'x-nota-page': schemaPage, type: 'object' }, origin: 'test' }] });
    const text = '---\ntype: memo\nonderwerp: Standaard\ntitel: Eigen\ndatum: 2026-01-02\ndag: 3 februari 2026\naan: Eén geadresseerde\nvoor:\n  - A\n  - "  "\n  - B\nreferentie: 12\nbijlagen: true\n---\n';
    const pageOf = (schemaPage: unknown) => service2(schemaPage).page(doc('file:///memo.md', text), { locale: 'nl' });

    it('takes known keys with a text value from x-nota-page, and the defaults for the rest', () => {
      const p = pageOf({ subject: 'titel', date: '  ', addressees: 7, onbekend: 'dag', documentWord: ' memo ' });
      assert.equal(p?.subject, 'Eigen');
      assert.equal(p?.documentWord, 'memo');
      assert.deepEqual(p?.column.fields, [{ label: 'Datum', value: '2 januari 2026' }, { label: 'Onze referentie', value: '12' }, { label: 'Bijlage(n)', value: 'true' }]);
      assert.deepEqual(p?.addressees, ['Eén geadresseerde'], 'one value is one line');
      assert.deepEqual(pageOf({ addressees: 'voor', date: 'dag' })?.addressees, ['A', 'B'], 'a list is a line per value, empty ones left out');
      assert.deepEqual(pageOf({ date: 'dag' })?.column.fields[0], { label: 'Datum', value: '3 februari 2026' });
    });

    it('takes the defaults for an x-nota-page that is not an object, and the type title without a subject', () => {
      for (const spec of [null, 'memo', ['subject'], 3]) {
        const p = pageOf(spec);
        assert.equal(p?.subject, 'Standaard');
        assert.equal(p?.documentWord, 'nota');
      }
      const untitled = service2({ subject: 'geen' }).page(doc('file:///memo2.md', '---\ntype: memo\ngeen: "   "\n---\n'), { locale: 'nl' });
      assert.equal(untitled?.title, 'Memo');
      assert.equal(untitled?.subject, '');
    });

    it('splits an address written on one line at its commas, and keeps the running header without attachments', () => {
      const p = page(minimal.replace('---\n\n', 'afzender:\n  organisatie: Ministerie\n  onderdeel: Eén directie\n  bezoekadres: Turfmarkt 147,2511 DP Den Haag ,\n  postadres:  Postbus 20301,  2500 EH  Den Haag\nbijlagen: 3\n---\n\n'));
      assert.deepEqual(p.column.visitingAddress, ['Turfmarkt 147', '2511 DP Den Haag']);
      assert.deepEqual(p.column.postalAddress, ['Postbus 20301', '2500 EH  Den Haag']);
      assert.deepEqual(p.column.units, ['Eén directie']);
      assert.deepEqual(p.runningHeader.fields.map((f) => f.label), ['Datum', 'Onze referentie']);
      assert.deepEqual(p.column.fields.map((f) => f.label), ['Datum', 'Onze referentie', 'Bijlage(n)']);
    });

    it('flags the values with a finding: a wrong reference, an unreadable date; not those next to them', () => {
      const p = page(minimal.replace('referentie: "7244668"', 'referentie: "12"').replace('datum: 19 maart 2026', 'datum: 19-03-2026'));
      assert.deepEqual(p.column.fields, [{ label: 'Datum', value: '19-03-2026', flagged: true }, { label: 'Onze referentie', value: '12', flagged: true }]);
      const clean = page(minimal.replace('referentie: "7244668"', 'referentie: "12"'));
      assert.deepEqual(clean.column.fields, [{ label: 'Datum', value: '19 maart 2026' }, { label: 'Onze referentie', value: '12', flagged: true }]);
    });
  });
});
