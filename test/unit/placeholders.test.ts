/**
 * Placeholders: what Nota writes for the author to fill in counts as empty,
 * and a new note reads as a to-do list while it is written (information),
 * without hiding real errors, and without changing any finding of a note
 * that holds no placeholder. Also: making a Markdown file a note.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { isPlaceholderSection, isPlaceholderValue, sectionHint, whileWriting } from '../../server/src/core/check/placeholders';
import { renderText } from '../../server/src/core/features/snippetText';
import { FIXTURES, doc, loadFixtures } from '../support/fixtures';
import { apply } from '../support/edits';

const today = new Date(2026, 2, 19);
const minimal = readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8');

describe('placeholders', () => {
  const service = createLanguageService();
  const check = (text: string, uri = 'file:///p.md') => {
    const findings = service.check(doc(uri, text), { locale: 'nl' }) ?? [];
    service.close(uri);
    return findings;
  };

  it('knows Nota\'s own placeholders by their text, and nothing else', () => {
    assert.ok(isPlaceholderValue('…'));
    assert.ok(isPlaceholderValue('Beleidsreactie op …'));
    // A quoted value keeps the spaces around it.
    assert.ok(isPlaceholderValue(' … '));
    assert.ok(isPlaceholderValue('Beleidsreactie op …\n'));
    assert.ok(!isPlaceholderValue('Beleidsreactie op de monitor'));
    assert.ok(!isPlaceholderValue('Wat nu…'), 'an ellipsis in running text is not a placeholder');
    assert.ok(!isPlaceholderValue(''));
    const entry = { description: 'De kernpunten -- kort.' };
    assert.equal(sectionHint(entry), '<!-- De kernpunten — kort. -->');
    assert.ok(isPlaceholderSection('\n\n<!-- De kernpunten — kort. -->\n\n', entry));
    assert.ok(isPlaceholderSection('\n<!-- Nog in te vullen -->\n', entry));
    assert.ok(!isPlaceholderSection('\n<!-- mijn eigen aantekening -->\n', entry), 'an author\'s own comment is not Nota\'s placeholder');
    assert.ok(!isPlaceholderSection('\n\n', entry));
  });

  it('writes a section\'s description as its hint without the blank space around it, and the general hint when it has none', () => {
    // A description from a YAML block scalar ends in a newline.
    assert.equal(sectionHint({ description: '  Waarom nu?\n' }), '<!-- Waarom nu? -->');
    assert.equal(sectionHint({ description: ' \n' }), '<!-- Nog in te vullen -->');
    assert.equal(sectionHint({}), '<!-- Nog in te vullen -->');
    assert.ok(isPlaceholderSection('\n<!-- Waarom nu? -->\n', { description: 'Waarom nu?\n' }));
  });

  it('finds a placeholder in a list and in a list of a nested key, named as the author counts items', () => {
    const listed = minimal.replace('referentie: "7244668"', 'referentie: "7244668"\nkopie-aan:\n  - Directie Wetgeving\n  - Beleidsreactie op …\nafzender:\n  onderdeel:\n    - …');
    assert.deepEqual(check(listed).map((f) => [f.code, f.severity, f.message, f.range, f.data?.pointer, f.data?.placeholder]), [
      ['field-invalid', 'error', 'Nog in te vullen: het tweede item van ‘kopie-aan’ (nu ‘Beleidsreactie op …’).', { start: { line: 9, character: 4 }, end: { line: 9, character: 23 } }, '/frontmatter/kopie-aan/1', true],
      ['field-invalid', 'error', 'Nog in te vullen: het eerste item van ‘onderdeel’ van ‘afzender’ (nu ‘…’).', { start: { line: 12, character: 6 }, end: { line: 12, character: 7 } }, '/frontmatter/afzender/onderdeel/0', true],
    ]);
  });

  it('reports placeholders and other findings on one line from left to right', () => {
    const flow = minimal.replace('referentie: "7244668"', 'referentie: "7244668"\nkopie-aan: […, "", Beleidsreactie op …]');
    assert.deepEqual(check(flow).map((f) => [f.message, f.range.start.line, f.range.start.character, f.range.end.character]), [
      ['Nog in te vullen: het eerste item van ‘kopie-aan’ (nu ‘…’).', 7, 12, 13],
      ['Het tweede item van ‘kopie-aan’ is leeg.', 7, 15, 17],
      ['Nog in te vullen: het derde item van ‘kopie-aan’ (nu ‘Beleidsreactie op …’).', 7, 19, 38],
    ]);
  });

  it('reads a new note as a to-do list: every finding is a placeholder, information while writing', () => {
    const text = service.newNote('beslisnota', { format: 'text', today }) ?? '';
    assert.match(text, /^onderwerp: Beleidsreactie op …$/m);
    assert.match(text, /^referentie: "…"$/m);
    const findings = check(text, 'file:///new.md');
    assert.deepEqual(findings.map((f) => f.message), [
      'Nog in te vullen: het veld ‘onderwerp’ (nu ‘Beleidsreactie op …’).',
      '‘Minister van Justitie en Veiligheid’ staat in ‘aan’, maar wordt niet genoemd in ‘Geadviseerd besluit’.',
      'Nog in te vullen: het veld ‘referentie’ (nu ‘…’).',
      'Nog te schrijven: de sectie ‘Aanleiding’.',
      'Nog te schrijven: de sectie ‘Geadviseerd besluit’.',
      'Nog te schrijven: de sectie ‘Kernpunten’.',
      'Nog te schrijven: de sectie ‘Toelichting’.',
      'Nog te schrijven: de sectie ‘Informatie die niet openbaar gemaakt kan worden’.',
    ]);
    assert.ok(findings.every((f) => f.data?.placeholder === true));
    // nota check and export keep the contract's severities; the editor shows a to-do list.
    assert.deepEqual([...new Set(findings.map((f) => f.severity))].sort(), ['error', 'warning']);
    assert.deepEqual([...new Set(whileWriting(findings).map((f) => f.severity))], ['information']);
  });

  it('keeps real errors in a note being written: only untouched placeholders become things to do', () => {
    const text = (service.newNote('beslisnota', { format: 'text', today }) ?? '')
      .replace('datum: 19 maart 2026', 'datum: 31 februari 2026')
      .replace('<!-- Waarom wordt deze nota nu geschreven? -->', 'Er is aanleiding.')
      .replace('<!-- De kernpunten, kort. -->', '');
    const shown = whileWriting(check(text, 'file:///writing.md')).map((f) => `${f.severity} ${f.code} ${String(f.data?.title ?? f.data?.field ?? '')}`);
    assert.ok(shown.some((s) => s.startsWith('error date-invalid')), shown.join('\n'));
    assert.ok(!shown.some((s) => s.endsWith('Aanleiding')), 'a written section has no finding');
    // The author removed the hint and wrote nothing: an ordinary empty section.
    assert.ok(shown.includes('warning section-empty Kernpunten'), shown.join('\n'));
    assert.ok(shown.includes('information section-empty Toelichting'), shown.join('\n'));
  });

  it('changes no finding of any fixture note (they hold no placeholders): the contract\'s severities stand', () => {
    for (const fixture of loadFixtures()) {
      const findings = check(fixture.text, `file:///${fixture.name}.md`);
      assert.deepEqual(whileWriting(findings), findings, fixture.name);
    }
  });

  it('counts every placeholder Nota writes as empty: template, snippets, completion and the missing-section fix', () => {
    const snippet = service.staticSnippets()['Nota: nieuwe beslisnota'];
    assert.ok(snippet);
    // The snippet's text once inserted, placeholders kept as they are.
    const inserted = snippet.body.join('\n').replace(/\$\{\d+:(\$\{CURRENT_DATE[^\n]*\}\s*\$\{CURRENT_YEAR\})\}/, '19 maart 2026').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
    const codes = check(inserted, 'file:///snippet.md').map((f) => `${f.code}:${String(f.data?.placeholder)}`);
    assert.equal(codes.filter((c) => c === 'section-empty:true').length, 5, codes.join());
    const section = service.staticSnippets()['Nota: sectie Kernpunten'];
    const withSection = minimal.replace(/## 3\. Kernpunten\n\n- Punt\.\n\n/, `${section?.body.join('\n').replace('${1:N}', '3').replace(/\$\{0:([^}]*)\}/, '$1')}\n`);
    assert.deepEqual(check(withSection).map((f) => `${f.code}:${String(f.data?.placeholder)}`), ['section-empty:true']);
    const typed = minimal.replace(/## 3\. Kernpunten\n\n- Punt\.\n\n/, '\n');
    const line = typed.split('\n').indexOf('## 4. Toelichting') - 1;
    const item = service.completions(doc('file:///c.md', typed), { line, character: 0 }, { locale: 'nl', today }).find((i) => i.label === '3. Kernpunten');
    assert.ok(item?.textEdit && 'range' in item.textEdit);
    const completed = apply(typed, [{ range: item.textEdit.range, newText: renderText([item.textEdit.newText.replace(/\$\{0:([^}]*)\}/, '$1')]) }]);
    assert.deepEqual(check(completed).map((f) => `${f.code}:${String(f.data?.placeholder)}`), ['section-empty:true']);
  });
});

describe('making a Markdown file a note', () => {
  const service = createLanguageService();
  const make = (text: string, type?: string) => service.makeNote(doc('file:///r.md', text), type, { today });
  const insert = (text: string, answer: ReturnType<typeof make>) => {
    assert.equal(answer?.kind, 'insert');
    if (answer?.kind !== 'insert') return text;
    return apply(text, [{ range: { start: answer.position, end: answer.position }, newText: renderText([answer.snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '')]) }]);
  };

  it('adds the whole frontmatter to a file without, taking its title as the subject, and keeps every line', () => {
    const text = '# Reactie op de monitor\n\nEerste aantekeningen.\n';
    const made = insert(text, make(text));
    assert.match(made, /^---\ntype: beslisnota\nonderwerp: Reactie op de monitor\naan:\n {2}- Minister van Justitie en Veiligheid\ndatum: 19 maart 2026\nreferentie: "…"\n---\n\n# Reactie op de monitor\n/);
    assert.ok(made.endsWith(text));
    assert.equal(service.noteTypeOf(doc('file:///r2.md', made))?.name, 'beslisnota');
  });

  it('adds type and the required keys a frontmatter lacks, before its closing line, for the type asked for', () => {
    const text = '---\ntitle: Iets\ndatum: 1 april 2026\n---\n\nTekst.\n';
    const made = insert(text, make(text, 'informatienota'));
    assert.match(made, /^---\ntitle: Iets\ndatum: 1 april 2026\ntype: informatienota\nonderwerp: [^\n]+\naan:\n {2}- [^\n]+\nreferentie: "…"\n---\n\nTekst\.\n$/);
  });

  it('says why not when the frontmatter names an unknown type or cannot be read, and knows a note', () => {
    assert.deepEqual(make('---\ntype: memo\n---\n'), { kind: 'unknown-type', declared: 'memo', known: ['beslisnota', 'informatienota'] });
    assert.deepEqual(make('---\ntitle: [\n---\n'), { kind: 'broken-frontmatter' });
    assert.deepEqual(make(minimal), { kind: 'is-note' });
    assert.equal(make('# X\n', 'geen-soort'), null);
  });
});
