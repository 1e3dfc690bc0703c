/**
 * The core's one entry point, as the adapters use it: which documents it
 * answers for, what it answers for a document that is not a note, and that
 * an edited document is checked again (and an unchanged one not).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { readWorkspaceConfig } from '../../server/src/core/workspace/workspaceConfig';
import { FIXTURES, ROOT, doc } from '../support/fixtures';

const minimal = readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8');
const readme = '# Readme\n\n## Deel\n\nMJenV 2026-03-19\n';
const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('the language service', () => {
  it('answers nothing for a document that is not a note', () => {
    const service = createLanguageService();
    const document = doc('file:///README.md', readme);
    assert.equal(service.check(document, { locale: 'nl' }), null);
    assert.equal(service.context(document, { locale: 'nl' }), null);
    assert.deepEqual(service.documentSymbols(document, { locale: 'nl' }), []);
    assert.deepEqual(service.foldingRanges(document), []);
    assert.equal(service.hover(document, { line: 4, character: 1 }, { locale: 'nl' }), null);
    assert.deepEqual(service.codeActions(document, { range, diagnostics: [] }, { locale: 'nl' }), []);
    assert.equal(service.render(document, { locale: 'nl' }), null);
    assert.equal(service.renderStandalone(document, { locale: 'nl' }), null);
    assert.equal(service.page(document, { locale: 'nl' }), null);
    assert.deepEqual(service.prepareExport(document, { locale: 'nl' }), { kind: 'not-a-note' });
    assert.equal(service.noteTypeOf(document), null);
  });

  it('checks any document as a note when told to (the CLI\'s explicit files)', () => {
    const service = createLanguageService();
    const document = doc('file:///README.md', readme);
    assert.deepEqual(service.check(document, { locale: 'nl', force: true })?.[0]?.code, 'frontmatter-missing');
    assert.equal(service.render(document, { locale: 'nl', force: true })?.title, 'Beslisnota');
    assert.equal(service.prepareExport(document, { locale: 'nl', treatAsNote: true }).kind, 'refused');
  });

  it('titles the rendered note by its subject, else by its type', () => {
    const service = createLanguageService();
    assert.equal(service.render(doc('file:///a.md', minimal), { locale: 'nl' })?.title, 'Voorbeeld van een nota');
    assert.equal(service.render(doc('file:///b.md', minimal.replace('onderwerp: Voorbeeld van een nota', 'onderwerp: "  "')), { locale: 'nl' })?.title, 'Beslisnota');
    assert.match(service.renderStandalone(doc('file:///a.md', minimal), { locale: 'nl' }) ?? '', /<title>Voorbeeld van een nota<\/title>/);
  });

  it('checks an edited document again, and gives the same answer for the same text', () => {
    const service = createLanguageService();
    const uri = 'file:///edit.md';
    const first = service.check(doc(uri, minimal, 1), { locale: 'nl' });
    assert.deepEqual(first, []);
    assert.equal(service.check(doc(uri, minimal, 2), { locale: 'nl' }), first, 'the same text: the findings it has');
    const broken = minimal.replace('datum: 19 maart 2026', 'datum: 31 april 2026');
    assert.deepEqual(service.check(doc(uri, broken, 3), { locale: 'nl' })?.map((f) => f.code), ['date-invalid']);
    assert.deepEqual(service.check(doc(uri, broken, 3), { locale: 'en' })?.map((f) => f.message.slice(0, 17)), ['‘31 april 2026’ i']);
    assert.deepEqual(service.check(doc(uri, minimal, 4), { locale: 'nl' }), []);
    service.close(uri);
    assert.deepEqual(service.check(doc(uri, broken, 1), { locale: 'nl' })?.map((f) => f.code), ['date-invalid']);
  });

  it('checks the open documents again when the configuration changes', () => {
    const service = createLanguageService();
    const text = minimal.replace('referentie: "7244668"', 'referentie: "12345678"');
    const document = doc('file:///config.md', text);
    assert.deepEqual(service.check(document, { locale: 'nl' })?.map((f) => f.code), ['reference-invalid']);
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'beslisnota.schema.json'), 'utf8'));
    schema.properties.frontmatter.properties.referentie.pattern = '^[0-9]{8}$';
    assert.deepEqual(service.configure(readWorkspaceConfig([{ kind: 'note-type', path: '/ws/.nota/types/beslisnota.schema.json', text: JSON.stringify(schema) }])), []);
    assert.deepEqual(service.check(document, { locale: 'nl' }), []);
    assert.equal(service.context(document, { locale: 'nl' })?.type.origin, '/ws/.nota/types/beslisnota.schema.json');
  });

  it('reports a workspace note type it cannot use, and keeps the others', () => {
    const service = createLanguageService({ extraNoteTypes: [{ schema: { type: 'object' }, origin: '/x/kapot.schema.json' }] });
    const problems = service.configure({ noteTypes: [{ schema: [], origin: '/ws/lijst.schema.json' }], registries: [], problems: [] });
    assert.deepEqual(problems.map((p) => [p.path, p.message.slice(0, 26), p.range.start]), [
      ['/x/kapot.schema.json', 'not a valid note type: a n', { line: 0, character: 0 }],
      ['/ws/lijst.schema.json', 'not a valid note type: a n', { line: 0, character: 0 }],
    ]);
    assert.deepEqual(service.noteTypes.all().map((t) => t.name), ['beslisnota', 'informatienota']);
  });

  it('writes a new note of a type, as a snippet or as text, and none of a type it does not know', () => {
    const service = createLanguageService();
    const today = new Date(2026, 2, 19);
    const text = service.newNote('informatienota', { format: 'text', today }) ?? '';
    assert.match(text, /^type: informatienota$/m);
    assert.match(text, /^datum: 19 maart 2026$/m);
    const snippet = service.newNote(undefined, { format: 'snippet', today }) ?? '';
    assert.match(snippet, /^type: beslisnota$/m);
    assert.match(snippet, /\$\{\d+:19 maart 2026\}/);
    assert.equal(service.newNote('onbekend', { format: 'text' }), null);
  });

  it('offers the note types on the `type:` line of a Markdown file that is not a note yet', () => {
    const service = createLanguageService();
    const items = service.completions(doc('file:///nieuw.md', '---\ntype: bes\n---\n'), { line: 1, character: 9 }, { locale: 'nl' });
    assert.deepEqual(items.map((i) => [i.label, i.textEdit]), [
      ['beslisnota', { range: { start: { line: 1, character: 6 }, end: { line: 1, character: 9 } }, newText: 'beslisnota' }],
      ['informatienota', { range: { start: { line: 1, character: 6 }, end: { line: 1, character: 9 } }, newText: 'informatienota' }],
    ]);
    assert.deepEqual(service.completions(doc('file:///nieuw.md', '---\nsoort: \n---\n'), { line: 1, character: 7 }, { locale: 'nl' }), []);
    assert.deepEqual(service.completions(doc('file:///nieuw.md', 'type: \n'), { line: 0, character: 6 }, { locale: 'nl' }), [], 'outside a frontmatter block');
    assert.deepEqual(service.completions(doc('file:///nieuw.md', '---\nx: 1\n---\ntype: \n'), { line: 3, character: 6 }, { locale: 'nl' }), [], 'after it');
  });

  it('keeps the built-in note types marked as coming with Nota', () => {
    assert.deepEqual(createLanguageService().noteTypes.all().map((t) => [t.name, t.origin]), [['beslisnota', 'builtin'], ['informatienota', 'builtin']]);
  });

  it('applies every safe fix for `nota check --fix`, also to a note known by its file name only, and gives null when nothing changes', () => {
    const service = createLanguageService();
    const numbering = readFileSync(path.join(FIXTURES, 'section-numbering.md'), 'utf8');
    const fixed = numbering.replace('### 3.1. Verkeerd nummer', '### 4.1. Verkeerd nummer').replace('## 6. Informatie', '## 5. Informatie');
    assert.equal(service.fixAll(doc('file:///fix.md', numbering), { locale: 'nl' }), fixed);
    const untyped = numbering.replace('type: beslisnota\n', '');
    const typed = fixed.replace('type: beslisnota\n', '').replace('referentie: "7244668"\n', 'referentie: "7244668"\ntype: beslisnota\n');
    assert.equal(service.fixAll(doc('file:///fix.nota.md', untyped), { locale: 'nl' }), typed, 'the missing type is added too');
    // An unknown type has no safe fix: the sections are fixed by the note type the file name gives, the type is left to the author.
    const unknown = numbering.replace('type: beslisnota', 'type: memo');
    assert.equal(service.fixAll(doc('file:///memo.nota.md', unknown), { locale: 'nl' }), fixed.replace('type: beslisnota', 'type: memo'));
    assert.equal(service.fixAll(doc('file:///fine.md', minimal), { locale: 'nl' }), null);
    assert.equal(service.fixAll(doc('file:///README.md', readme), { locale: 'nl' }), null);
  });

  it('summarizes a note known by its file name, or any file when told to', () => {
    const service = createLanguageService();
    const untyped = minimal.replace('type: beslisnota\n', '');
    assert.equal(service.summarize(doc('file:///ws/a.nota.md', untyped), { locale: 'nl' })?.type, 'beslisnota');
    assert.equal(service.summarize(doc('file:///ws/a.md', untyped), { locale: 'nl' }), null);
    assert.equal(service.summarize(doc('file:///ws/README.md', readme), { locale: 'nl', force: true })?.type, 'beslisnota');
  });
});
