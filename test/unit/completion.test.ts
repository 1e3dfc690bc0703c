import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, type NotaLanguageService } from '../../server/src/core/languageService';
import { FIXTURES, doc } from '../support/fixtures';
import { apply } from '../support/edits';

const minimal = readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8');
const today = new Date(2026, 10, 28);
const service = createLanguageService();

function at(text: string, line: number, character: number, options: { uri?: string; service?: NotaLanguageService; locale?: 'nl' | 'en' } = {}): CompletionItem[] {
  return (options.service ?? service).completions(doc(options.uri ?? 'file:///c.md', text), { line, character }, { locale: options.locale ?? 'nl', today });
}

/** The cursor at the end of the first line that is exactly `line`. */
function atEndOf(text: string, line: string, options?: Parameters<typeof at>[3]): CompletionItem[] {
  const index = text.split('\n').indexOf(line);
  assert.ok(index >= 0, `no line ${JSON.stringify(line)}`);
  return at(text, index, line.length, options);
}

function edit(item: CompletionItem | undefined): TextEdit {
  assert.ok(item?.textEdit && 'range' in item.textEdit, 'an item with a text edit');
  return item.textEdit;
}

/** [start line, start character, end line, end character] of an item's edit. */
function span(item: CompletionItem | undefined): number[] {
  const { range } = edit(item);
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

/** In the order the editor lists them: by sort text (the label where there is none), as plain strings. */
function listed(items: CompletionItem[]): string[] {
  const key = (item: CompletionItem) => item.sortText ?? item.label;
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).map((item) => item.label);
}

function frontmatterFindings(text: string): string[] {
  return (service.check(doc('file:///applied.md', text), { locale: 'nl' }) ?? []).map((f) => f.code).filter((code) => code.startsWith('frontmatter'));
}

/** A note type of its own: a fixed value, a choice of twelve, keys without descriptions and no required keys. */
const memo = createLanguageService({ extraNoteTypes: [{ origin: 'memo.schema.json', schema: {
  'x-nota-type': 'memo', title: 'Memo', type: 'object',
  properties: { frontmatter: { type: 'object', properties: {
    type: { const: 'memo' },
    klasse: { const: 'intern' },
    maand: { enum: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] },
    kenmerken: { type: 'array', items: { type: 'string' } },
    opmaak: { type: 'object' },
  } } },
} }] });

describe('completion', () => {
  describe('frontmatter keys', () => {
    const lacking = minimal.replace('onderwerp: Voorbeeld van een nota\n', '').replace('referentie: "7244668"\n', '\n');

    it('offers the missing keys, required ones first, each with room for its value (a list item, a nested key)', () => {
      const items = atEndOf(lacking, '');
      assert.deepEqual(listed(items), ['onderwerp', 'referentie', 'afzender', 'bijlagen', 'kopie-aan']);
      assert.deepEqual(items.map((i) => [i.label, i.detail, edit(i).newText]), [
        ['onderwerp', 'Beslisnota, verplicht', 'onderwerp: $0'],
        ['referentie', 'Beslisnota, verplicht', 'referentie: $0'],
        ['bijlagen', 'Beslisnota', 'bijlagen: $0'],
        ['afzender', 'Beslisnota', 'afzender:\n  $0'],
        ['kopie-aan', 'Beslisnota', 'kopie-aan:\n  - $0'],
      ]);
      const [first] = items;
      assert.deepEqual([first?.kind, first?.insertTextFormat, first?.documentation], [CompletionItemKind.Property, InsertTextFormat.Snippet, { kind: 'markdown', value: 'Het onderwerp van de nota.' }]);
      assert.deepEqual(atEndOf(lacking, '', { locale: 'en' })[0]?.detail, 'Beslisnota, required');
    });

    it('replaces the part of the key typed so far', () => {
      const text = minimal.replace('---\n\n## 1.', 'kopie\n---\n\n## 1.');
      const item = atEndOf(text, 'kopie').find((i) => i.label === 'kopie-aan');
      assert.deepEqual(span(item), [7, 0, 7, 5]);
      assert.match(apply(text, [edit(item)]), /^referentie: "7244668"\nkopie-aan:\n {2}- \$0\n---$/m);
    });

    it('puts a key offered before other text on a line of its own: the closing fence and the next key stay', () => {
      const [beforeFence] = at(minimal, 7, 0);
      assert.equal(edit(beforeFence).newText, 'bijlagen: $0\n');
      assert.deepEqual(span(beforeFence), [7, 0, 7, 0]);
      assert.match(apply(minimal, [edit(beforeFence)]), /^referentie: "7244668"\nbijlagen: \$0\n---\n/m);
      const [beforeKey] = at(minimal, 5, 0);
      assert.equal(edit(beforeKey).newText, 'bijlagen: $0\n');
      // Spaces after the cursor are no text: no line is added for them.
      const [beforeSpaces] = at(minimal.replace('---\n\n## 1.', '   \n---\n\n## 1.'), 7, 0);
      assert.equal(edit(beforeSpaces).newText, 'bijlagen: $0');
    });

    it('offers nothing on the opening fence, and nothing (no headings) below a frontmatter not closed yet', () => {
      assert.deepEqual(at(minimal, 0, 0), []);
      assert.deepEqual(at(minimal, 0, 3), []);
      assert.deepEqual(at('---\ntype: beslisnota\n\n', 2, 0), []);
    });

    it('offers a note type\'s keys without a description or a required list as they are', () => {
      const items = at('---\ntype: memo\n\n---\n', 2, 0, { service: memo });
      assert.deepEqual(items.map((i) => [i.label, i.detail, i.documentation, i.sortText]), [
        ['klasse', 'Memo', undefined, '1klasse'], ['maand', 'Memo', undefined, '1maand'], ['kenmerken', 'Memo', undefined, '1kenmerken'], ['opmaak', 'Memo', undefined, '1opmaak'],
      ]);
    });
  });

  describe('frontmatter values', () => {
    it('offers every note type on the `type` line of a note, replacing what is typed', () => {
      const items = at(minimal, 1, 9);
      assert.deepEqual(items.map((i) => [i.label, i.detail, edit(i).newText, span(i)]), [
        ['beslisnota', 'Beslisnota', 'beslisnota', [1, 6, 1, 9]],
        ['informatienota', 'Informatienota', 'informatienota', [1, 6, 1, 9]],
      ]);
    });

    it('offers today for a date, in Dutch and in ISO form, replacing what is typed after the spaces', () => {
      const text = minimal.replace('datum: 19 maart 2026', 'datum:  19');
      const items = atEndOf(text, 'datum:  19');
      assert.deepEqual(listed(items), ['28 november 2026', '2026-11-28']);
      assert.deepEqual(items.map((i) => [edit(i).newText, span(i), i.kind]), [['28 november 2026', [5, 8, 5, 10], CompletionItemKind.Value], ['2026-11-28', [5, 8, 5, 10], CompletionItemKind.Value]]);
    });

    it('after a `:` typed without a space (which opens the list), the value comes with its space', () => {
      const text = minimal.replace('datum: 19 maart 2026', 'datum:');
      const [date] = atEndOf(text, 'datum:');
      assert.deepEqual([edit(date).newText, span(date)], [' 28 november 2026', [5, 6, 5, 6]]);
      const applied = apply(text, [edit(date)]);
      assert.match(applied, /^datum: 28 november 2026$/m);
      assert.deepEqual(frontmatterFindings(applied), []);
      // The same in a Markdown file that is not a note yet.
      const [type] = at('---\ntype:\n---\n', 1, 5);
      assert.deepEqual([type?.label, edit(type).newText, span(type)], ['beslisnota', ' beslisnota', [1, 5, 1, 5]]);
      assert.equal(edit(at('---\ntype:\tbes\n---\n', 1, 9)[0]).range.start.character, 6);
    });

    it('offers a fixed value and a choice in the schema\'s order, also past ten of them', () => {
      assert.deepEqual(at('---\ntype: memo\nklasse: \n---\n', 2, 8, { service: memo }).map((i) => i.label), ['intern']);
      const months = at('---\ntype: memo\nmaand: \n---\n', 2, 7, { service: memo });
      assert.deepEqual(listed(months), ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']);
    });

    it('offers no values for a key without fixed values, for a nested key, or after a `type:` that is not the key', () => {
      assert.deepEqual(atEndOf(minimal.replace('onderwerp: Voorbeeld van een nota', 'onderwerp: '), 'onderwerp: '), []);
      const nested = minimal.replace('---\n\n## 1.', 'afzender:\n  type: \n---\n\n## 1.');
      assert.deepEqual(atEndOf(nested, '  type: '), []);
      assert.deepEqual(at('---\ntype: mijn nota\n---\n', 1, 15), [], 'a value with a space is no type being typed');
      assert.deepEqual(at('---\nsubtype: \n---\n', 1, 9), []);
    });
  });

  describe('addressees', () => {
    const adding = (item: string) => minimal.replace('  - Minister van Justitie en Veiligheid', `  - Minister van Justitie en Veiligheid\n${item}`);

    it('offers every listed portfolio holder in the registry\'s order, with its short forms, but those in `aan` already', () => {
      const items = at(adding('  - '), 5, 4);
      const rows = items.map((i) => `${i.label} | ${i.detail ?? ''} | ${i.filterText ?? ''}`);
      assert.deepEqual(rows, [
        'Minister-president | MAZ | Minister-president MAZ',
        'Minister van Buitenlandse Zaken | MBZ | Minister van Buitenlandse Zaken MBZ',
        'Minister van Buitenlandse Handel en Ontwikkelingssamenwerking |  | Minister van Buitenlandse Handel en Ontwikkelingssamenwerking',
        'Minister van Asiel en Migratie |  | Minister van Asiel en Migratie',
        'Minister van Binnenlandse Zaken en Koninkrijksrelaties | MBZK | Minister van Binnenlandse Zaken en Koninkrijksrelaties MBZK',
        'Minister van Volkshuisvesting en Ruimtelijke Ordening |  | Minister van Volkshuisvesting en Ruimtelijke Ordening',
        'Minister van Onderwijs, Cultuur en Wetenschap | MOCW | Minister van Onderwijs, Cultuur en Wetenschap MOCW',
        'Minister van Financiën | MFin | Minister van Financiën MFin',
        'Minister van Defensie | MDef | Minister van Defensie MDef',
        'Minister van Infrastructuur en Waterstaat | MIenW | Minister van Infrastructuur en Waterstaat MIenW',
        'Minister van Economische Zaken en Klimaat | MEZK, MEZ | Minister van Economische Zaken en Klimaat MEZK MEZ',
        'Minister van Klimaat en Groene Groei |  | Minister van Klimaat en Groene Groei',
        'Minister van Landbouw, Visserij, Voedselzekerheid en Natuur | MLVVN | Minister van Landbouw, Visserij, Voedselzekerheid en Natuur MLVVN',
        'Minister van Sociale Zaken en Werkgelegenheid | MSZW | Minister van Sociale Zaken en Werkgelegenheid MSZW',
        'Minister van Werk en Participatie |  | Minister van Werk en Participatie',
        'Minister van Volksgezondheid, Welzijn en Sport | MVWS | Minister van Volksgezondheid, Welzijn en Sport MVWS',
        'Minister van Langdurige Zorg, Jeugd en Sport |  | Minister van Langdurige Zorg, Jeugd en Sport',
        'Staatssecretaris van Justitie en Veiligheid | SJenV | Staatssecretaris van Justitie en Veiligheid SJenV',
        'Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties | SBZK | Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties SBZK',
        'Staatssecretaris van Onderwijs, Cultuur en Wetenschap | SOCW | Staatssecretaris van Onderwijs, Cultuur en Wetenschap SOCW',
        'Staatssecretaris van Financiën | SFin | Staatssecretaris van Financiën SFin',
        'Staatssecretaris van Herstel en Toeslagen |  | Staatssecretaris van Herstel en Toeslagen',
        'Staatssecretaris van Defensie | SDef | Staatssecretaris van Defensie SDef',
      ]);
      assert.deepEqual(listed(items), items.map((i) => i.label), 'the editor keeps the registry\'s order');
      assert.ok(items.every((i) => i.detail !== ''), 'no empty detail');
    });

    it('replaces the part of a title typed after the dash and its spaces', () => {
      const items = atEndOf(adding('  - Staats'), '  - Staats');
      assert.deepEqual(span(items[0]), [5, 4, 5, 10]);
      assert.equal(edit(items[0]).newText, 'Minister-president');
      assert.deepEqual(span(atEndOf(adding('  -  Staats'), '  -  Staats')[0]), [5, 5, 5, 11]);
    });

    it('after a `-` typed without a space (which opens the list), the title comes with its space', () => {
      const text = adding('  -');
      const item = atEndOf(text, '  -').find((i) => i.label === 'Staatssecretaris van Justitie en Veiligheid');
      assert.deepEqual([edit(item).newText, span(item)], [' Staatssecretaris van Justitie en Veiligheid', [5, 3, 5, 3]]);
      const applied = apply(text, [edit(item)]);
      assert.match(applied, /^ {2}- Staatssecretaris van Justitie en Veiligheid$/m);
      assert.deepEqual(frontmatterFindings(applied), []);
    });

    it('filters a title offered at the indentation by what the editor sees there: the dash, the title, its short forms', () => {
      const item = at(adding('  '), 5, 2).find((i) => i.label === 'Staatssecretaris van Financiën');
      assert.deepEqual([item?.filterText, edit(item).newText], ['- Staatssecretaris van Financiën SFin', '- Staatssecretaris van Financiën']);
    });

    it('details a portfolio with the short forms where there are any', () => {
      const listing = createLanguageService({ registries: [{ portfolioHolders: [
        { role: 'minister', portfolio: 'Asiel en Migratie', portfolios: ['Asiel'] },
        { role: 'minister', portfolio: 'Economische Zaken en Klimaat', portfolios: ['Klimaat'] },
      ] }] });
      const rows = at(adding('  - '), 5, 4, { service: listing }).filter((i) => i.label.includes('–')).map((i) => [i.label, i.detail, i.filterText]);
      assert.deepEqual(rows, [
        ['Minister van Asiel en Migratie – Asiel', 'Asiel', 'Minister van Asiel en Migratie – Asiel'],
        ['Minister van Economische Zaken en Klimaat – Klimaat', 'MEZK, MEZ · Klimaat', 'Minister van Economische Zaken en Klimaat – Klimaat MEZK MEZ'],
      ]);
    });

    it('offers no titles where no addressee belongs', () => {
      const copy = minimal.replace('---\n\n## 1.', 'kopie-aan:\n  - \n---\n\n## 1.');
      assert.deepEqual(atEndOf(copy, '  - '), [], 'a copy goes to anyone, not only to portfolio holders');
      const colon = minimal.replace('---\n\n## 1.', 'kopie-aan:\n  - "Cc aan: DGRR"\n  - \n---\n\n## 1.');
      assert.deepEqual(atEndOf(colon, '  - '), [], 'an item holding a colon is no key');
      assert.deepEqual(atEndOf(adding('Minister van '), 'Minister van '), [], 'column 0 holds keys');
      assert.deepEqual(atEndOf(adding('Minister -'), 'Minister -'), [], 'nor is a dash after text an item');
      assert.deepEqual(atEndOf(adding('  Min'), '  Min'), [], 'text without a dash is no item');
    });
  });

  describe('a new note', () => {
    const skeleton = service.newNote(undefined, { format: 'snippet', today });

    it('offers the whole template in an empty note file', () => {
      for (const text of ['', '\n']) {
        const items = at(text, 0, 0, { uri: 'file:///nieuw.nota.md' });
        const item = items.find((i) => i.kind === CompletionItemKind.Snippet);
        assert.deepEqual([item?.label, item?.detail, item?.insertTextFormat, edit(item).newText, span(item)], ['Nieuwe beslisnota', 'Beslisnota', InsertTextFormat.Snippet, skeleton, [0, 0, 0, 0]]);
      }
      assert.equal(at('', 0, 0, { uri: 'file:///nieuw.nota.md', locale: 'en' })[0]?.label, 'New beslisnota');
    });

    it('replaces the word typed so far, with its indentation', () => {
      assert.deepEqual(span(at('besl', 0, 4, { uri: 'file:///nieuw.nota.md' })[0]), [0, 0, 0, 4]);
      assert.deepEqual(span(at('  besl', 0, 6, { uri: 'file:///nieuw.nota.md' })[0]), [0, 0, 0, 6]);
    });

    it('does not offer it in a file that holds text', () => {
      const labels = (text: string, line: number, character: number) => at(text, line, character, { uri: 'file:///nieuw.nota.md' }).map((i) => i.label);
      assert.ok(!labels('twee woorden', 0, 12).includes('Nieuwe beslisnota'));
      assert.ok(!labels('\n\nTekst.\n', 0, 0).includes('Nieuwe beslisnota'));
    });
  });

  describe('section headings', () => {
    const withoutKernpunten = minimal.replace('## 3. Kernpunten\n\n- Punt.\n\n', '');
    const typing = (heading: string) => withoutKernpunten.replace('## 4. Toelichting', `${heading}\n\n## 4. Toelichting`);

    it('offers the missing section as its number and title are typed, replacing the whole line', () => {
      for (const heading of ['## 3. Ker', '##  3. Ker', '##\t3.\tKer', '## Ker']) {
        const items = atEndOf(typing(heading), heading);
        assert.deepEqual(items.map((i) => [i.label, i.preselect, span(i), i.filterText]), [['3. Kernpunten', true, [17, 0, 17, heading.length], `${heading} Kernpunten`]], heading);
      }
    });

    it('offers no headings in running text or after punctuation in a heading', () => {
      assert.deepEqual(atEndOf(typing('Zie ##'), 'Zie ##'), []);
      assert.deepEqual(atEndOf(typing('## 3. Kernpunten, kort'), '## 3. Kernpunten, kort'), []);
    });

    it('offers above the first section what may precede it, and below it what may follow, each section once', () => {
      const only = '---\ntype: beslisnota\n---\n\n\n## 1. Kernpunten\n\n';
      assert.deepEqual(at(only, 4, 0).map((i) => i.label), ['1. Aanleiding', '1. Geadviseerd besluit']);
      assert.deepEqual(at(only, 7, 0).map((i) => i.label), [
        '2. Toelichting', '2. Krachtenveld', '2. Juridische aspecten', '2. Financiële aspecten', '2. Uitvoering', '2. Communicatie', '2. Fraudetoets', '2. Toezeggingen',
        '2. Informatie die niet openbaar gemaakt kan worden',
      ]);
      const optionalFirst = '---\ntype: beslisnota\n---\n\n## 1. Krachtenveld\n\n';
      assert.ok(!at(optionalFirst, 6, 0).some((i) => i.label.endsWith('Krachtenveld')), 'a section in the note is not offered again');
    });

    it('does not offer below a later required section one that is missing above it', () => {
      const text = minimal.replace('## 2. Geadviseerd besluit\n\nU wordt geadviseerd, MJenV, in te stemmen.\n\n', '').replace('- Punt.\n', '- Punt.\n\n## \n');
      assert.deepEqual(atEndOf(text, '## ').map((i) => i.label), []);
      const optional = minimal.replace('Toelichting.\n', 'Toelichting.\n\n## \n\n## 6. Krachtenveld\n\nTekst.\n');
      assert.ok(!atEndOf(optional, '## ').some((i) => i.label.endsWith('Krachtenveld')));
      assert.equal(atEndOf(optional, '## ').length, 6);
    });

    it('preselects only the first required section missing, and keeps the schema\'s order past ten sections', () => {
      const text = '---\ntype: beslisnota\n---\n\n## 1. Aanleiding\n\n';
      const items = at(text, 6, 0);
      assert.deepEqual(items.filter((i) => i.preselect).map((i) => i.label), ['2. Geadviseerd besluit']);
      assert.deepEqual(listed(items), items.map((i) => i.label));
      assert.equal(items.length, 11);
    });
  });
});
