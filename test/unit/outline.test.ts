/**
 * The outline's details as a reader sees them in the Outline view and the
 * breadcrumbs: each key's value on one line (empty values left out, dates as
 * dates, whitespace collapsed), long values cut at a word with an ellipsis,
 * and an empty heading still listed.
 */
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/languageService';
import { doc } from '../support/fixtures';

const service = createLanguageService();

/** The metadata's entries of a note with this frontmatter (after `type`). */
function metadata(frontmatter: string): DocumentSymbol[] {
  const [symbol] = service.documentSymbols(doc('file:///outline.nota.md', `---\ntype: beslisnota\n${frontmatter}---\n`), { locale: 'nl' });
  return (symbol?.children ?? []).slice(1);
}

const details = (frontmatter: string) => metadata(frontmatter).map((s) => [s.name, s.detail]);

describe('the outline\'s details', () => {
  it('leaves empty values out of a block\'s summary, and shows an empty key with no detail', () => {
    assert.deepEqual(details('leeg:\nafzender:\n  organisatie:\n  onderdeel: DJ\n  postadres: ""\n  bezoekadres: Turfmarkt 147\n'), [
      ['leeg', ''],
      ['afzender', 'DJ · Turfmarkt 147'],
    ]);
  });

  it('gives no detail for a key the model cannot name (a list as key), never "undefined"', () => {
    assert.deepEqual(details('? [a]\n: 1\n'), [['["a"]', '']]);
  });

  it('shows a YAML date as its calendar day', () => {
    const [date] = metadata('datum: !!timestamp 2026-03-19\n');
    assert.deepEqual([date?.name, date?.detail, date?.kind], ['datum', '2026-03-19', SymbolKind.Key]);
  });

  it('puts a value written over several lines on one line, with single spaces', () => {
    assert.deepEqual(details('onderwerp: |\n  Regel een\n  regel  twee\n'), [['onderwerp', 'Regel een regel twee']]);
  });

  it('cuts a long value at the last word that leaves more than half, within 80 characters with the ellipsis', () => {
    const word = 'x'.repeat(100);
    assert.deepEqual(details(`onderwerp: ${word}\n`), [['onderwerp', `${'x'.repeat(79)}…`]], 'one long word: cut inside it');
    const early = `${'a'.repeat(40)} ${'b'.repeat(60)}`;
    assert.deepEqual(details(`onderwerp: ${early}\n`), [['onderwerp', `${'a'.repeat(40)} ${'b'.repeat(38)}…`]], 'a space at exactly half: too early to cut there');
    const later = `${'a'.repeat(41)} ${'b'.repeat(60)}`;
    assert.deepEqual(details(`onderwerp: ${later}\n`), [['onderwerp', `${'a'.repeat(41)}…`]], 'a space past half: cut at the word');
  });

  it('drops the separators a cut leaves at the end', () => {
    const block = `afzender:\n  organisatie: ${'a'.repeat(50)}\n  onderdeel: ${'b'.repeat(40)}\n`;
    assert.deepEqual(details(block), [['afzender', `${'a'.repeat(50)}…`]]);
    const list = `aan:\n  - ${'a'.repeat(50)}\n  - ${'b'.repeat(40)}\n`;
    assert.deepEqual(details(list), [['aan', `${'a'.repeat(50)}…`]]);
  });

  it('keeps a value of exactly 80 characters whole', () => {
    const exact = `${'a'.repeat(39)} ${'b'.repeat(40)}`;
    assert.deepEqual(details(`onderwerp: ${exact}\n`), [['onderwerp', exact]]);
  });

  it('lists a heading with no text as an ellipsis, over its section', () => {
    const symbols = service.documentSymbols(doc('file:///empty.nota.md', '---\ntype: beslisnota\n---\n\n## \n\nTekst.\n\n'), { locale: 'nl' });
    assert.deepEqual(symbols.slice(1).map((s) => [s.name, s.kind, s.range, s.selectionRange]), [
      ['…', SymbolKind.String, { start: { line: 4, character: 0 }, end: { line: 6, character: 6 } }, { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } }],
    ]);
  });
});
