import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { EXAMPLES } from '../support/fixtures';
import { LspTestClient } from '../support/lspClient';
import { HOSTILE } from '../support/hostile';
import { mutate, mutation, runs } from '../support/mutations';

const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');

describe('server robustness', function () {
  this.timeout(120000);
  let client: LspTestClient;

  beforeEach(async () => {
    client = await LspTestClient.start({ settings: { debounceMs: 0, maxLiveSize: 2_000_000 } });
  });

  afterEach(async () => {
    await client.stop();
  });

  const stillAnswers = async () => {
    const uri = `file:///alive-${Date.now()}.md`;
    await client.open(uri, example, 1);
    assert.deepEqual((await client.forUri(uri, 1)).diagnostics, []);
  };

  it('survives malformed JSON-RPC and answers unknown methods with an error', async () => {
    // A well-framed message whose body is not JSON, then one that is JSON but not JSON-RPC.
    for (const body of ['{ this is not json', '[1,2,3]', '{"jsonrpc":"2.0","method":42}']) {
      client.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
    await assert.rejects(client.connection.sendRequest('nota/doesNotExist', {}), /Unhandled method|not found/i);
    await stillAnswers();
  });

  it('answers requests for documents it does not know', async () => {
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///unknown.md' } });
    assert.deepEqual(symbols, []);
    await stillAnswers();
  });

  for (const name of ['a blockquote nested 10,000 deep', 'a YAML alias bomb', 'a single line of 1 MB', 'NUL bytes and replacement characters']) {
    it(`checks ${name} and keeps answering`, async () => {
      const uri = `file:///hostile-${name.replace(/\W/g, '')}.nota.md`;
      await client.open(uri, HOSTILE[name]?.() ?? '', 1);
      const published = await client.forUri(uri, 1);
      assert.ok(Array.isArray(published.diagnostics));
      const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(Array.isArray(symbols));
      await stillAnswers();
    });
  }

  it('gives a note above nota.maxLiveSize one information finding instead of live checks', async () => {
    const small = await LspTestClient.start({ settings: { debounceMs: 0, maxLiveSize: 10_000 } });
    try {
      const uri = 'file:///groot.md';
      await small.open(uri, example + '\n' + 'Tekst. '.repeat(5000), 1);
      const published = await small.forUri(uri, 1);
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.severity]), [['note-too-large', 3]]);
      await small.open('file:///klein.md', '# Readme\n', 1);
      assert.deepEqual((await small.forUri('file:///klein.md', 1)).diagnostics, []);
    } finally {
      await small.stop();
    }
  });

  it('answers every request for random edits of a note (fast-check)', async () => {
    const uri = 'file:///fuzz.md';
    let version = 1;
    await client.open(uri, example, version);
    await client.forUri(uri, version);
    await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 5 }), fc.nat(), async (mutations, where) => {
      const text = mutate(example, mutations);
      version++;
      await client.change(uri, version, [{ text }]);
      const published = await client.forUri(uri, version);
      const lineCount = text.split(/\r\n|\r|\n/).length;
      for (const d of published.diagnostics) assert.ok(d.range.end.line < lineCount, `${String(d.code)} past the end`);
      const position = { line: where % lineCount, character: 0 };
      await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    }), { numRuns: runs(60, 2_000) });
    await stillAnswers();
  });
});
