/**
 * Renumbering (the fix for section-numbering, and what follows an inserted
 * section): sections become 1, 2, 3…, numbered subsections N.1, N.2… under
 * their section's new number, one level deeper N.1.1; only numbers change.
 */
import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/languageService';
import { renumberEdits, type RenumberOptions } from '../../server/src/core/features/renumber';
import { apply, keepsAuthorText } from '../support/edits';
import { doc } from '../support/fixtures';

const FRONTMATTER = '---\ntype: beslisnota\nonderwerp: Nummers\naan:\n  - MJenV\ndatum: 19 maart 2026\nreferentie: "7244668"\n---\n';

describe('renumbering', () => {
  const service = createLanguageService();
  let count = 0;
  const renumber = (body: string, options?: RenumberOptions): { text: string; edits: TextEdit[] } => {
    const text = FRONTMATTER + body;
    const context = service.context(doc(`file:///renumber-${count++}.md`, text), { locale: 'nl' });
    assert.ok(context);
    const edits = renumberEdits(context, options);
    const result = apply(text, edits);
    assert.ok(keepsAuthorText(text, result), result);
    return { text: result.slice(FRONTMATTER.length), edits };
  };
  const headings = (text: string) => text.split('\n').filter((line) => /^ {0,3}#/.test(line));

  it('numbers sections 1 to n and their subsections under the new number, changing only the numbers', () => {
    const body = [
      '## 1. Aanleiding', '', 'Tekst.',
      '## 3. Geadviseerd besluit', '### 3.1 Eerst', '### 2.5. Dan', '#### 2.5.9 Diep', '#### 7 Dieper', '### Bevindingen', '### 3.9 Laatst',
      '## 3 Kernpunten', '## 7. Toelichting', '### 7.1. Al goed', '',
    ].join('\n');
    assert.deepEqual(headings(renumber(body).text), [
      '## 1. Aanleiding',
      '## 2. Geadviseerd besluit', '### 2.1 Eerst', '### 2.2. Dan', '#### 2.2.1 Diep', '#### 2.2.2 Dieper', '### Bevindingen', '### 2.3 Laatst',
      '## 3 Kernpunten', '## 4. Toelichting', '### 4.1. Al goed',
    ]);
  });

  it('edits exactly the numbers that are wrong, over the number only', () => {
    const { edits } = renumber('## 1. Aanleiding\n\n## 5. Kernpunten\n### 5.1. Sub\n### 4.2. Sub\n');
    assert.deepEqual(edits, [
      { range: { start: { line: 10, character: 3 }, end: { line: 10, character: 4 } }, newText: '2' },
      { range: { start: { line: 11, character: 4 }, end: { line: 11, character: 7 } }, newText: '2.1' },
      { range: { start: { line: 12, character: 4 }, end: { line: 12, character: 7 } }, newText: '2.2' },
    ]);
    assert.deepEqual(renumber('## 1. Aanleiding\n\n## 2. Kernpunten\n### 2.1. Sub\n').edits, []);
  });

  it('gives an unnumbered section its number, after the heading marker (indented or not), but leaves subheadings and setext headings alone', () => {
    const { text } = renumber('## Aanleiding\n\nTekst.\n\n   ##   Kernpunten\n### Onderdeel\n\nSetext\n------\n\n## Toelichting ##\n');
    // The setext heading is the third section: it counts, but has no place for a number.
    assert.deepEqual(headings(text), ['## 1. Aanleiding', '   ##   2. Kernpunten', '### Onderdeel', '## 4. Toelichting ##']);
    assert.ok(text.includes('\nSetext\n------\n'));
  });

  it('from a given section on, making room for a section inserted before another', () => {
    const body = '## 1. Aanleiding\n## 2. Geadviseerd besluit\n## 3. Toelichting\n### 3.1. Sub\n## 4. Informatie die niet openbaar gemaakt kan worden\n';
    assert.deepEqual(headings(renumber(body, { fromSection: 2, insertBefore: 2 }).text), [
      '## 1. Aanleiding', '## 2. Geadviseerd besluit', '## 4. Toelichting', '### 4.1. Sub', '## 5. Informatie die niet openbaar gemaakt kan worden',
    ]);
    // Sections before `fromSection` keep their numbers, even wrong ones.
    assert.deepEqual(headings(renumber('## 5. Aanleiding\n## 9. Geadviseerd besluit\n## 9. Kernpunten\n', { fromSection: 1 }).text), ['## 5. Aanleiding', '## 2. Geadviseerd besluit', '## 3. Kernpunten']);
    assert.deepEqual(headings(renumber('## 1. Aanleiding\n## 2. Kernpunten\n', { insertBefore: 0 }).text), ['## 2. Aanleiding', '## 3. Kernpunten']);
    // Only the sections from the insertion on move up; those before it are numbered as they stand.
    assert.deepEqual(headings(renumber('## 1. Aanleiding\n## 2. Kernpunten\n## 3. Toelichting\n', { insertBefore: 1 }).text), ['## 1. Aanleiding', '## 3. Kernpunten', '## 4. Toelichting']);
    assert.deepEqual(headings(renumber('## 4. Aanleiding\n## 2. Kernpunten\n## 3. Toelichting\n', { fromSection: 0, insertBefore: 2 }).text), ['## 1. Aanleiding', '## 2. Kernpunten', '## 4. Toelichting']);
  });

  it('leaves a number it cannot find in the source (in bold) and a setext heading with a # in its title, rather than write a second number', () => {
    const { text, edits } = renumber('## 1. Aanleiding\n\n## **3.** Kernpunten\n\nOverstap naar C# en .NET\n------------------------\n\n## Toelichting\n');
    assert.deepEqual(edits, [{ range: { start: { line: 15, character: 3 }, end: { line: 15, character: 3 } }, newText: '4. ' }]);
    assert.ok(text.includes('\n## **3.** Kernpunten\n\nOverstap naar C# en .NET\n---'), text);
  });

  it('numbers sections in a note with CRLF line breaks, keeping them', () => {
    const { text } = renumber('## 2. Aanleiding\r\n\r\n## 2. Kernpunten\r\n### 1.1. Sub\r\n'.replace(/^/, ''));
    assert.equal(text, '## 1. Aanleiding\r\n\r\n## 2. Kernpunten\r\n### 2.1. Sub\r\n');
  });
});
