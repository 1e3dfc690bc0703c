import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLES, FIXTURES } from '../support/fixtures';
import { LspTestClient } from '../support/lspClient';

const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
const missingReference = readFileSync(path.join(FIXTURES, 'field-missing.md'), 'utf8');

describe('language server over stdio (nota lsp --stdio)', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start();
  });

  after(async () => {
    assert.equal(await client.stop(), 0, 'the server exits cleanly after shutdown/exit');
  });

  it('publishes no diagnostics for the valid example note, with its version', async () => {
    const uri = 'file:///work/notes/voorbeeld.md';
    await client.open(uri, example, 3);
    const published = await client.forUri(uri, 3);
    assert.deepEqual(published.diagnostics, []);
  });

  it('publishes findings on open, updates them on change and clears them on close', async () => {
    const uri = 'file:///work/notes/zonder-referentie.md';
    await client.open(uri, missingReference, 1);
    const opened = await client.forUri(uri, 1);
    assert.deepEqual(opened.diagnostics.map((d) => d.code), ['field-missing']);
    const [diagnostic] = opened.diagnostics;
    assert.equal(diagnostic?.source, 'nota');
    assert.equal(diagnostic?.severity, 1);
    assert.deepEqual(diagnostic?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.deepEqual((diagnostic?.data as { field?: string }).field, 'referentie');

    // Insert the missing key before the closing fence (line 6): the finding goes away.
    await client.change(uri, 2, [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: 'referentie: "1234567"\n' }]);
    const fixed = await client.forUri(uri, 2);
    assert.deepEqual(fixed.diagnostics, []);

    // Break the date: a date-invalid finding on the value, line 6 col 8.
    await client.change(uri, 3, [{ range: { start: { line: 5, character: 7 }, end: { line: 5, character: 9 } }, text: '30' }, { range: { start: { line: 5, character: 10 }, end: { line: 5, character: 15 } }, text: 'februari' }]);
    const broken = await client.forUri(uri, 3);
    assert.deepEqual(broken.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['date-invalid', 5, 7]]);

    await client.close(uri);
    const closed = await client.waitFor((p) => p.uri === uri && p.version === undefined);
    assert.deepEqual(closed.diagnostics, []);
  });

  it('gives an ordinary Markdown file no findings', async () => {
    const uri = 'file:///work/README.md';
    await client.open(uri, '# Readme\n\nJust text.\n', 1);
    assert.deepEqual((await client.forUri(uri, 1)).diagnostics, []);
  });

  it('debounces: a burst of edits is checked once, at its last version', async () => {
    const slow = await LspTestClient.start({ settings: { debounceMs: 150 } });
    try {
      const uri = 'file:///work/notes/burst.nota.md';
      await slow.open(uri, missingReference, 1);
      await slow.forUri(uri, 1);
      for (let version = 2; version <= 6; version++) {
        await slow.change(uri, version, [{ range: { start: { line: 2, character: 11 }, end: { line: 2, character: 11 } }, text: 'x' }]);
      }
      const last = await slow.forUri(uri, 6);
      assert.deepEqual(last.diagnostics.map((d) => d.code), ['field-missing']);
      assert.deepEqual(slow.publications(uri).map((p) => p.version), [1, 6]);
    } finally {
      await slow.stop();
    }
  });

  it('words findings in Dutch by default, also for an English client; nota.locale "auto" follows the client, "en" is English', async () => {
    const cases: [unknown, RegExp][] = [
      [{ debounceMs: 0 }, /verplichte veld ‘referentie’ ontbreekt/],
      [{ debounceMs: 0, locale: 'auto' }, /required field ‘referentie’ is missing/],
      [{ debounceMs: 0, locale: 'en' }, /required field ‘referentie’ is missing/],
    ];
    for (const [settings, message] of cases) {
      const english = await LspTestClient.start({ locale: 'en-US', settings });
      try {
        const uri = 'file:///work/notes/en.nota.md';
        await english.open(uri, missingReference, 1);
        const published = await english.forUri(uri, 1);
        assert.match(published.diagnostics[0]?.message ?? '', message, JSON.stringify(settings));
      } finally {
        await english.stop();
      }
    }
  });

  it('publishes a new note\'s findings as a to-do list: untouched placeholders at information level', async () => {
    const fresh = await LspTestClient.start();
    try {
      const { text } = await fresh.connection.sendRequest<{ text: string }>('nota/newNote', { type: 'beslisnota' });
      const uri = 'untitled:Untitled-1';
      // The snippet as VS Code inserts it: placeholders as they are.
      await fresh.open(uri, text.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\(.)/g, '$1'), 1);
      const published = await fresh.forUri(uri, 1);
      assert.equal(published.diagnostics.length, 8);
      assert.deepEqual([...new Set(published.diagnostics.map((d) => d.severity))], [3]);
      // A real error while writing stays an error.
      await fresh.change(uri, 2, [{ range: { start: { line: 5, character: 7 }, end: { line: 5, character: 7 } }, text: '31 februari 2026 x' }]);
      const edited = await fresh.forUri(uri, 2);
      assert.ok(edited.diagnostics.some((d) => d.code === 'date-invalid' && d.severity === 1), JSON.stringify(edited.diagnostics.map((d) => [d.code, d.severity])));
    } finally {
      await fresh.stop();
    }
  });

  it('also runs as dist/server.js --stdio', async () => {
    const direct = await LspTestClient.start({ entry: 'server' });
    try {
      const uri = 'file:///work/notes/direct.md';
      await direct.open(uri, example.replace('datum: 19 maart 2026', 'datum: 32 maart 2026'), 1);
      const published = await direct.forUri(uri, 1);
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['date-invalid']);
    } finally {
      await direct.stop();
    }
  });
});
