/**
 * The whole workspace in a real VS Code: notes nobody opened have their
 * findings, two notes that share a reference both say so and the quick fix
 * opens the other, an open note's live findings replace its file's until it
 * closes, changes on disk (as from a git checkout) are followed, the setting
 * turns it off, and the Nota's view and the status bar show the notes.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, notaDiagnostics, summarize, waitForDiagnostics } from '../support/diagnostics';
import { screenshotDir, takeScreenshot } from '../support/screenshot';
import { expectedFindings, fileInWorkspace, notaExtension, openInEditor } from '../support/workspace';

const FIRST = 'dubbel/eerste.md';
const SECOND = 'dubbel/tweede.md';
const same = (expected: string[]) => (d: vscode.Diagnostic[]) => JSON.stringify(summarize(d)) === JSON.stringify(expected);

function nextActiveEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`${uri.path} did not become the active editor within 30 s`));
    }, 30_000);
    const subscription = vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor?.document.uri.toString() !== uri.toString()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(editor);
    });
  });
}

describe('The whole workspace in a real VS Code', () => {
  it('reports two notes that share a reference, on the reference of each, naming the other', async () => {
    for (const [note, other] of [[FIRST, SECOND], [SECOND, FIRST]] as const) {
      const findings = await waitForDiagnostics(fileInWorkspace(note), same(await expectedFindings(note)), `reference-duplicate on ${note}`);
      assert.equal(codeOf(findings[0] as vscode.Diagnostic), 'reference-duplicate');
      assert.match(findings[0]?.message ?? '', new RegExp(`‘${other}’`));
    }
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.includes('/dubbel/')), 'neither note was opened for this');
  });

  it('offers a quick fix that opens the other note at its reference', async () => {
    const document = await openInEditor(FIRST);
    const [finding] = await waitForDiagnostics(document.uri, (d) => d.length === 1, 'the finding of the open note');
    assert.ok(finding);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const open = actions.find((a) => a.command && a.title.includes('tweede.md'));
    assert.ok(open?.command, `no action that opens the other note among: ${actions.map((a) => a.title).join(', ')}`);
    const shown = nextActiveEditor(fileInWorkspace(SECOND));
    await vscode.commands.executeCommand(open.command.command, ...(open.command.arguments ?? []));
    const editor = await shown;
    assert.deepEqual([editor.selection.start.line, editor.selection.start.character], [7, 12], 'the other note is shown at its reference');
  });

  it('lets an open note\'s live findings replace its file\'s, and goes back to them when it closes', async () => {
    const document = await openInEditor(SECOND);
    const line = document.lineAt(7);
    assert.equal(line.text, 'referentie: "7300000"');
    const bothClear = [FIRST, SECOND].map((note) => waitForDiagnostics(fileInWorkspace(note), (d) => d.length === 0, `${note} without its duplicate`, { requireEvent: true }));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(7, 13, 7, 20), '7300001');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await Promise.all(bothClear);
    // Closed without saving: the file still shares its reference.
    const back = [FIRST, SECOND].map(async (note) => waitForDiagnostics(fileInWorkspace(note), same(await expectedFindings(note)), `${note} back to its file's findings`, { requireEvent: true }));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await Promise.all(back);
  });

  it('follows changes on disk: new notes, a changed one, and a folder that goes (as in a git checkout)', async () => {
    const folder = path.join(fileInWorkspace('').fsPath, 'uitgecheckt');
    const defective = fs.readFileSync(fileInWorkspace('notes/section-missing.md').fsPath, 'utf8');
    const names = Array.from({ length: 12 }, (_, i) => `uitgecheckt/nota-${i}.md`);
    const arrived = names.map((name) => waitForDiagnostics(fileInWorkspace(name), (d) => d.length > 0, `findings of ${name}, written on disk`));
    fs.mkdirSync(folder, { recursive: true });
    names.forEach((name, i) => fs.writeFileSync(fileInWorkspace(name).fsPath, defective.replace('referentie: "7000003"', `referentie: "${7400000 + i}"`)));
    for (const findings of await Promise.all(arrived)) assert.deepEqual(summarize(findings), ['17:1 section-missing']);

    const fixed = waitForDiagnostics(fileInWorkspace(names[0] as string), (d) => d.length === 0, 'the note fixed on disk');
    fs.writeFileSync(fileInWorkspace(names[0] as string).fsPath, fs.readFileSync(fileInWorkspace('beslisnota.md').fsPath, 'utf8').replace('7244668', '7499999'));
    await fixed;

    const gone = names.slice(1).map((name) => waitForDiagnostics(fileInWorkspace(name), (d) => d.length === 0, `${name} cleared after its folder was deleted`));
    fs.rmSync(folder, { recursive: true });
    await Promise.all(gone);
  });

  it('lists the notes in the Nota\'s view, grouped by status or type and sorted by date, and shows the active note in the status bar', async () => {
    const api = notaExtension().exports;
    const byStatus = await api.describeNotesView();
    assert.equal(byStatus.groupBy, 'status');
    assert.deepEqual(byStatus.groups.map((g) => g.label), ['With errors', 'With warnings', 'Ready']);
    const withErrors = byStatus.groups[0]?.rows ?? [];
    assert.ok(withErrors.includes('Eerste nota met dezelfde referentie — Beslisnota · 19 maart 2026 · 7300000 · 1 error'), withErrors.join('\n'));
    assert.ok(byStatus.groups[2]?.rows.some((row) => row.startsWith('Beleidsreactie Monitor Seksueel Geweld tegen kinderen 2020-2024 — Beslisnota · 19 maart 2026 · 7244668 · ready')));

    await vscode.commands.executeCommand('nota.notes.groupByType');
    const byType = await api.describeNotesView();
    assert.deepEqual(byType.groups.map((g) => g.label), ['Beslisnota', 'Extra', 'Memo']);
    await vscode.commands.executeCommand('nota.notes.groupByStatus');

    if (!screenshotDir()) return;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await openInEditor(FIRST);
    await vscode.commands.executeCommand('workbench.view.extension.nota');
    // Wide enough that a row shows its type, date, reference and status (the focused part grows).
    await vscode.commands.executeCommand('workbench.action.focusSideBar');
    for (let i = 0; i < 6; i++) await vscode.commands.executeCommand('workbench.action.increaseViewSize');
    await takeScreenshot('notes-view', {
      // The view's rows and the status bar item (type and error count) are on screen.
      waitFor: ['.part.sidebar .monaco-list-row', '.statusbar-item[id$="noteStatus"]'],
      timeoutMs: 20_000,
    });
    await vscode.commands.executeCommand('workbench.action.focusSideBar');
    for (let i = 0; i < 6; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewSize');
  });

  it('checks only open notes when nota.validate.workspace is off, and every note again when it is on', async () => {
    const config = vscode.workspace.getConfiguration('nota');
    const closedNote = fileInWorkspace('archief/ongeopend.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closedNote.toString()), 'no test opens this note');
    const cleared = waitForDiagnostics(closedNote, (d) => d.length === 0, 'the closed note cleared when workspace checking is off');
    await config.update('validate.workspace', false, vscode.ConfigurationTarget.Workspace);
    try {
      await cleared;
    } finally {
      const back = waitForDiagnostics(closedNote, (d) => d.length > 0, 'the closed note checked again');
      await config.update('validate.workspace', undefined, vscode.ConfigurationTarget.Workspace);
      assert.deepEqual(summarize(await back), await expectedFindings('archief/ongeopend.md'));
    }
    assert.deepEqual(notaDiagnostics(fileInWorkspace('README.md')), []);
  });
});
