import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/languageService';
import { EXAMPLES, FIXTURES, ROOT, doc } from '../support/fixtures';
import { apply } from '../support/edits';
import { BUILTIN_REGISTRY } from '../../server/src/core/builtin';

const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
const minimal = readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8');
const today = new Date(2026, 10, 28);

function names(symbols: DocumentSymbol[] | undefined): unknown[] {
  return (symbols ?? []).map((s) => (s.children?.length ? [s.name, names(s.children)] : s.name));
}

describe('writing aids', () => {
  const service = createLanguageService();

  describe('outline', () => {
    it('lists the metadata (nested values beneath their key), then sections with nested subsections', () => {
      const symbols = service.documentSymbols(doc('file:///e.md', example), { locale: 'nl' });
      assert.deepEqual(names(symbols), [
        ['Metadata', ['type', 'onderwerp', 'aan', 'datum', 'referentie', 'bijlagen', ['afzender', ['organisatie', 'onderdeel', 'bezoekadres', 'postadres']]]],
        '1. Aanleiding', '2. Geadviseerd besluit', '3. Kernpunten',
        ['4. Toelichting', ['Bevindingen', '4.1. Afstemming']],
        '5. Informatie die niet openbaar gemaakt kan worden',
      ]);
      const toelichting = symbols[4];
      assert.deepEqual([toelichting?.range.start.line, toelichting?.range.end.line, toelichting?.selectionRange.end.line], [39, 55, 39]);
      assert.equal(symbols[0]?.range.end.line, 16);
    });

    it('chooses kinds and details that read: keys, lists and blocks of keys; sections as headings', () => {
      const [metadata, section] = service.documentSymbols(doc('file:///e.md', example), { locale: 'nl' });
      assert.deepEqual([metadata?.kind, metadata?.detail, section?.kind], [SymbolKind.Object, 'Beslisnota', SymbolKind.String]);
      const byName = new Map(metadata?.children?.map((s) => [s.name, s]));
      assert.deepEqual([byName.get('onderwerp')?.kind, byName.get('onderwerp')?.detail], [SymbolKind.Key, 'Beleidsreactie Monitor Seksueel Geweld tegen kinderen 2020-2024']);
      assert.deepEqual([byName.get('aan')?.kind, byName.get('aan')?.detail], [SymbolKind.Array, 'Minister van Justitie en Veiligheid, Staatssecretaris van Justitie en Veiligheid']);
      const sender = byName.get('afzender');
      assert.equal(sender?.kind, SymbolKind.Object);
      // A summary of the block, cut at a word when long: never just "…".
      assert.match(sender?.detail ?? '', /^Directoraat-Generaal Rechtspleging en Rechtshandhaving · \p{L}+…$/u);
      assert.ok((sender?.detail ?? '').length <= 80);
    });

    it('nests every range inside its parent\'s, with siblings in document order (example and every fixture)', () => {
      const texts = [example, ...readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'))];
      const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
      const inside = (inner: DocumentSymbol['range'], outer: DocumentSymbol['range']) => before(outer.start, inner.start) && before(inner.end, outer.end);
      const walk = (symbols: DocumentSymbol[], parent: DocumentSymbol | null, where: string) => {
        symbols.forEach((symbol, i) => {
          assert.ok(inside(symbol.selectionRange, symbol.range), `${where}: ${symbol.name}'s selection lies outside its range`);
          if (parent) assert.ok(inside(symbol.range, parent.range), `${where}: ${symbol.name} lies outside ${parent.name}`);
          const previous = symbols[i - 1];
          if (previous) assert.ok(before(previous.range.end, symbol.range.start), `${where}: ${previous.name} and ${symbol.name} overlap or are out of order`);
          walk(symbol.children ?? [], symbol, where);
        });
      };
      texts.forEach((text, i) => walk(service.documentSymbols(doc(`file:///n${i}.nota.md`, text), { locale: 'nl' }), null, `text ${i}`));
    });

    it('gives nothing for a file that is not a note', () => {
      assert.deepEqual(service.documentSymbols(doc('file:///README.md', '# Readme\n\n## Part\n'), { locale: 'nl' }), []);
    });
  });

  describe('folding', () => {
    it('folds the frontmatter and each section and subsection', () => {
      const ranges = service.foldingRanges(doc('file:///e.md', example)).map((r) => [r.startLine, r.endLine]);
      assert.deepEqual(ranges, [[0, 16], [18, 22], [24, 30], [32, 37], [39, 55], [41, 51], [53, 55], [57, 59]]);
    });

    it('folds a section to its last line of text, closes sections at a level-1 heading, and folds no single line', () => {
      const text = ['---', 'type: beslisnota', '---', '# Titel', '', '## 1. A', '', 'Tekst.', '', '', '### 1.1. B', 'b', '#### diep', 'c', '', '## 2. C', '# Tussen', 'x', '## 3. D', '', '', ''].join('\n');
      assert.deepEqual(service.foldingRanges(doc('file:///fold.nota.md', text)), [
        { startLine: 0, endLine: 2, kind: 'region' }, { startLine: 5, endLine: 13 }, { startLine: 10, endLine: 13 }, { startLine: 12, endLine: 13 },
      ]);
      assert.deepEqual(service.foldingRanges(doc('file:///fold2.nota.md', '---\n---\n## 1. A\n')), [{ startLine: 0, endLine: 1, kind: 'region' }]);
      assert.deepEqual(service.foldingRanges(doc('file:///fold3.md', '---\nx: 1\n---\n## 1. A\n\nTekst.\n')), [], 'not a note: nothing');
    });
  });

  describe('completion', () => {
    const at = (text: string, line: number, character: number) => service.completions(doc('file:///c.md', text), { line, character }, { locale: 'nl', today });

    it('offers the keys the schema defines that are not there yet, with descriptions', () => {
      const items = at(minimal.replace('---\n\n## 1.', '\n---\n\n## 1.'), 7, 0);
      assert.deepEqual(items.map((i) => i.label).sort(), ['afzender', 'bijlagen', 'kopie-aan']);
      assert.match(String((items.find((i) => i.label === 'bijlagen')?.documentation as { value: string }).value), /aantal bijlagen/);
    });

    it('offers note types for `type`, today for `datum` and registry titles for `aan` items', () => {
      assert.deepEqual(at(minimal.replace('type: beslisnota', 'type: '), 1, 6).map((i) => i.label), ['beslisnota', 'informatienota']);
      assert.deepEqual(at(minimal.replace('datum: 19 maart 2026', 'datum: '), 5, 7).map((i) => i.label), ['28 november 2026', '2026-11-28']);
      const holders = at(minimal.replace('  - Minister van Justitie en Veiligheid', '  - Minister van Justitie en Veiligheid\n  - '), 5, 4).map((i) => i.label);
      assert.ok(holders.includes('Staatssecretaris van Justitie en Veiligheid'));
      assert.ok(!holders.includes('Minister van Justitie en Veiligheid'), 'an addressee already listed is not offered again');
      assert.ok(!holders.includes('Staatssecretaris van Algemene Zaken'), 'only portfolios the registry lists are offered');
    });

    it('offers titles with the portfolios a registry lists, and not those already in `aan`', () => {
      const listing = createLanguageService({ registries: [{ portfolioHolders: [{ role: 'staatssecretaris', portfolio: 'Financiën', portfolios: ['Fiscaliteit, Belastingdienst en Douane', 'Herstel en Toeslagen'] }] }] });
      const text = minimal.replace('  - Minister van Justitie en Veiligheid', '  - Staatssecretaris van Financiën - herstel en toeslagen\n  - ');
      const items = listing.completions(doc('file:///cp.md', text), { line: 5, character: 4 }, { locale: 'nl', today });
      const labels = items.map((i) => i.label);
      assert.ok(labels.includes('Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane'), labels.join('\n'));
      assert.ok(!labels.includes('Staatssecretaris van Financiën – Herstel en Toeslagen'), 'that one is in `aan` already (another dash, another case)');
      assert.ok(!labels.includes('Staatssecretaris van Financiën'), 'the base title is in `aan` already');
      assert.ok(labels.includes('Minister van Justitie en Veiligheid'));
      const fiscal = items.find((i) => i.label.endsWith('Douane'));
      assert.equal(fiscal?.detail, 'SFin · Fiscaliteit, Belastingdienst en Douane');
      const applied = apply(text, [fiscal?.textEdit as { range: never; newText: string }]);
      assert.deepEqual(listing.check(doc('file:///cp2.md', applied), { locale: 'nl' })?.filter((f) => f.code === 'portfolio-holder-unknown'), []);
      // The built-in registry lists no portfolios: titles only.
      assert.ok(!at(text, 5, 4).some((i) => i.label.includes('–')));
    });

    it('offers the next expected section heading with its number', () => {
      const text = minimal.replace(/## 3\. Kernpunten[\s\S]*$/, '');
      const items = at(text, text.split('\n').length - 1, 0);
      const preferred = items.find((i) => i.preselect);
      assert.equal(preferred?.label, '3. Kernpunten');
      assert.equal(preferred?.textEdit && 'newText' in preferred.textEdit ? preferred.textEdit.newText : '', '## 3. Kernpunten\n\n${0:<!-- De kernpunten, kort. -->}\n');
    });

    it('offers only the sections that may stand where the cursor is, in the schema\'s order', () => {
      // "3. Kernpunten" is missing between the advised decision and Toelichting: optional sections belong after Toelichting.
      const broken = readFileSync(path.join(FIXTURES, 'section-missing.md'), 'utf8').replace('in te stemmen.\n', 'in te stemmen.\n\n## ');
      const line = broken.split('\n').indexOf('## ');
      assert.deepEqual(at(broken, line, 3).map((i) => i.label), ['3. Kernpunten']);
      // After Toelichting: the optional sections, in the schema's order; the last required one is there already.
      const after = minimal.replace('Toelichting.\n', 'Toelichting.\n\n## \n');
      const labels = at(after, after.split('\n').indexOf('## '), 3).map((i) => i.label);
      assert.deepEqual(labels, ['5. Krachtenveld', '5. Juridische aspecten', '5. Financiële aspecten', '5. Uitvoering', '5. Communicatie', '5. Fraudetoets', '5. Toezeggingen']);
      assert.ok(at(after, after.split('\n').indexOf('## '), 3).every((i) => !i.preselect), 'no optional section is preselected');
    });

    it('offers portfolio holders at an item\'s indentation, with the dash', () => {
      const text = minimal.replace('  - Minister van Justitie en Veiligheid', '  - Minister van Justitie en Veiligheid\n  ');
      const items = at(text, 5, 2);
      const item = items.find((i) => i.label === 'Staatssecretaris van Justitie en Veiligheid');
      assert.ok(item?.textEdit && 'range' in item.textEdit, items.map((i) => i.label).join());
      assert.equal(item.textEdit.newText, '- Staatssecretaris van Justitie en Veiligheid');
      const applied = apply(text, [item.textEdit as { range: never; newText: string }]);
      assert.match(applied, /^ {2}- Staatssecretaris van Justitie en Veiligheid$/m);
      // At column 0 a new key is wanted, not an item.
      assert.ok(at(minimal.replace('datum:', '\ndatum:'), 5, 0).every((i) => i.kind === 10), 'keys (Property) only');
    });

    it('words its details in the language of the findings', () => {
      const keys = service.completions(doc('file:///en.md', minimal.replace('---\n\n## 1.', '\n---\n\n## 1.')), { line: 7, character: 0 }, { locale: 'en', today });
      assert.ok(keys.every((i) => !/verplicht/.test(i.detail ?? '')), keys.map((i) => i.detail).join());
      const date = service.completions(doc('file:///en2.md', minimal.replace('datum: 19 maart 2026', 'datum: ')), { line: 5, character: 7 }, { locale: 'en', today });
      assert.deepEqual(date.map((i) => i.detail), ['today', 'today (ISO)']);
      const text = minimal.replace(/## 3\. Kernpunten[\s\S]*$/, '');
      const headings = service.completions(doc('file:///en3.md', text), { line: text.split('\n').length - 1, character: 0 }, { locale: 'en', today });
      assert.equal(headings.find((i) => i.preselect)?.detail, 'Beslisnota: required section');
    });

    it('offers headings after a typed ## but not in running text', () => {
      const text = minimal.replace(/## 2\. Geadviseerd besluit\n\n.*\n\n/, '').replace('Er is aanleiding.', 'Er is aanleiding.\n\n##');
      assert.equal(text.split('\n')[13], '##');
      assert.equal(at(text, 13, 2).find((i) => i.preselect)?.label, '2. Geadviseerd besluit');
      assert.deepEqual(at(minimal, 11, 5), []);
    });
  });

  describe('hover', () => {
    const over = (text: string, line: number, character: number) => {
      const result = service.hover(doc('file:///h.md', text), { line, character }, { locale: 'nl' });
      return result && typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : null;
    };

    it('shows a frontmatter key\'s schema description', () => {
      assert.match(over(minimal, 6, 3) ?? '', /^\*\*referentie\*\*: Onze referentie/);
    });

    it('shows the full title of a short form', () => {
      assert.equal(over(minimal, 15, 23), '**minister van Justitie en Veiligheid** (MJenV)');
    });

    it('shows both parts of a title with a portfolio, in `aan` and in the text', () => {
      const text = minimal
        .replace('  - Minister van Justitie en Veiligheid', '  - Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane')
        .replace('U wordt geadviseerd, MJenV, in te stemmen.', 'De staatssecretaris van Financiën - fiscaliteit, belastingdienst en douane stemt in.');
      const both = '**staatssecretaris van Financiën** (SFin)\n\nportefeuille: **Fiscaliteit, Belastingdienst en Douane**';
      assert.equal(over(text, 4, 60), both);
      assert.equal(over(text, 15, 70), '**staatssecretaris van Financiën** (SFin)\n\nportefeuille: **fiscaliteit, belastingdienst en douane**');
      const result = service.hover(doc('file:///h2.md', text), { line: 15, character: 5 }, { locale: 'en' });
      assert.deepEqual(result?.range, { start: { line: 15, character: 3 }, end: { line: 15, character: 74 } });
      assert.match(result && 'value' in (result.contents as object) ? (result.contents as { value: string }).value : '', /\n\nportfolio: \*\*fiscaliteit/);
    });

    it('says when a portfolio is not one the registry lists, and which ones it does', () => {
      const listing = createLanguageService({ registries: [{ portfolioHolders: [{ role: 'staatssecretaris', portfolio: 'Financiën', portfolios: ['Herstel en Toeslagen'] }] }] });
      const text = minimal.replace('  - Minister van Justitie en Veiligheid', '  - Staatssecretaris van Financiën – Douane');
      const result = listing.hover(doc('file:///h3.md', text), { line: 4, character: 10 }, { locale: 'nl' });
      assert.equal((result?.contents as { value: string }).value, '**staatssecretaris van Financiën** (SFin)\n\nportefeuille: **Douane** (niet in het register)\n\nportefeuilles in het register: Herstel en Toeslagen');
    });

    it('shows what a Woo ground code stands for', () => {
      const text = minimal.replace('Persoonsgegevens van ambtenaren.', 'Persoonsgegevens van ambtenaren (5.1.2e).');
      assert.equal(over(text, 27, 35), '**Woo 5.1.2e**: eerbiediging van de persoonlijke levenssfeer (relatieve weigeringsgrond, na afweging)');
    });

    it('shows the weekday of a date', () => {
      assert.equal(over(minimal, 5, 10), 'donderdag 19 maart 2026');
    });

    it('shows nothing on plain text', () => {
      assert.equal(over(minimal, 11, 3), null);
    });

    it('shows nested keys, dates in the text, and only real dates, known grounds and known holders, over their whole range', () => {
      const text = '---\ntype: beslisnota\nonderwerp: x\naan:\n  - MJenV\nafzender:\n  organisatie: DG\n  onderdeel:\n    - A\nextra: 1\n---\n\n## 1. Aanleiding\n\n'
        + 'Op 2026-03-19 en 31 april 2026 en x19 maart 2026 en 1 mei 2026x; 5.1.3 en 5.2; de minister van Toverkunst; MJenV.\n';
      const hover = (line: number, character: number) => {
        const result = service.hover(doc('file:///h4.md', text), { line, character }, { locale: 'nl' });
        return result ? [(result.contents as { value: string }).value, result.range?.start.character, result.range?.end.character] : null;
      };
      assert.deepEqual(hover(6, 2), ['**organisatie**: De verzendende organisatie, bijvoorbeeld een directoraat-generaal.', 2, 13]);
      assert.deepEqual(hover(7, 11), ['**onderdeel**: Directie en afdeling, van boven naar beneden.', 2, 11]);
      assert.equal(hover(8, 6), null, 'a value is not a key');
      assert.equal(hover(9, 1), null, 'a key the note type does not define');
      for (const character of [3, 8, 13]) assert.deepEqual(hover(14, character), ['donderdag 19 maart 2026', 3, 13]);
      for (const character of [14, 20, 36, 56, 66, 90, 116]) assert.equal(hover(14, character), null, `character ${character}`);
      assert.deepEqual(hover(14, 75), ['**Woo 5.2**: persoonlijke beleidsopvattingen (intern beraad) (persoonlijke beleidsopvattingen)', 74, 77]);
      assert.deepEqual(hover(14, 112), ['**minister van Justitie en Veiligheid** (MJenV)', 107, 112]);
      assert.deepEqual(service.hover(doc('file:///h5.md', '# Geen nota\n\nMJenV\n'), { line: 2, character: 1 }, { locale: 'nl' }), null);
    });
  });

  describe('snippets and the new-note skeleton', () => {
    it('builds a new note from the schema that has every required section, numbered, and today in Dutch', () => {
      const text = service.newNote('beslisnota', { format: 'text', today }) ?? '';
      assert.match(text, /^datum: 28 november 2026$/m);
      assert.deepEqual(text.split('\n').filter((l) => l.startsWith('## ')), [
        '## 1. Aanleiding', '## 2. Geadviseerd besluit', '## 3. Kernpunten', '## 4. Toelichting', '## 5. Informatie die niet openbaar gemaakt kan worden',
      ]);
      const codes = (service.check(doc('file:///new.md', text), { locale: 'nl' }) ?? []).map((f) => f.code);
      assert.ok(!codes.some((c) => ['section-missing', 'section-order', 'section-numbering', 'date-invalid', 'frontmatter-syntax', 'field-missing'].includes(c)), codes.join());
    });

    it('writes static snippets whose date transform yields the Dutch month', () => {
      const snippets = service.staticSnippets();
      const note = snippets['Nota: nieuwe beslisnota'];
      assert.ok(note?.prefix.includes('beslisnota'));
      const dateLine = note?.body.find((l) => l.startsWith('datum:')) ?? '';
      const month = /\$\{CURRENT_MONTH\/([^/]+)\/([^/]+)\/\}/.exec(dateLine);
      assert.ok(month, dateLine);
      // Emulate VS Code's transform for November: group 11 is the one that matched.
      const options = (month[1] ?? '').split('|');
      const conditional = [...(month[2] ?? '').matchAll(/\$\{(\d+):\+(\w+)\}/g)];
      assert.equal(options.indexOf('(11)') + 1, 11);
      assert.equal(conditional.find((c) => c[1] === '11')?.[2], 'november');
      assert.ok(snippets['Nota: sectie Geadviseerd besluit']?.prefix.includes('sectie-geadviseerd-besluit'));
      // One entry per snippet in the suggestion list (one prefix each), and a description short enough for
      // one line of the suggestion details, which break a longer one anywhere, mid-word too.
      for (const [name, snippet] of Object.entries(snippets)) {
        assert.equal(snippet.prefix.length, 1, name);
        assert.ok(snippet.description.length <= 50, `${name}: ${snippet.description}`);
      }
      assert.equal(new Set(Object.values(snippets).map((s) => s.prefix[0])).size, Object.keys(snippets).length);
    });
  });

  describe('highlighting grammar', () => {
    const grammar = JSON.parse(readFileSync(path.join(ROOT, 'syntaxes', 'nota.injection.tmLanguage.json'), 'utf8')) as { repository: Record<string, { match: string }> };
    const regex = (name: string) => new RegExp(grammar.repository[name]?.match ?? '(?!)', 'gmu');

    it('marks section numbers at the start of headings only', () => {
      assert.deepEqual('## 4.1. Afstemming\nTekst 4.1 hier\n### 2 Sub'.match(regex('section-number')), ['4.1.', '2']);
    });

    it('marks portfolio short forms, and knows every short form in the registry', () => {
      assert.deepEqual('door MJenV en SOCW, niet MJenVx of XMJenV'.match(regex('portfolio-short-form')), ['MJenV', 'SOCW']);
      for (const ministry of BUILTIN_REGISTRY.ministries ?? []) {
        for (const short of [ministry.short, ...(ministry.formerShorts ?? [])]) {
          assert.deepEqual(`M${short} S${short}`.match(regex('portfolio-short-form')), [`M${short}`, `S${short}`], short);
        }
      }
    });

    it('marks titles the registry knows, with the portfolio after a spaced dash, and knows every name in the registry', () => {
      const marks = (text: string) => text.match(regex('portfolio-title'));
      assert.deepEqual(marks('De Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane besluit.'), ['Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane']);
      assert.deepEqual(marks('de staatssecretaris van Volksgezondheid, Welzijn en Sport - Jeugd, Preventie en Sport en MJenV'), ['staatssecretaris van Volksgezondheid, Welzijn en Sport - Jeugd, Preventie en Sport']);
      assert.deepEqual(marks('minister voor JenV — Asiel; de minister-president; de minister van Toverkunst; minister van Defensiebeleid'), ['minister voor JenV — Asiel', 'minister-president']);
      const names = new Set<string>();
      for (const ministry of BUILTIN_REGISTRY.ministries ?? []) for (const name of [ministry.name, ministry.short, ...(ministry.formerShorts ?? []), ...(ministry.formerNames ?? [])]) names.add(name);
      for (const holder of BUILTIN_REGISTRY.portfolioHolders ?? []) for (const name of [holder.portfolio, ...(holder.aliases ?? [])]) names.add(name);
      for (const name of names) {
        for (const title of [`minister van ${name}`, `Staatssecretaris voor ${name}`]) assert.deepEqual(marks(`de ${title}.`), [title], name);
      }
    });

    it('marks Woo ground codes', () => {
      assert.deepEqual('gronden 5.1.2e, 5.2 en 5.1.1a; niet 15.2 of 5.1.2z'.match(regex('woo-ground')), ['5.1.2e', '5.2', '5.1.1a']);
    });
  });

  it('applying a completion edit keeps the text valid', () => {
    const text = minimal.replace('datum: 19 maart 2026', 'datum: ');
    const [first] = service.completions(doc('file:///c2.md', text), { line: 5, character: 7 }, { locale: 'nl', today });
    assert.ok(first?.textEdit && 'range' in first.textEdit);
    const fixed = apply(text, [first.textEdit as { range: never; newText: string }]);
    assert.deepEqual(service.check(doc('file:///c3.md', fixed), { locale: 'nl' }), []);
  });
});
