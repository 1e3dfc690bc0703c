/**
 * Which code actions an editor gets for a request: by the kinds it asks for
 * (`only`), by the diagnostics it sends (current or from an older version of
 * the text) or, without any, by the range of the cursor or selection.
 */
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/languageService';
import { apply } from '../support/edits';
import { doc } from '../support/fixtures';
import { TODAY } from '../support/offeredFixes';

const FRONTMATTER = '---\ntype: beslisnota\nonderwerp: Voorbeeld van een nota\naan:\n  - Minister van Justitie en Veiligheid\ndatum: 2026-03-19\nreferentie: "7244668"\n---\n';
// Line 13: the wrong number; line 15: two e-mail addresses; line 17: a phone number.
const BODY = '\n## 1. Aanleiding\n\nEr is aanleiding.\n\n## 3. Geadviseerd besluit\n\nMail jan@example.nl of piet@example.nl over MJenV.\n\nOf bel 070 123 4567.\n';
const TEXT = FRONTMATTER + BODY;
const range = (startLine: number, startCharacter: number, endLine = startLine, endCharacter = startCharacter): Range => ({ start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } });
const JAN = range(15, 5, 15, 19);
const PIET = range(15, 23, 15, 38);

describe('code actions for a request', () => {
  const service = createLanguageService();
  const ask = (request: { range: Range; diagnostics?: Diagnostic[]; only?: string[] }): CodeAction[] => {
    const actions = service.codeActions(doc('file:///vraag.md', TEXT), { diagnostics: [], ...request }, { locale: 'nl', today: TODAY });
    service.close('file:///vraag.md');
    return actions;
  };
  const summary = (actions: CodeAction[]) => actions.map((a) => `${a.kind ?? ''} ${a.title}`);
  // Everything but the end of the note, where the missing sections would go.
  const whole = range(0, 0, 17, 10);

  it('gives the kinds the editor asks for: quick fixes, the date rewrite, Fix all only when asked by name or by a parent kind', () => {
    const renumber = 'quickfix Alle secties hernummeren';
    const redactions = ['quickfix Lakken als ‘[5.1.2e]’', 'quickfix Lakken als ‘[5.1.2e]’', 'quickfix Lakken als ‘[5.1.2e]’'];
    const rewrite = 'refactor.rewrite Datum voluit schrijven: ‘19 maart 2026’';
    const all = 'source.fixAll.nota Alle veilige Nota-correcties toepassen';
    assert.deepEqual(summary(ask({ range: whole })), [renumber, ...redactions, rewrite]);
    assert.deepEqual(summary(ask({ range: whole, only: ['quickfix'] })), [renumber, ...redactions]);
    assert.deepEqual(summary(ask({ range: whole, only: ['refactor'] })), [rewrite]);
    assert.deepEqual(summary(ask({ range: whole, only: ['refactor.rewrite'] })), [rewrite]);
    assert.deepEqual(summary(ask({ range: whole, only: ['refactor.extract'] })), []);
    for (const kind of ['source', 'source.fixAll', 'source.fixAll.nota']) assert.deepEqual(summary(ask({ range: whole, only: [kind] })), [all], kind);
    assert.deepEqual(summary(ask({ range: whole, only: ['source.organizeImports'] })), []);
    assert.deepEqual(summary(ask({ range: whole, only: ['source.organizeImports', 'quickfix'] })), [renumber, ...redactions]);
    // Fix all renumbers (and adds the missing sections at the end) but redacts nothing: that is the author's call.
    const [fixAll] = ask({ range: whole, only: ['source.fixAll'] });
    const fixed = apply(TEXT, fixAll?.edit?.changes?.['file:///vraag.md'] ?? []);
    assert.ok(fixed.startsWith(TEXT.replace('## 3.', '## 2.')), fixed);
  });

  it('ties each quick fix to the diagnostic it fixes', () => {
    const [fix] = ask({ range: JAN, only: ['quickfix'] });
    assert.deepEqual(fix?.diagnostics?.map((d) => [d.code, d.range, d.severity, d.source]), [['personal-data', JAN, 2, 'nota']]);
  });

  it('gives the fixes of the diagnostics the editor sends, and of no other finding in the range', () => {
    const diagnostic = (r: Range): Diagnostic => ({ range: r, message: '', code: 'personal-data' });
    const redacted = (actions: CodeAction[]) => actions.map((a) => JSON.stringify(a.edit?.changes?.['file:///vraag.md']?.[0]?.range));
    assert.deepEqual(redacted(ask({ range: range(15, 0, 15, 60), diagnostics: [diagnostic(JAN)] })), [JSON.stringify(JAN)]);
    assert.deepEqual(redacted(ask({ range: range(15, 0, 15, 60), diagnostics: [diagnostic(PIET), { range: range(5, 7, 5, 17), message: '', code: 'date-invalid' }] })), [JSON.stringify(PIET)]);
    // Another code at the very place of a finding (a spelling checker's, say) is not that finding.
    assert.deepEqual(redacted(ask({ range: JAN, diagnostics: [{ range: JAN, message: '', code: 'spelling' }] })), []);
    // A diagnostic from an older version of the text (its range no longer matches any finding, by any one
    // of its four numbers): the fixes of the findings of its code near the cursor, not of other codes or elsewhere.
    for (const stale of [range(14, 5, 15, 19), range(15, 6, 15, 19), range(15, 5, 16, 19), range(15, 5, 15, 20)]) {
      assert.deepEqual(redacted(ask({ range: range(13, 0, 15, 60), diagnostics: [diagnostic(stale)] })), [JSON.stringify(JAN), JSON.stringify(PIET)], JSON.stringify(stale));
    }
  });

  it('without diagnostics, gives the fixes of the findings the cursor or selection touches, ends included', () => {
    const titles = (r: Range) => ask({ range: r, only: ['quickfix'] }).map((a) => JSON.stringify(a.edit?.changes?.['file:///vraag.md']?.[0]?.range));
    assert.deepEqual(titles(range(15, 4)), []);
    assert.deepEqual(titles(range(15, 5)), [JSON.stringify(JAN)]);
    assert.deepEqual(titles(range(15, 19)), [JSON.stringify(JAN)]);
    assert.deepEqual(titles(range(15, 20)), []);
    assert.deepEqual(titles(range(14, 30)), []);
    assert.deepEqual(titles(range(16, 0)), []);
    // A selection from the line above into the address.
    assert.deepEqual(titles(range(14, 30, 15, 10)), [JSON.stringify(JAN)]);
  });

  it('offers to write an ISO date in full only with the cursor on it, and only for a date field', () => {
    const rewrites = (text: string, r: Range) => {
      const actions = service.codeActions(doc('file:///iso.md', text), { range: r, diagnostics: [], only: ['refactor'] }, { locale: 'nl' });
      service.close('file:///iso.md');
      return actions.map((a) => [a.title, a.edit?.changes?.['file:///iso.md']]);
    };
    assert.deepEqual(rewrites(TEXT, range(5, 10)), [['Datum voluit schrijven: ‘19 maart 2026’', [{ range: range(5, 7, 5, 17), newText: '19 maart 2026' }]]]);
    assert.deepEqual(rewrites(TEXT, range(11, 3)), []);
    // Spaces inside the quotes are not part of the date.
    assert.equal(rewrites(TEXT.replace('datum: 2026-03-19', 'datum: "2026-03-19 "'), range(5, 10)).length, 1);
    // A subject that looks like a date is no date.
    assert.deepEqual(rewrites(TEXT.replace('onderwerp: Voorbeeld van een nota', 'onderwerp: "2026-03-19"'), range(2, 14)), []);
  });

  it('Fix all keeps no fix that leaves its finding, so it neither repeats it nor loops (a section below an unclosed code block)', () => {
    const text = `${FRONTMATTER}\n## 1. Aanleiding\n\nTekst.\n\n## 2. Geadviseerd besluit\n\nMJenV stemt in.\n\n## 3. Kernpunten\n\n- Punt.\n\n## 4. Toelichting\n\n\`\`\`\ncode zonder einde\n`;
    const actions = service.codeActions(doc('file:///hek.md', text), { range: range(0, 0), diagnostics: [], only: ['source.fixAll'] }, { locale: 'nl', today: TODAY });
    service.close('file:///hek.md');
    // The ISO date is fine as it is; the section would land in the code block, where no heading counts.
    assert.deepEqual(actions, []);
  });
});
