import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodeAction, CompletionItem, DocumentSymbol, FoldingRange, Hover } from 'vscode-languageserver-types';
import { EXAMPLES, FIXTURES } from '../support/fixtures';
import { LspTestClient } from '../support/lspClient';
import { apply, keepsAuthorText } from '../support/edits';

const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');

describe('language server features over stdio', () => {
  let client: LspTestClient;
  const uri = 'file:///work/notes/voorbeeld.md';

  before(async () => {
    client = await LspTestClient.start();
    await client.open(uri, example, 1);
    await client.forUri(uri, 1);
  });

  after(async () => {
    await client.stop();
  });

  const request = <T>(method: string, params: object) => client.connection.sendRequest<T>(method, { textDocument: { uri }, ...params });

  it('advertises the features it serves, and answers empty for an unknown document', async () => {
    const { capabilities } = client.initializeResult as { capabilities: Record<string, unknown> };
    assert.equal(capabilities.documentSymbolProvider, true);
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(capabilities.completionProvider, { triggerCharacters: ['#', '-', ':'] });
    assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'refactor.rewrite', 'source.fixAll', 'source.fixAll.nota']);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.md' } });
    assert.deepEqual(symbols, []);
  });

  it('textDocument/documentSymbol: its metadata and nested sections', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', {});
    assert.deepEqual(symbols.map((s) => s.name), ['Metadata', '1. Aanleiding', '2. Geadviseerd besluit', '3. Kernpunten', '4. Toelichting', '5. Informatie die niet openbaar gemaakt kan worden']);
    assert.deepEqual(symbols[4]?.children?.map((s) => s.name), ['Bevindingen', '4.1. Afstemming']);
  });

  it('leaves the outline to an editor that asks (documentSymbols: false), and shows what a fix inserted where the client can show documents', async () => {
    const vscodeLike = await LspTestClient.start({ showDocument: true, initializationOptions: { documentSymbols: false } });
    try {
      const { capabilities } = vscodeLike.initializeResult as { capabilities: Record<string, unknown> };
      assert.equal(capabilities.documentSymbolProvider, false);
      assert.deepEqual(capabilities.executeCommandProvider, { commands: ['nota.showNote'] });
      const broken = readFileSync(path.join(FIXTURES, 'portfolio-holder-missing.md'), 'utf8');
      const noteUri = 'file:///work/notes/reveal.md';
      await vscodeLike.open(noteUri, broken, 1);
      const [missing] = (await vscodeLike.forUri(noteUri, 1)).diagnostics;
      const [fix] = await vscodeLike.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: noteUri }, range: missing?.range, context: { diagnostics: [missing] } });
      assert.equal(fix?.command?.command, 'nota.showNote');
      // What the client does after applying the edit: run the command; the server asks it to show the inserted sentence, selected.
      await vscodeLike.connection.sendRequest('workspace/executeCommand', { command: fix?.command?.command, arguments: fix?.command?.arguments });
      const line = broken.split('\n').indexOf('Geadviseerd wordt in te stemmen met de brief.') + 2;
      assert.deepEqual(vscodeLike.shownDocuments, [{ uri: noteUri, takeFocus: true, selection: { start: { line, character: 0 }, end: { line, character: 'Ter beslissing voorgelegd aan MJenV.'.length } } }]);
    } finally {
      await vscodeLike.stop();
    }
    // A client that cannot show documents gets plain edits.
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    assert.ok(actions.every((a) => a.command === undefined));
  });

  it('nota/makeNote and nota/noteTypes: the frontmatter that makes a Markdown file a note', async () => {
    const readme = 'file:///work/README.md';
    await client.open(readme, '# Aantekeningen\n\nTekst.\n', 1);
    const answer = await client.connection.sendRequest<{ kind: string; position: unknown; snippet: string }>('nota/makeNote', { uri: readme, type: 'beslisnota' });
    assert.equal(answer.kind, 'insert');
    assert.deepEqual(answer.position, { line: 0, character: 0 });
    assert.match(answer.snippet, /^---\ntype: beslisnota\nonderwerp: \$\{1:Aantekeningen\}\n/);
    assert.deepEqual(await client.connection.sendRequest('nota/noteTypes'), [{ name: 'beslisnota', title: 'Beslisnota' }, { name: 'informatienota', title: 'Informatienota' }]);
  });

  it('textDocument/foldingRange: frontmatter and sections', async () => {
    const ranges = await request<FoldingRange[]>('textDocument/foldingRange', {});
    assert.deepEqual(ranges[0], { startLine: 0, endLine: 16, kind: 'region' });
    assert.equal(ranges.length, 8);
  });

  it('textDocument/completion: frontmatter keys', async () => {
    const noteUri = 'file:///work/notes/keys.md';
    await client.open(noteUri, '---\ntype: beslisnota\n\n---\n', 1);
    await client.forUri(noteUri, 1);
    const items = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri: noteUri }, position: { line: 2, character: 0 } });
    assert.deepEqual(items.map((i) => i.label).sort(), ['aan', 'afzender', 'bijlagen', 'datum', 'kopie-aan', 'onderwerp', 'referentie']);
  });

  it('textDocument/hover: a short form', async () => {
    const hover = await request<Hover>('textDocument/hover', { position: { line: 29, character: 38 } });
    assert.deepEqual(hover.contents, { kind: 'markdown', value: '**minister van Justitie en Veiligheid** (MJenV)' });
  });

  it('textDocument/codeAction: quick fixes and fix-all for the diagnostics sent', async () => {
    const broken = readFileSync(path.join(FIXTURES, 'section-missing.md'), 'utf8');
    const noteUri = 'file:///work/notes/missing.md';
    await client.open(noteUri, broken, 1);
    const published = await client.forUri(noteUri, 1);
    const [missing] = published.diagnostics;
    assert.equal(missing?.code, 'section-missing');
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: noteUri }, range: missing.range, context: { diagnostics: [missing] },
    });
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred]), [['Sectie ‘3. Kernpunten’ invoegen', 'quickfix', true]]);
    const fixAll = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: noteUri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(fixAll[0]?.kind, 'source.fixAll.nota');
  });

  /**
   * What an editor other than VS Code does: for a note that lacks sections,
   * apply each offered section-missing fix, send the change, wait for the new
   * diagnostics, and repeat. No section-missing may remain and no line of the
   * author's may be lost.
   */
  it('applying every offered section-missing fix through the protocol leaves none, and keeps the author\'s lines', async () => {
    const noteUri = 'file:///work/notes/sparse.md';
    const sparse = example.split(/(?=^## )/m).filter((part) => !/^## (2|3|5)\./.test(part)).join('');
    let text = sparse;
    let version = 1;
    await client.open(noteUri, text, version);
    for (let round = 0; round < 10; round++) {
      const published = await client.forUri(noteUri, version);
      const missing = published.diagnostics.find((d) => d.code === 'section-missing');
      if (!missing) break;
      const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: noteUri }, range: missing.range, context: { diagnostics: [missing], only: ['quickfix'] },
      });
      const edits = actions.find((a) => a.isPreferred)?.edit?.changes?.[noteUri];
      assert.ok(edits?.length, 'a fix with edits is offered');
      text = apply(text, edits);
      version++;
      await client.change(noteUri, version, [{ text }]);
    }
    const final = await client.forUri(noteUri, version);
    assert.deepEqual(final.diagnostics.filter((d) => d.code === 'section-missing' || d.code === 'section-numbering'), []);
    assert.ok(keepsAuthorText(sparse, text));
    assert.deepEqual(text.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(0, 5)), ['## 1.', '## 2.', '## 3.', '## 4.', '## 5.']);
  });

  it('nota/newNote: a skeleton snippet for the new-note command', async () => {
    const result = await client.connection.sendRequest<{ text: string }>('nota/newNote', { type: 'beslisnota' });
    assert.match(result.text, /^---\ntype: beslisnota\n/);
    assert.match(result.text, /## 5\. Informatie die niet openbaar gemaakt kan worden/);
  });
});
