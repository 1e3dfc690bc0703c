/**
 * Nota in VS Code for the Web: the extension in the browser's web-worker
 * extension host of the VS Code 1.100.3 server's web workbench, its language
 * server a Web Worker. No Node may be reachable; every note of the workspace
 * must show, unopened, exactly what the desktop's checker gives it (as
 * `nota check --lang nl` wrote it when the workspace was staged), and the
 * writing aids, the preview, the settings and the notes view must work.
 */
import * as vscode from 'vscode';
import type { NotaExtensionApi } from '../../../client/src/extension';
import { codeOf, notaDiagnostics, summarize, waitForDiagnostics } from '../support/diagnostics';
import { fileInWorkspace, notaExtension, openInEditor } from '../support/workspace';
import { deepEqual, equal, match, ok } from './expect';

/** What the desktop gave each note: `nota check --format json --lang nl` over the staged workspace (Dutch: nota.locale's default). */
interface DesktopFinding {
  code: string;
  severity: 'error' | 'warning' | 'information';
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const SEVERITY = ['error', 'warning', 'information', 'hint'];
const started = Date.now();

async function readJson<T>(relative: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fileInWorkspace(relative)))) as T;
}

/** The diagnostics as the desktop's JSON has them. */
function asDesktop(diagnostics: readonly vscode.Diagnostic[]): DesktopFinding[] {
  return diagnostics
    .map((d) => ({
      code: codeOf(d),
      severity: SEVERITY[d.severity] as DesktopFinding['severity'],
      message: d.message,
      range: { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } },
    }))
    .sort(byPosition);
}

function byPosition(a: DesktopFinding, b: DesktopFinding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code);
}

/** The deadline of the run, longer on a machine whose cores had other work when the window opened. */
async function scaled(ms: number): Promise<number> {
  const run = await readJson<{ load: number; cores: number }>('.vscode/nota-test-run.json');
  return ms * Math.max(1, run.load / run.cores);
}

describe('Nota in the browser (VS Code for the Web)', () => {
  let api: NotaExtensionApi;

  it('activates by itself in a workspace with notes, and shows the first findings within 6 s of the test\'s start', async () => {
    // Nothing is opened or activated here: findings on an unopened note can only come from Nota's server.
    const note = fileInWorkspace('notes/section-missing.md');
    await waitForDiagnostics(note, (d) => d.length > 0, 'the first findings');
    const elapsed = Date.now() - started;
    const deadline = await scaled(6_000);
    console.log(`      first findings ${(elapsed / 1000).toFixed(1)} s after the test started (deadline at this load: ${(deadline / 1000).toFixed(1)} s)`);
    ok(elapsed <= deadline, `the first findings came ${elapsed} ms after the test started; the target is 6 s on a free machine, ${Math.round(deadline)} ms at this load`);
    equal(notaExtension().isActive, true, 'Nota is active');
  });

  it('runs in the browser\'s web-worker extension host, where nothing of Node is reachable', async () => {
    equal(vscode.env.uiKind, vscode.UIKind.Web, 'the workbench is the web one');
    const scope = globalThis as Record<string, unknown>;
    for (const name of ['process', 'Buffer', 'global', '__dirname', '__filename', 'setImmediate']) equal(typeof scope[name], 'undefined', `the global ${name}`);
    ok(typeof scope.importScripts === 'function' && typeof scope.postMessage === 'function', 'this is a web worker');
    let loaded: unknown;
    try {
      // A name made at run time, so that the bundler leaves the require to the extension host.
      loaded = (require as (name: string) => unknown)(['f', 's'].join(''));
    } catch {
      loaded = undefined;
    }
    equal(loaded, undefined, 'require(\'fs\') gave a module');
    // An extension's exports reach only code in its own extension host: Nota runs here, in the browser.
    api = await notaExtension().activate();
    equal(api.platform, 'browser', 'the build that runs');
    await api.ready();
  });

  it('gives every note of the workspace, unopened, exactly the findings the desktop gives it', async () => {
    const desktop = await readJson<{ file: string; diagnostics: DesktopFinding[] }[]>('.vscode/desktop-findings.json');
    ok(desktop.length >= 10 && desktop.some((r) => r.diagnostics.length > 1), 'the desktop\'s findings were staged');
    for (const { file, diagnostics } of desktop) {
      const expected = JSON.stringify([...diagnostics].sort(byPosition));
      await waitForDiagnostics(fileInWorkspace(file), (d) => JSON.stringify(asDesktop(d)) === expected, `${file}: the desktop's findings ${expected}`);
    }
    ok(!vscode.workspace.textDocuments.some((d) => desktop.some((r) => d.uri.toString() === fileInWorkspace(r.file).toString())), 'no note was opened for this');
    // The workspace's nota.schemas setting (which nota check does not read) applies in the browser too.
    deepEqual(summarize(await waitForDiagnostics(fileInWorkspace('extra/extra.md'), (d) => d.length > 0, 'the extra type from the settings')), ['8:1 section-missing']);
  });

  it('applies a quick fix, and fix-all', async () => {
    const document = await openInEditor('notes/section-missing.md');
    const original = document.getText();
    try {
      const [missing] = await waitForDiagnostics(document.uri, (d) => d.length === 1, 'the section-missing finding');
      ok(missing, 'a finding');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, missing.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.isPreferred && a.title.includes('Kernpunten'));
      ok(fix?.edit, `no preferred fix among: ${actions.map((a) => a.title).join(', ')}`);
      // The new section holds Nota's hint: left is a thing to do (information), not an error.
      const cleared = waitForDiagnostics(document.uri, (d) => !d.some((x) => codeOf(x) === 'section-missing'), 'the finding to clear', { requireEvent: true });
      equal(await vscode.workspace.applyEdit(fix.edit), true, 'the edit applied');
      deepEqual((await cleared).map((d) => [codeOf(d), d.severity]), [['section-empty', vscode.DiagnosticSeverity.Information]]);
      deepEqual(document.getText().split('\n').filter((l) => l.startsWith('## ')), ['## 1. Aanleiding', '## 2. Geadviseerd besluit', '## 3. Kernpunten', '## 4. Toelichting', '## 5. Informatie die niet openbaar gemaakt kan worden']);
    } finally {
      await restore(document, original);
    }
    const numbering = await openInEditor('notes/section-numbering.md');
    const before = numbering.getText();
    try {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', numbering.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.nota');
      ok(all[0]?.edit, 'fix-all offers an edit');
      const fixed = waitForDiagnostics(numbering.uri, (d) => d.length === 0, 'the numbering findings to clear', { requireEvent: true });
      equal(await vscode.workspace.applyEdit(all[0].edit), true, 'fix-all applied');
      await fixed;
    } finally {
      await restore(numbering, before);
    }
  });

  it('gives the outline, folding, completion, hover, snippets and the new-note command', async () => {
    const document = await openInEditor('beslisnota.md');
    // One outline: VS Code's Markdown outline (Nota adds no second tree), once its extension has started.
    let symbols: vscode.DocumentSymbol[] = [];
    for (const deadline = Date.now() + (await scaled(15_000)); !symbols.length && Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
      symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
    }
    deepEqual(symbols.map((s) => s.name), ['## 1. Aanleiding', '## 2. Geadviseerd besluit', '## 3. Kernpunten', '## 4. Toelichting', '## 5. Informatie die niet openbaar gemaakt kan worden']);
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    ok(folds.length >= 6, `${folds.length} folding ranges`);
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(16, 0));
    ok(keys.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'kopie-aan'), 'a completion for kopie-aan');
    const line = document.lineAt(29).text;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(29, line.indexOf('MJenV') + 1));
    match(hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n'), /minister van Justitie en Veiligheid/);

    // The snippets contributed for Markdown (dist/snippets/), by name.
    const scratch = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(scratch);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Nota: sectie Kernpunten' });
    match(scratch.getText(), /^## N\. Kernpunten$/m, 'the section snippet');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    const uri = await vscode.commands.executeCommand<vscode.Uri>('nota.newNote');
    ok(uri, 'the new-note command returned a document');
    const created = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    match(created?.getText() ?? '', /^---\ntype: beslisnota\n/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens the preview in house style', async () => {
    const document = await openInEditor('beslisnota.md');
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('nota.preview.openToSide', document.uri);
    ok(panel, 'a preview panel');
    const shown = await api.describePreview(document.uri);
    equal(shown?.doctype, 'nota');
    deepEqual(shown?.headings.slice(0, 2), ['1. Aanleiding', '2. Geadviseerd besluit']);
    equal(shown?.unsafe, 0);
    match(shown?.csp ?? '', /script-src 'nonce-[^']+'/);
  });

  it('exports a note to Word and PDF, written through vscode.workspace.fs', async () => {
    const note = fileInWorkspace('beslisnota.md');
    for (const [format, magic] of [['docx', 'PK'], ['pdf', '%PDF-']] as const) {
      const target = fileInWorkspace(`export/beslisnota.${format}`);
      const outcome = await api.exportNote(note, format, { target, quiet: true });
      deepEqual(outcome, { written: target, concept: false }, `the ${format} export`);
      const bytes = await vscode.workspace.fs.readFile(target);
      equal(String.fromCharCode(...bytes.subarray(0, magic.length)), magic, `the start of the ${format}`);
      ok(bytes.length > 10_000, `${bytes.length} bytes of ${format}`);
    }
  });

  it('follows the settings: nota.locale in English (Dutch is the default)', async () => {
    const config = vscode.workspace.getConfiguration('nota');
    const note = fileInWorkspace('notes/field-missing.md');
    const english = waitForDiagnostics(note, (d) => d[0]?.message.startsWith('The required field') === true, 'the finding in English');
    await config.update('locale', 'en', vscode.ConfigurationTarget.Workspace);
    try {
      await english;
    } finally {
      const dutch = waitForDiagnostics(note, (d) => d[0]?.message.startsWith('Het verplichte veld') === true, 'the finding in Dutch again');
      await config.update('locale', undefined, vscode.ConfigurationTarget.Workspace);
      await dutch;
    }
  });

  it('lists the notes in the Nota\'s view', async () => {
    const view = await api.describeNotesView();
    const rows = view.groups.flatMap((g) => g.rows);
    ok(rows.some((row) => row.startsWith('Eerste nota met dezelfde referentie — Beslisnota · 19 maart 2026 · 7300000 · 1 error')), rows.join('\n'));
  });

  it('restarts its server (a new worker), and the findings come back', async () => {
    const note = fileInWorkspace('dubbel/eerste.md');
    const back = waitForDiagnostics(note, (d) => summarize(d).join() === '8:13 reference-duplicate', 'the findings after the restart', { requireEvent: true });
    await vscode.commands.executeCommand('nota.restartServer');
    await back;
    deepEqual(summarize(notaDiagnostics(note)), ['8:13 reference-duplicate']);
  });
});

async function restore(document: vscode.TextDocument, text: string): Promise<void> {
  if (document.getText() === text) return;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  await vscode.workspace.applyEdit(edit);
  await document.save();
}
