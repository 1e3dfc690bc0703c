/**
 * Checks across notes: the workspace index (plain data in the core), the
 * summaries it holds, reference-duplicate and its quick fix that opens the
 * other note, and the scan rules shared by `nota check` and the server.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { NoteIndex, type IndexedNote } from '../../server/src/core/workspace/noteIndex';
import { crossNoteFindings } from '../../server/src/core/workspace/crossNoteChecks';
import { SHOW_NOTE_COMMAND } from '../../server/src/core/features/crossNoteActions';
import { isScannedPath } from '../../server/src/core/workspace/scanRules';
import { countFindings } from '../../server/src/core/workspace/noteSummary';
import { EXAMPLES, doc } from '../support/fixtures';

const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
const withReference = (reference: string) => example.replace('referentie: "7244668"', `referentie: "${reference}"`);

function entry(uri: string, reference?: string, line = 7): IndexedNote {
  const note: IndexedNote = { uri, name: uri.replace('file:///ws/', ''), type: 'beslisnota', typeTitle: 'Beslisnota', counts: { errors: 0, warnings: 0, information: 0 } };
  if (reference) note.reference = { value: reference, range: { start: { line, character: 12 }, end: { line, character: 21 } } };
  return note;
}

describe('checks across notes', () => {
  describe('the workspace index', () => {
    it('says which other notes a change affects: those sharing the old or the new reference', () => {
      const index = new NoteIndex();
      assert.deepEqual(index.set(entry('file:///ws/a.md', '1')), []);
      assert.deepEqual(index.set(entry('file:///ws/b.md', '1')), ['file:///ws/a.md']);
      assert.deepEqual(index.set(entry('file:///ws/c.md', '2')), []);
      // b moves from reference 1 to 2: a (old) and c (new) are affected.
      assert.deepEqual(index.set(entry('file:///ws/b.md', '2')).sort(), ['file:///ws/a.md', 'file:///ws/c.md']);
      assert.deepEqual(index.withReference('1').map((n) => n.uri), ['file:///ws/a.md']);
      assert.deepEqual(index.delete('file:///ws/c.md'), ['file:///ws/b.md']);
      assert.deepEqual(index.delete('file:///ws/nothing.md'), []);
      assert.equal(index.size, 2);
    });

    it('lists every note once, a replaced note in its place, and finds no note for an unknown reference', () => {
      const index = new NoteIndex();
      index.set(entry('file:///ws/a.md', '1'));
      index.set(entry('file:///ws/b.md'));
      index.set({ ...entry('file:///ws/a.md', '1'), subject: 'Nieuw' });
      assert.deepEqual(index.all().map((n) => [n.uri, n.subject]), [['file:///ws/a.md', 'Nieuw'], ['file:///ws/b.md', undefined]]);
      assert.deepEqual(index.withReference('9999999'), []);
    });

    it('says no other note is affected when a note without a reference changes or goes', () => {
      const index = new NoteIndex();
      index.set(entry('file:///ws/a.md', '1'));
      assert.deepEqual(index.set(entry('file:///ws/b.md')), []);
      assert.deepEqual(index.set(entry('file:///ws/b.md')), []);
      assert.deepEqual(index.delete('file:///ws/b.md'), []);
      assert.deepEqual(index.delete('file:///ws/a.md'), []);
      assert.deepEqual(index.all(), []);
    });
  });

  describe('reference-duplicate', () => {
    it('stands on the reference of each note and names the others, sorted, a few by name and the rest counted', () => {
      const index = new NoteIndex();
      for (const name of ['e', 'b', 'a', 'd', 'c']) index.set(entry(`file:///ws/${name}.md`, '7244668'));
      index.set(entry('file:///ws/alone.md', '1234567'));
      index.set(entry('file:///ws/none.md'));
      const [finding, ...more] = crossNoteFindings('file:///ws/c.md', index, 'nl');
      assert.equal(more.length, 0);
      assert.equal(finding?.code, 'reference-duplicate');
      assert.equal(finding?.severity, 'error');
      assert.deepEqual(finding?.range, { start: { line: 7, character: 12 }, end: { line: 7, character: 21 } });
      assert.equal(finding?.message, 'De referentie ‘7244668’ staat ook in ‘a.md’, ‘b.md’, ‘d.md’ en 1 andere nota(’s): elke nota heeft een eigen referentie.');
      assert.deepEqual((finding?.data?.others as { name: string }[]).map((o) => o.name), ['a.md', 'b.md', 'd.md', 'e.md']);
      assert.equal(crossNoteFindings('file:///ws/a.md', index, 'en')[0]?.message, 'The reference ‘7244668’ is also used by ‘b.md’, ‘c.md’, ‘d.md’ and 1 other note(s): each note needs a reference of its own.');
      assert.deepEqual(crossNoteFindings('file:///ws/alone.md', index, 'nl'), []);
      assert.deepEqual(crossNoteFindings('file:///ws/none.md', index, 'nl'), []);
      assert.deepEqual(crossNoteFindings('file:///ws/unknown.md', index, 'nl'), []);
    });

    it('names one, two or three other notes in full, with nothing counted', () => {
      const index = new NoteIndex();
      const messages: string[] = [];
      for (const name of ['a', 'b', 'c', 'd']) {
        index.set(entry(`file:///ws/${name}.md`, '7244668'));
        messages.push(crossNoteFindings(`file:///ws/${name}.md`, index, 'nl')[0]?.message ?? 'none');
      }
      assert.deepEqual(messages, [
        'none',
        'De referentie ‘7244668’ staat ook in ‘a.md’: elke nota heeft een eigen referentie.',
        'De referentie ‘7244668’ staat ook in ‘a.md’ en ‘b.md’: elke nota heeft een eigen referentie.',
        'De referentie ‘7244668’ staat ook in ‘a.md’, ‘b.md’ en ‘c.md’: elke nota heeft een eigen referentie.',
      ]);
    });

    it('orders the other notes by the name people see, and notes of the same name (two workspace folders) by uri', () => {
      const index = new NoteIndex();
      const add = (uri: string, name: string, line: number) => index.set({ ...entry(uri, '7244668', line), name });
      add('file:///ws/1.md', 'zelf.md', 1);
      add('file:///ws/2.md', 'z.md', 2);
      add('file:///tweede/notes/a.md', 'notes/a.md', 3);
      add('file:///eerste/notes/a.md', 'notes/a.md', 4);
      const [finding] = crossNoteFindings('file:///ws/1.md', index, 'en');
      assert.deepEqual(finding?.data?.others, [
        { uri: 'file:///eerste/notes/a.md', name: 'notes/a.md', range: { start: { line: 4, character: 12 }, end: { line: 4, character: 21 } } },
        { uri: 'file:///tweede/notes/a.md', name: 'notes/a.md', range: { start: { line: 3, character: 12 }, end: { line: 3, character: 21 } } },
        { uri: 'file:///ws/2.md', name: 'z.md', range: { start: { line: 2, character: 12 }, end: { line: 2, character: 21 } } },
      ]);
      assert.equal(finding?.message, 'The reference ‘7244668’ is also used by ‘notes/a.md’, ‘notes/a.md’ and ‘z.md’: each note needs a reference of its own.');
      assert.deepEqual(finding?.range, { start: { line: 1, character: 12 }, end: { line: 1, character: 21 } });
    });

    it('comes from the language service for a note the index shares a reference with, with a quick fix that opens the other note', () => {
      const service = createLanguageService();
      const a = doc('file:///ws/a.md', example);
      const b = doc('file:///ws/sub/b.md', withReference('7244668'));
      for (const [document, name] of [[a, 'a.md'], [b, 'sub/b.md']] as const) {
        const summary = service.summarize(document, { locale: 'nl' });
        assert.ok(summary);
        service.workspace.set({ ...summary, name });
      }
      assert.deepEqual(service.check(a, { locale: 'nl' }), [], 'a note\'s own findings know nothing of other notes');
      const findings = service.checkInWorkspace(a, { locale: 'nl' }) ?? [];
      assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, f.range.start.character]), [['reference-duplicate', 7, 12]]);
      assert.match(findings[0]?.message ?? '', /staat ook in ‘sub\/b\.md’/);

      const actions = service.codeActions(a, { range: findings[0]!.range, diagnostics: [] }, { locale: 'nl' });
      const open = actions.find((action) => action.command?.command === SHOW_NOTE_COMMAND);
      assert.ok(open, `no action that opens the other note among: ${actions.map((x) => x.title).join(', ')}`);
      assert.equal(open.title, '‘sub/b.md’ openen (zelfde referentie)');
      assert.equal(open.kind, 'quickfix');
      assert.equal(open.edit, undefined, 'opening a note changes no text');
      assert.deepEqual(open.diagnostics?.map((d) => [d.code, d.range]), [['reference-duplicate', findings[0]!.range]], 'it fixes the duplicate reference');
      assert.deepEqual(open.command?.arguments, ['file:///ws/sub/b.md', { start: { line: 7, character: 12 }, end: { line: 7, character: 21 } }]);

      // b gets a reference of its own: the finding goes.
      const changed = doc('file:///ws/sub/b.md', withReference('7000001'), 2);
      service.workspace.set({ ...service.summarize(changed, { locale: 'nl' })!, name: 'sub/b.md' });
      assert.deepEqual(service.checkInWorkspace(a, { locale: 'nl' }), []);
    });
  });

  it('puts the findings across notes among the note\'s own, in the order of the text', () => {
    const service = createLanguageService();
    const own = withReference('7244668').replace('datum: 19 maart 2026', 'datum: 31 april 2026').replace('## 2. Geadviseerd besluit', '## 7. Geadviseerd besluit');
    const a = doc('file:///ws/a.md', own);
    service.workspace.set({ ...service.summarize(a, { locale: 'nl' })!, name: 'a.md' });
    service.workspace.set({ ...service.summarize(doc('file:///ws/b.md', example), { locale: 'nl' })!, name: 'b.md' });
    assert.deepEqual(service.checkInWorkspace(a, { locale: 'nl' })?.map((f) => [f.code, f.range.start.line]), [
      ['date-invalid', 6], ['reference-duplicate', 7], ['section-numbering', 24], ['section-numbering', 32],
    ]);
  });

  describe('a note\'s summary', () => {
    it('holds type, subject, date (also as ISO), reference and the counts of its own findings', () => {
      const service = createLanguageService();
      const summary = service.summarize(doc('file:///ws/a.md', example.replace('19 maart 2026', '31 april 2026')), { locale: 'nl' });
      assert.deepEqual(summary, {
        uri: 'file:///ws/a.md', type: 'beslisnota', typeTitle: 'Beslisnota',
        subject: 'Beleidsreactie Monitor Seksueel Geweld tegen kinderen 2020-2024',
        date: '31 april 2026',
        reference: { value: '7244668', range: { start: { line: 7, character: 12 }, end: { line: 7, character: 21 } } },
        counts: { errors: 1, warnings: 0, information: 0 },
      });
      assert.equal(service.summarize(doc('file:///ws/b.md', example), { locale: 'nl' })?.dateIso, '2026-03-19');
      assert.equal(service.summarize(doc('file:///ws/README.md', '# Readme\n'), { locale: 'nl' }), null);
    });

    it('finds the reference of a workspace type by its x-nota-finding, and reads an unquoted number as written', () => {
      const service = createLanguageService();
      service.configure({
        noteTypes: [{ origin: 'memo.schema.json', schema: { 'x-nota-type': 'memo', title: 'Memo', type: 'object', properties: { frontmatter: { type: 'object', properties: { kenmerk: { type: 'string', 'x-nota-finding': 'reference-invalid' } } } } } }],
        registries: [],
        problems: [],
      });
      const summary = service.summarize(doc('file:///ws/memo.md', '---\ntype: memo\nkenmerk: 00123\n---\n\n# Een memo\n'), { locale: 'nl' });
      assert.equal(summary?.typeTitle, 'Memo');
      assert.equal(summary?.subject, 'Een memo');
      assert.deepEqual(summary?.reference, { value: '00123', range: { start: { line: 2, character: 9 }, end: { line: 2, character: 14 } } });
    });
  });

  describe('a note\'s subject and counts', () => {
    const memo = { 'x-nota-type': 'memo', title: 'Memo', type: 'object', properties: { frontmatter: { type: 'object', properties: { onderwerp: {}, kenmerk: { 'x-nota-finding': 'reference-invalid' } } } } };
    function summaryOf(frontmatter: string, body = '\n# De titel\n') {
      const service = createLanguageService();
      service.configure({ noteTypes: [{ origin: 'memo.schema.json', schema: memo }], registries: [], problems: [] });
      return service.summarize(doc('file:///ws/memo.md', `---\ntype: memo\n${frontmatter}---\n${body}`), { locale: 'nl' });
    }

    it('takes the onderwerp as written, trimmed, and a number as its digits', () => {
      assert.equal(summaryOf('onderwerp: "  Subsidie  "\n')?.subject, 'Subsidie');
      assert.equal(summaryOf('onderwerp: 2024\n')?.subject, '2024');
      assert.deepEqual(summaryOf('kenmerk: 1234567\n')?.reference, { value: '1234567', range: { start: { line: 2, character: 9 }, end: { line: 2, character: 16 } } });
    });

    it('falls back to the title when the onderwerp is empty, blank, a list or not a real number', () => {
      for (const value of ['""', '"   "', '[een, twee]', '.inf', '.nan']) assert.equal(summaryOf(`onderwerp: ${value}\n`)?.subject, 'De titel', value);
    });

    it('has no subject when there is neither onderwerp nor title', () => {
      const summary = summaryOf('', '\nAlleen tekst.\n');
      assert.ok(summary);
      assert.ok(!('subject' in summary), JSON.stringify(summary));
    });

    it('counts errors, warnings and information apart', () => {
      const severities = ['warning', 'error', 'information', 'warning', 'information', 'information'] as const;
      assert.deepEqual(countFindings(severities.map((severity) => ({ severity }))), { errors: 1, warnings: 2, information: 3 });
      assert.deepEqual(countFindings([]), { errors: 0, warnings: 0, information: 0 });
    });
  });

  describe('which files a workspace scan takes', () => {
    it('takes Markdown files outside node_modules and outside names that start with a dot', () => {
      for (const taken of ['a.md', 'notes/b.MD', 'deep/er/c.nota.md', 'notes//d.md', 'md.md']) assert.ok(isScannedPath(taken), taken);
      for (const skipped of ['a.txt', 'node_modules/x/a.md', '.git/a.md', 'notes/.drafts/a.md', '.hidden.md', 'notes/', '', 'a.mdx', 'a.md.bak', 'amd', 'map.md/', 'map.md/b.txt']) {
        assert.ok(!isScannedPath(skipped), skipped);
      }
    });
  });
});
