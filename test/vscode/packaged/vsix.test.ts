/**
 * The packaged extension, installed from the .vsix into VS Code: it must run
 * from what the package holds (bundles, no sources, no node_modules).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { nextPublish, someFindings, summarize } from '../support/diagnostics';
import { expectedFindings, fileInWorkspace, notaExtension, openInEditor } from '../support/workspace';

const NOTE = 'notes/field-missing.md';

describe('Nota installed from its .vsix', () => {
  it('is the installed copy, holding only what runs', () => {
    const extension = notaExtension();
    const root = extension.extensionPath;
    // The runner points the development path at an empty folder, so the
    // extension found must be the one installed into the extensions dir.
    assert.ok(fs.existsSync(path.join(root, '.vsixmanifest')), `${root} was not installed from a .vsix (no .vsixmanifest)`);
    // The server for the desktop, and the one VS Code for the Web starts as a worker (package.json points only at the client).
    for (const bundle of ['server.js', path.join('web', 'server.js')]) assert.ok(fs.existsSync(path.join(root, 'dist', bundle)), `no dist/${bundle} in ${root}`);
    for (const absent of ['client', 'server', 'node_modules', 'test', path.join('dist', 'client.js.map')]) {
      assert.ok(!fs.existsSync(path.join(root, absent)), `the package should not hold ${absent} (in ${root})`);
    }
  });

  it('holds every file its package.json points at (.vscodeignore is an allow-list)', () => {
    const root = notaExtension().extensionPath;
    // The raw manifest: VS Code hands extensions a copy with %placeholders% filled in.
    const raw = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const manifest = JSON.parse(raw) as Record<string, unknown>;
    const referenced = [manifest.main, manifest.browser, manifest.icon, manifest.l10n, ...filesIn(manifest.contributes)];
    if (/"%[\w.-]+%"/.test(raw)) referenced.push('package.nls.json');
    const missing = referenced.filter((p): p is string => typeof p === 'string').filter((p) => !fs.existsSync(path.join(root, p)));
    assert.deepEqual(missing, [], `package.json points at files the .vsix lacks; let them in through .vscodeignore`);
  });

  it('activates on a note and shows its findings', async () => {
    const uri = fileInWorkspace(NOTE);
    const findings = someFindings(uri);
    await openInEditor(NOTE);
    assert.deepEqual(summarize(await findings), await expectedFindings(NOTE));
    assert.equal(notaExtension().isActive, true);
  });

  it('gives the example note no diagnostics', async () => {
    const uri = fileInWorkspace('beslisnota.md');
    const published = nextPublish(uri, 'the first check of the example note');
    await openInEditor('beslisnota.md');
    assert.deepEqual(summarize(await published), []);
  });

  it('exports the example to Word and imports it back; a PDF it declines, pointing to nota import (PDF.js is not in the package)', async () => {
    const example = fileInWorkspace('beslisnota.md');
    const sources: Record<'docx' | 'pdf', vscode.Uri> = { docx: fileInWorkspace('terug/uit-word.docx'), pdf: fileInWorkspace('terug/uit-pdf.pdf') };
    for (const format of ['docx', 'pdf'] as const) {
      const outcome = await notaExtension().exports.exportNote(example, format, { quiet: true });
      assert.ok('written' in outcome, `the example was not exported to ${format}: ${JSON.stringify(outcome)}`);
      // Imported beside a copy: an import writes <name>.md beside its source, which here is the example itself.
      await vscode.workspace.fs.copy(outcome.written, sources[format], { overwrite: true });
    }
    const imported = await vscode.commands.executeCommand<vscode.Uri | undefined>('nota.importNote', sources.docx, { overwrite: true });
    assert.ok(imported, 'the Word file was imported');
    assert.equal(imported.toString(), fileInWorkspace('terug/uit-word.md').toString());
    const text = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.equal(await text(imported), await text(example));
    assert.equal(await vscode.commands.executeCommand('nota.importNote', sources.pdf, { overwrite: true }), undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(fileInWorkspace('terug/uit-pdf.md'))), 'nothing is written for the PDF');
    // The imported note shares the example's reference: gone again, so that no later check sees a reference-duplicate.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fileInWorkspace('terug'), { recursive: true });
  });
});

/** Relative file paths in contributes (snippets, grammars, language configurations, JSON schemas...). */
function filesIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['path', 'configuration', 'url'].includes(key) && !value.includes('://') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => filesIn(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => filesIn(v, k));
  return [];
}
