/**
 * The writing aids as a user meets them in VS Code: the outline, completion,
 * a quick fix applied through VS Code's code action machinery, and the
 * "new beslisnota" command. Results come from VS Code's own command API, so
 * they pass through the real client and the real server.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, notaDiagnostics, someFindings, waitForDiagnostics } from '../support/diagnostics';
import { openInEditor } from '../support/workspace';
import { screenshotDir, takeScreenshot } from '../support/screenshot';

describe('Writing aids in a real VS Code', () => {
  it('gives a note one outline: its sections once, nested and in order (VS Code\'s Markdown outline; Nota adds no second tree)', async () => {
    const document = await openInEditor('beslisnota.md');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(symbols.map((s) => s.name), ['## 1. Aanleiding', '## 2. Geadviseerd besluit', '## 3. Kernpunten', '## 4. Toelichting', '## 5. Informatie die niet openbaar gemaakt kan worden']);
    assert.deepEqual(symbols[3]?.children.map((s) => s.name), ['### Bevindingen', '### 4.1. Afstemming']);
  });

  it('completes frontmatter keys and the next section heading', async () => {
    const document = await openInEditor('notes/section-missing.md');
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(7, 0));
    const labels = keys.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const key of ['bijlagen', 'afzender', 'kopie-aan']) assert.ok(labels.includes(key), `no completion for ${key}: ${labels.slice(0, 20).join(', ')}`);
    // The blank line after the advised decision: the next expected section is 3. Kernpunten.
    assert.equal(document.lineAt(16).text, '');
    const headings = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(16, 0));
    assert.ok(headings.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '3. Kernpunten'), 'no heading completion for 3. Kernpunten');
  });

  it('inserts a missing section with a quick fix applied through VS Code', async () => {
    const document = await openInEditor('notes/section-missing.md');
    const uri = document.uri;
    const original = document.getText();
    try {
      const [missing] = await someFindings(uri);
      assert.equal(missing?.code, 'section-missing');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.isPreferred && a.title.includes('Kernpunten'));
      assert.ok(fix?.edit, `no preferred fix among: ${actions.map((a) => a.title).join(', ')}`);
      if (screenshotDir()) {
        // The same fix as a user sees it: the Quick Fix menu at the finding.
        const editor = await vscode.window.showTextDocument(document);
        editor.selection = new vscode.Selection(missing.range.start, missing.range.start);
        await vscode.commands.executeCommand('editor.action.quickFix');
        await takeScreenshot('quick-fix', { waitFor: ['.action-widget .monaco-list-row'], timeoutMs: 20_000 });
        await vscode.commands.executeCommand('hideCodeActionWidget');
      }
      // The new section holds Nota's hint, a placeholder: left is a thing to do (information), not an error.
      const cleared = waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'section-missing'), 'the section-missing finding to clear', { requireEvent: true });
      assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
      const left = await cleared;
      assert.deepEqual(left.map((d) => [codeOf(d), d.severity, d.message]), [['section-empty', vscode.DiagnosticSeverity.Information, 'Nog te schrijven: de sectie ‘Kernpunten’.']]);
      assert.ok(fix.command, 'the fix shows what it inserted');
      const headings = document.getText().split('\n').filter((line) => line.startsWith('## '));
      assert.deepEqual(headings, ['## 1. Aanleiding', '## 2. Geadviseerd besluit', '## 3. Kernpunten', '## 4. Toelichting', '## 5. Informatie die niet openbaar gemaakt kan worden']);
    } finally {
      const restore = new vscode.WorkspaceEdit();
      restore.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      await vscode.workspace.applyEdit(restore);
      await document.save();
    }
  });

  it('opens a new untitled beslisnota from "Nota: Nieuwe beslisnota"', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('nota.newNote');
    assert.ok(uri, 'the command returned no document');
    assert.equal(uri.scheme, 'untitled');
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.ok(document);
    assert.equal(document.languageId, 'markdown');
    const text = document.getText();
    assert.match(text, /^---\ntype: beslisnota\n/);
    assert.match(text, /^datum: \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/m);
    assert.deepEqual(text.split('\n').filter((l) => l.startsWith('## ')), ['## 1. Aanleiding', '## 2. Geadviseerd besluit', '## 3. Kernpunten', '## 4. Toelichting', '## 5. Informatie die niet openbaar gemaakt kan worden']);
    // It is a note, and reads as a to-do list: what is still to be filled in, at information level.
    const findings = await waitForDiagnostics(uri, (d) => d.length > 0, 'findings on the new note');
    assert.ok(findings.some((d) => d.code === 'section-empty'));
    assert.deepEqual([...new Set(findings.map((d) => d.severity))], [vscode.DiagnosticSeverity.Information]);
    assert.ok(!notaDiagnostics(uri).some((d) => d.code === 'section-missing'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
