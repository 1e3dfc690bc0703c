/**
 * The whole workspace over LSP: the server scans the folder it is given
 * (skipping node_modules and dot-folders), publishes every note's findings
 * without a didOpen, keeps them current when files change on disk, lets an
 * open note's live results replace the file's and go back on close, and
 * reports notes that share a reference. Run twice: with the files read by
 * the server from disk (editors such as Neovim) and with the files provided
 * by the client over nota/fs/* (what VS Code does, on the desktop and in the
 * browser).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXAMPLES, FIXTURES, withReference } from '../support/fixtures';
import { LspTestClient, type PublishedDiagnostics } from '../support/lspClient';
import type { NotesResult } from '../../server/src/protocol';

const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
const dateInvalid = readFileSync(path.join(FIXTURES, 'date-invalid.md'), 'utf8');
const MANY = 60;

const summary = (p: PublishedDiagnostics) => p.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`);

for (const mode of ['disk', 'client'] as const) {
  describe(`the workspace over LSP (files from the ${mode})`, function () {
    this.timeout(60_000);
    let root: string;
    let client: LspTestClient;
    const uri = (relative: string) => pathToFileURL(path.join(root, relative)).href;
    const write = (relative: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      writeFileSync(path.join(root, relative), text);
    };
    /** The first publication for the file after `from` (a count of its earlier publications) that satisfies `accept`. */
    const next = (relative: string, accept: (p: PublishedDiagnostics) => boolean = () => true, from = client.publications(uri(relative)).length) =>
      client.waitFor((p) => p.uri === uri(relative) && client.publications(p.uri).indexOf(p) >= from && accept(p));
    const scanEnd = (from: number) => new Promise<void>((resolve) => {
      const poll = () => (client.requests.slice(from).some((r) => r.method === '$/progress' && (r.params as { value?: { kind?: string } }).value?.kind === 'end') ? resolve() : setTimeout(poll, 20));
      poll();
    });

    before(async () => {
      root = mkdtempSync(path.join(tmpdir(), `nota-ws-${mode}-`));
      write('a.md', example);
      write('sub/b.md', example);
      write('c.md', withReference(dateInvalid, '7000003'));
      write('README.md', '# Over deze map\n');
      write('node_modules/pkg/n.md', dateInvalid);
      write('.hidden/n.md', dateInvalid);
      write('.nota/types/memo.schema.json', JSON.stringify({ 'x-nota-type': 'memo', title: 'Memo', type: 'object', properties: { frontmatter: { type: 'object', required: ['type', 'kenmerk'] } } }));
      write('memos/memo.md', '---\ntype: memo\n---\n\n# Een memo\n');
      for (let i = 0; i < MANY; i++) write(`many/nota-${String(i).padStart(2, '0')}.md`, withReference(example, String(7100000 + i)));
      client = await LspTestClient.start({ workspace: root, ...(mode === 'client' ? { workspaceFiles: 'client' as const } : {}) });
    });

    after(async () => {
      await client.stop();
      rmSync(root, { recursive: true, force: true });
    });

    it('publishes the findings of every note without opening any, and none for files it skips', async () => {
      await scanEnd(0);
      assert.deepEqual(summary(await next('a.md', () => true, 0)), ['8:13 reference-duplicate']);
      assert.match((await next('a.md', () => true, 0)).diagnostics[0]?.message ?? '', /staat ook in ‘sub\/b\.md’/);
      assert.deepEqual(summary(await next('sub/b.md', () => true, 0)), ['8:13 reference-duplicate']);
      assert.deepEqual(summary(await next('c.md', () => true, 0)), ['6:8 date-invalid']);
      // A note type from .nota/types, read through the same file access.
      assert.deepEqual(summary(await next('memos/memo.md', () => true, 0)), ['1:1 field-missing']);
      for (const skipped of ['README.md', 'node_modules/pkg/n.md', '.hidden/n.md', 'many/nota-00.md']) {
        assert.deepEqual(client.publications(uri(skipped)), [], `${skipped} should get no publication`);
      }
      for (const p of client.publications(uri('a.md'))) assert.equal(p.version, undefined, 'a file that is not open is published without a version');
    });

    it('asks the client to watch notes and configuration files, and shows progress while it scans', () => {
      const registration = client.requests.find((r) => r.method === 'client/registerCapability');
      assert.deepEqual((registration?.params as { registrations: { method: string; registerOptions: { watchers: { globPattern: string; kind?: number }[] } }[] }).registrations.map((r) => [r.method, r.registerOptions.watchers]),
        [['workspace/didChangeWatchedFiles', [{ globPattern: '**/*.md' }, { globPattern: '**/.nota/**/*.json' }, { globPattern: '**/*.schema.json' }, { globPattern: '**/*', kind: 5 }]]]);
      const progress = client.requests.filter((r) => r.method === '$/progress').map((r) => (r.params as { value: { kind: string; message?: string } }).value);
      assert.equal(progress[0]?.kind, 'begin');
      assert.equal(progress.at(-1)?.kind, 'end');
      assert.ok(progress.some((v) => v.kind === 'report' && v.message === `${MANY + 5} van ${MANY + 5} bestanden`), JSON.stringify(progress));
    });

    it('lists the notes for the notes view, with type, subject, date, reference and status', async () => {
      const result = await client.connection.sendRequest<NotesResult>('nota/notes');
      assert.equal(result.workspace, true);
      assert.equal(result.scanning, false);
      assert.equal(result.notes.length, MANY + 4);
      const a = result.notes.find((n) => n.name === 'a.md');
      assert.deepEqual(a, {
        uri: uri('a.md'), name: 'a.md', type: 'beslisnota', typeTitle: 'Beslisnota', subject: 'Beleidsreactie Monitor Seksueel Geweld tegen kinderen 2020-2024',
        date: '19 maart 2026', dateIso: '2026-03-19', reference: '7244668', errors: 1, warnings: 0, information: 0, open: false,
      });
      assert.equal(result.notes.find((n) => n.name === 'memos/memo.md')?.typeTitle, 'Memo');
    });

    it('lets an open note\'s live results replace the file\'s, and goes back to them on close', async () => {
      const bCleared = next('sub/b.md', (p) => p.diagnostics.length === 0);
      const live = next('a.md', (p) => p.version === 1);
      await client.open(uri('a.md'), withReference(example, '7000001'), 1);
      assert.deepEqual(summary(await live), []);
      // b no longer shares its reference with the live a.
      await bCleared;
      const note = await client.connection.sendRequest<{ reference?: string; open: boolean }>('nota/note', { uri: uri('a.md') });
      assert.deepEqual([note.reference, note.open], ['7000001', true]);

      const aBack = next('a.md', (p) => p.version === undefined);
      const bBack = next('sub/b.md', (p) => p.diagnostics.length === 1);
      await client.close(uri('a.md'));
      assert.deepEqual(summary(await aBack), ['8:13 reference-duplicate']);
      assert.deepEqual(summary(await bBack), ['8:13 reference-duplicate']);
    });

    it('offers a quick fix that has the editor show the other note at its reference', async () => {
      const opened = next('a.md', (p) => p.version === 1);
      await client.open(uri('a.md'), example, 1);
      const [finding] = (await opened).diagnostics;
      assert.equal(finding?.code, 'reference-duplicate');
      const actions = await client.connection.sendRequest<{ title: string; command?: { command: string; arguments: unknown[] } }[]>('textDocument/codeAction', {
        textDocument: { uri: uri('a.md') }, range: finding.range, context: { diagnostics: [finding], only: ['quickfix'] },
      });
      const open = actions.find((action) => action.command?.command === 'nota.showNote');
      assert.ok(open?.command, `no action that opens the other note: ${JSON.stringify(actions)}`);
      assert.equal(open.title, '‘sub/b.md’ openen (zelfde referentie)');
      await client.connection.sendRequest('workspace/executeCommand', { command: open.command.command, arguments: open.command.arguments });
      const shown = client.requests.filter((r) => r.method === 'window/showDocument').at(-1)?.params;
      assert.deepEqual(shown, { uri: uri('sub/b.md'), takeFocus: true, selection: { start: { line: 7, character: 12 }, end: { line: 7, character: 21 } } });
      const closed = next('a.md', (p) => p.version === undefined);
      await client.close(uri('a.md'));
      await closed;
    });

    it('follows changes on disk: an edited, a deleted and a new file, and a folder that went', async () => {
      // c.md fixed outside the editor (a git checkout, another editor).
      const cFixed = next('c.md', (p) => p.diagnostics.length === 0);
      write('c.md', withReference(example, '7000003'));
      await client.filesChanged([{ uri: uri('c.md'), type: 2 }]);
      await cFixed;

      // b deleted: its findings go, and a no longer shares its reference.
      const bGone = next('sub/b.md', (p) => p.diagnostics.length === 0);
      const aAlone = next('a.md', (p) => p.diagnostics.length === 0);
      unlinkSync(path.join(root, 'sub/b.md'));
      await client.filesChanged([{ uri: uri('sub/b.md'), type: 3 }]);
      await Promise.all([bGone, aAlone]);

      // A new note with a's reference: both get the finding.
      const dNew = next('d.md', (p) => p.diagnostics.length === 1);
      const aAgain = next('a.md', (p) => p.diagnostics.length === 1);
      write('d.md', example);
      await client.filesChanged([{ uri: uri('d.md'), type: 1 }]);
      assert.deepEqual(summary(await dNew), ['8:13 reference-duplicate']);
      assert.match((await aAgain).diagnostics[0]?.message ?? '', /‘d\.md’/);

      // A folder that appeared, reported as the folder only: its notes are found.
      const inNewFolder = next('nieuw/e.md', (p) => p.diagnostics.length === 1);
      write('nieuw/e.md', withReference(dateInvalid, '7000005'));
      await client.filesChanged([{ uri: uri('nieuw'), type: 1 }]);
      assert.deepEqual(summary(await inNewFolder), ['6:8 date-invalid']);

      // A folder deleted as a whole: its notes leave the list.
      rmSync(path.join(root, 'many'), { recursive: true });
      const listed = async () => (await client.connection.sendRequest<NotesResult>('nota/notes')).notes.length;
      await client.filesChanged([{ uri: uri('many'), type: 3 }]);
      for (let tries = 0; (await listed()) !== 5 && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(await listed(), 5);
    });

    it('checks only open notes when nota.validate.workspace is off, and the whole workspace again when it is on', async () => {
      const cleared = next('a.md', (p) => p.diagnostics.length === 0);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { nota: { debounceMs: 0, validate: { workspace: false } } } });
      await cleared;
      const off = await client.connection.sendRequest<NotesResult>('nota/notes');
      assert.deepEqual([off.workspace, off.notes.length], [false, 0]);

      const back = next('a.md', (p) => p.diagnostics.length === 1);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { nota: { debounceMs: 0, validate: { workspace: true } } } });
      assert.deepEqual(summary(await back), ['8:13 reference-duplicate']);
    });
  });
}
