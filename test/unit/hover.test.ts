/**
 * Hover in detail: descriptions of keys inside list items (also the eleventh),
 * none for a key the note type does not describe or for a mapping written
 * where a list belongs; a holder's short forms and listed portfolios in full.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { FIXTURES, doc } from '../support/fixtures';

const minimal = readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8');

const memo = {
  'x-nota-type': 'memo',
  title: 'Memo',
  type: 'object',
  properties: {
    frontmatter: {
      type: 'object',
      properties: {
        type: { type: 'string', description: 'Het soort nota.' },
        zonder: { type: 'string' },
        personen: {
          type: 'array',
          description: 'Wie het memo krijgen.',
          items: { type: 'object', description: 'Eén persoon.', properties: { naam: { type: 'string', description: 'De naam van de persoon.' } } },
        },
      },
    },
  },
};

function hoverText(service: ReturnType<typeof createLanguageService>, text: string, line: number, character: number): [string, number, number, number] | null {
  const result = service.hover(doc('file:///memo.md', text), { line, character }, { locale: 'nl' });
  if (!result) return null;
  return [(result.contents as { value: string }).value, result.range?.start.line ?? -1, result.range?.start.character ?? -1, result.range?.end.character ?? -1];
}

describe('hover in detail', () => {
  const service = createLanguageService({ extraNoteTypes: [{ schema: memo, origin: '/ws/memo.schema.json' }] });

  it('describes a key inside a list item, the eleventh too', () => {
    const items = Array.from({ length: 11 }, (_, i) => `  - naam: P${i}\n`).join('');
    const text = `---\ntype: memo\npersonen:\n${items}---\n`;
    assert.deepEqual(hoverText(service, text, 3, 5), ['**naam**: De naam van de persoon.', 3, 4, 8]);
    assert.deepEqual(hoverText(service, text, 13, 5), ['**naam**: De naam van de persoon.', 13, 4, 8]);
    assert.deepEqual(hoverText(service, text, 2, 3), ['**personen**: Wie het memo krijgen.', 2, 0, 8]);
  });

  it('describes nothing for a key without a description, or for keys of a mapping written where a list belongs', () => {
    const text = '---\ntype: memo\nzonder: x\npersonen:\n  bijlage1: x\n  1e: y\n  0: z\n---\n';
    assert.equal(hoverText(service, text, 2, 2), null, 'a key the schema does not describe');
    assert.equal(hoverText(service, text, 4, 4), null, 'a name ending in a digit is no index');
    assert.equal(hoverText(service, text, 5, 2), null, 'a name starting with a digit is no index');
    assert.deepEqual(hoverText(service, text, 6, 2), ['**0**: Eén persoon.', 6, 2, 3], 'a number is an index, also as a key');
  });

  it('lists every short form of a holder, and shows none when it has none', () => {
    const listing = createLanguageService({
      registries: [{
        portfolioHolders: [
          { role: 'minister', portfolio: 'Toverkunst', shortForms: ['MinTov', 'MTov'] },
          { role: 'staatssecretaris', portfolio: 'Financiën', portfolios: ['Herstel en Toeslagen', 'Fiscaliteit, Belastingdienst en Douane'] },
        ],
      }],
    });
    const text = minimal.replace('U wordt geadviseerd, MJenV, in te stemmen.', 'De minister van Toverkunst en de staatssecretaris van Financiën - Herstel  en Toeslagen.');
    const line = text.split('\n').findIndex((l) => l.includes('Toverkunst'));
    const lineText = text.split('\n')[line] ?? '';
    assert.equal(hoverText(listing, text, line, lineText.indexOf('Toverkunst'))?.[0], '**minister van Toverkunst** (MinTov, MTov)');
    assert.equal(hoverText(listing, text, line, lineText.indexOf('Herstel'))?.[0],
      '**staatssecretaris van Financiën** (SFin)\n\nportefeuille: **Herstel en Toeslagen**\n\nportefeuilles in het register: Herstel en Toeslagen; Fiscaliteit, Belastingdienst en Douane');
    const plain = minimal.replace('U wordt geadviseerd, MJenV, in te stemmen.', 'De staatssecretaris van Herstel en Toeslagen stemt in.');
    assert.equal(hoverText(createLanguageService(), plain, line, 10)?.[0], '**staatssecretaris van Herstel en Toeslagen**');
  });
});
