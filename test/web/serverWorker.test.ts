/**
 * dist/web/server.js as VS Code for the Web runs it: a classic Web Worker in
 * Chromium, started from a blob: URL, without VS Code, spoken to with JSON-RPC
 * message objects over postMessage as vscode-languageclient/browser does.
 * Every fixture note must get exactly its expected findings, and the very
 * diagnostics (messages, ranges, data) the Node server gives; a note is
 * exported to Word and PDF with the writers' bundle and fonts the page
 * provides, as the extension's client does; a workspace whose files the page
 * provides (nota/fs/*) is scanned without opening a note; an import is
 * refused with a message, as the worker has no import engine.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { EXAMPLES, ROOT, loadFixtures, summarizeAs, withReference } from '../support/fixtures';
import { LspTestClient, type PublishedDiagnostics } from '../support/lspClient';

const CHROMIUM = process.env.NOTA_CHROMIUM ?? '/usr/bin/chromium';
const WORKER = path.join(ROOT, 'dist', 'web', 'server.js');

/** The page's side: a worker from a blob: URL, messages in and out, and nota/fs/* answered from files the test gives. */
const PAGE_SCRIPT = `
window.startServer = (code, files, extensionFiles = {}) => {
  const url = URL.createObjectURL(new Blob([code], { type: 'application/javascript' }));
  const worker = new Worker(url);
  window.received = [];
  window.workerErrors = [];
  worker.onerror = (event) => window.workerErrors.push(String(event.message));
  const answer = (id, result) => worker.postMessage({ jsonrpc: '2.0', id, result });
  worker.onmessage = ({ data }) => {
    window.received.push(data);
    if (data.id === undefined || data.method === undefined) return;
    const uris = Object.keys(files);
    switch (data.method) {
      case 'nota/fs/findFiles': return answer(data.id, uris.filter((u) => u.startsWith(data.params.base + '/') && u.endsWith('.md')));
      case 'nota/fs/listFolder': return answer(data.id, null);
      case 'nota/fs/readFiles': return answer(data.id, data.params.uris.map((uri) => uri in files ? { uri, text: files[uri] } : { uri, problem: 'not-found' }));
      case 'nota/fs/readExtensionFiles': return answer(data.id, data.params.paths.map((path) => extensionFiles[path]));
      case 'workspace/configuration': return answer(data.id, data.params.items.map(() => ({ debounceMs: 0 })));
      default: return answer(data.id, null);
    }
  };
  window.send = (message) => worker.postMessage({ jsonrpc: '2.0', ...message });
};
`;

describe('dist/web/server.js as a Web Worker in Chromium, without VS Code', function () {
  this.timeout(60_000);
  let browser: Browser;
  let page: Page;

  before(async () => {
    assert.ok(existsSync(WORKER), `${WORKER} is missing: run \`npm run build\` first`);
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing; install what the tests need: bash scripts/install-test-tools.sh`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    page = await browser.newPage();
    await page.setContent('<!doctype html><title>Nota server worker</title>');
    await page.addScriptTag({ content: PAGE_SCRIPT });
  });

  after(async () => {
    await browser?.close();
  });

  const start = async (files: Record<string, string>, initialize: Record<string, unknown>, extensionFiles: Record<string, string> = {}) => {
    await page.evaluate(([code, given, own]) => (globalThis as unknown as { startServer: (c: string, f: unknown, e: unknown) => void }).startServer(code, given, own), [readFileSync(WORKER, 'utf8'), files, extensionFiles] as const);
    await send({ id: 1, method: 'initialize', params: { processId: null, locale: 'en', capabilities: { workspace: { configuration: true } }, ...initialize } });
    await waitFor((messages) => messages.some((m) => m.id === 1 && 'result' in m), 'the answer to initialize');
    await send({ method: 'initialized', params: {} });
  };
  const send = (message: Record<string, unknown>) => page.evaluate((m) => (globalThis as unknown as { send: (m: unknown) => void }).send(m), message);
  type Message = { id?: number; method?: string; params?: unknown; result?: unknown };
  const received = () => page.evaluate(() => (globalThis as unknown as { received: Message[] }).received);
  const waitFor = async <T>(pick: (messages: Message[]) => T | undefined | false, what: string): Promise<T> => {
    for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
      const found = pick(await received());
      if (found) return found;
      await page.waitForTimeout(20);
    }
    const errors = await page.evaluate(() => (globalThis as unknown as { workerErrors: string[] }).workerErrors);
    throw new Error(`no ${what} within 30 s; worker errors: ${errors.join('; ') || 'none'}`);
  };
  const publication = (uri: string, version?: number) => waitFor((messages) => messages
    .filter((m) => m.method === 'textDocument/publishDiagnostics')
    .map((m) => m.params as PublishedDiagnostics)
    .find((p) => p.uri === uri && (version === undefined || p.version === version)), `diagnostics for ${uri}`);

  it('gives every fixture note exactly its expected findings, and the diagnostics the Node server gives', async () => {
    const fixtures = loadFixtures();
    assert.ok(fixtures.length >= 30);
    await start({}, { rootUri: null });
    const node = await LspTestClient.start({ entry: 'server', locale: 'en' });
    try {
      for (const fixture of fixtures) {
        // A `.nota.md` name makes every fixture a note, as naming it to nota check does.
        const uri = `inmemory:/fixtures/${fixture.name}.nota.md`;
        await send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: fixture.text } } });
        await node.open(uri, fixture.text, 1);
        const inWorker = await publication(uri, 1);
        const findings = inWorker.diagnostics.map((d) => ({ code: String(d.code) as never, range: d.range }));
        assert.deepEqual(summarizeAs(fixture.expected, findings), fixture.expected, fixture.name);
        assert.deepEqual(inWorker.diagnostics, (await node.forUri(uri, 1)).diagnostics, `${fixture.name}: the worker's diagnostics differ from the Node server's`);
      }
    } finally {
      await node.stop();
    }
  });

  it('exports a note to Word and PDF, with the writers and fonts the page provides as the extension\'s files', async () => {
    const own = Object.fromEntries(['dist/web/export.js', ...readdirSync(path.join(ROOT, 'dist', 'fonts')).map((name) => `dist/fonts/${name}`)]
      .map((file) => [file, readFileSync(path.join(ROOT, file)).toString('base64')]));
    await start({}, { rootUri: null }, own);
    const uri = 'inmemory:/export/beslisnota.md';
    await send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8') } } });
    await publication(uri, 1);
    for (const [id, format, magic] of [[11, 'docx', 'PK'], [12, 'pdf', '%PDF-']] as const) {
      await send({ id, method: 'nota/export', params: { uri, format } });
      const result = await waitFor((messages) => messages.find((m) => m.id === id && 'result' in m)?.result as { kind: string; data?: string; concept?: boolean } | undefined, `the ${format} export`);
      assert.equal(result.kind, 'written', JSON.stringify(result).slice(0, 300));
      assert.equal(result.concept, false);
      const bytes = Buffer.from(result.data ?? '', 'base64');
      assert.equal(bytes.subarray(0, magic.length).toString('latin1'), magic);
      assert.ok(bytes.length > 10_000, `${bytes.length} bytes`);
    }
  });

  it('answers an import with one line saying it needs the desktop or nota import (no import engine in a Web Worker)', async () => {
    await start({}, { rootUri: null, locale: 'nl' });
    await send({ id: 21, method: 'nota/import', params: { name: 'nota.txt', data: Buffer.from('Minister van Justitie en Veiligheid').toString('base64') } });
    const result = await waitFor((messages) => messages.find((m) => m.id === 21 && 'result' in m)?.result as { ok: boolean; message?: string } | undefined, 'the import answer');
    assert.deepEqual(result, { ok: false, message: 'importeren kan niet in VS Code voor het web; gebruik VS Code op de desktop of `nota import`' });
  });

  it('checks a workspace whose files the client provides, without opening a note, across notes too', async () => {
    const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
    const files = {
      'inmemory://ws/a.md': example,
      'inmemory://ws/sub/b.md': example,
      'inmemory://ws/c.md': withReference(example, '7000001').replace('19 maart 2026', '31 april 2026'),
      'inmemory://ws/.hidden/d.md': example.replace('19 maart 2026', '31 april 2026'),
      'inmemory://ws/README.md': '# Geen nota\n',
    };
    await start(files, { rootUri: 'inmemory://ws', workspaceFolders: [{ uri: 'inmemory://ws', name: 'ws' }], initializationOptions: { workspaceFiles: 'client', settings: { debounceMs: 0 } } });
    const summary = (p: PublishedDiagnostics) => p.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`);
    assert.deepEqual(summary(await publication('inmemory://ws/c.md')), ['7:8 date-invalid']);
    const a = await publication('inmemory://ws/a.md');
    assert.deepEqual(summary(a), ['8:13 reference-duplicate']);
    assert.match(a.diagnostics[0]?.message ?? '', /‘sub\/b\.md’/);
    assert.deepEqual(summary(await publication('inmemory://ws/sub/b.md')), ['8:13 reference-duplicate']);
    const all = await received();
    const published = new Set(all.filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => (m.params as PublishedDiagnostics).uri));
    assert.ok(!published.has('inmemory://ws/.hidden/d.md') && !published.has('inmemory://ws/README.md'), `published for: ${[...published].join(', ')}`);
  });
});
