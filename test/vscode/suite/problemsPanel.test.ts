/**
 * Pictures for people: the workbench with a defective note and the Problems
 * panel open, and a title with a portfolio with its hover; saved by the
 * runner into test-results/ on every run.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, someFindings, waitForDiagnostics } from '../support/diagnostics';
import { screenshotDir, takeScreenshot } from '../support/screenshot';
import { fileInWorkspace, openInEditor } from '../support/workspace';

const NOTE = 'notes/portfolio-holder-unknown-addressee.md';

describe('What a user sees', () => {
  it('shows a defective note with its findings in the Problems panel (screenshot)', async function () {
    const dir = screenshotDir();
    if (!dir) {
      // Only test/e2e/runInCodeServer.mjs can take pictures; say so rather than pass quietly.
      console.log('      (no NOTA_SCREENSHOT_DIR: this runner takes no screenshots; skipped)');
      this.skip();
    }
    await openInEditor(NOTE);
    await someFindings(fileInWorkspace(NOTE));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const png = await takeScreenshot('problems-panel', {
      // The findings have reached the renderer: a squiggle in the editor and
      // rows in the Problems panel, not merely in the extension host.
      waitFor: ['.monaco-editor :is(.squiggly-error, .squiggly-warning)', '.markers-panel .monaco-list-row'],
      timeoutMs: 20_000,
    });
    assert.ok(png.endsWith('problems-panel.png'));
    console.log(`      screenshot: ${png}`);
  });

  it('shows a title with a portfolio highlighted whole, its hover with both parts, and why the base title is not enough (screenshot)', async function () {
    const dir = screenshotDir();
    if (!dir) {
      console.log('      (no NOTA_SCREENSHOT_DIR: this runner takes no screenshots; skipped)');
      this.skip();
    }
    const note = 'notes/portfolio-title-shared.md';
    const uri = fileInWorkspace(note);
    // One editor, this note's, so that the picture is about it.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const findings = waitForDiagnostics(uri, (d) => d.length > 0, 'the finding of the note with two state secretaries of Financiën');
    const document = await openInEditor(note);
    const [finding, ...others] = await findings;
    assert.deepEqual(others, []);
    assert.equal(codeOf(finding as vscode.Diagnostic), 'portfolio-holder-missing');
    assert.deepEqual([finding?.range.start.line, finding?.range.start.character, finding?.range.end.character], [5, 4, 57]);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document, document);
    // On "Fiscaliteit" in the advised decision: the portfolio part of the full title.
    const line = document.lineAt(16).text;
    const at = new vscode.Position(16, line.indexOf('Fiscaliteit') + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*staatssecretaris van Financiën\*\* \(SFin\)\n\n(portefeuille|portfolio): \*\*Fiscaliteit, Belastingdienst en Douane\*\*/);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const shown = await vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at), preview: false });
    shown.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('editor.action.showHover');
    console.log(`      screenshot: ${await takeScreenshot('portfolio-title', { waitFor: ['.monaco-editor .squiggly-error', '.markers-panel .monaco-list-row', '.monaco-hover'], timeoutMs: 20_000 })}`);
    // The finding's whole message, in the hover over the entry in `aan` (the editor opened afresh, without the first hover).
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const entry = new vscode.Position(5, 10);
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(entry, entry), preview: false });
    await vscode.commands.executeCommand('editor.action.showHover');
    // A diagnostic's hover ends in a status bar with its actions (View Problem, Quick Fix).
    console.log(`      screenshot: ${await takeScreenshot('portfolio-title-finding', { waitFor: ['.monaco-hover .hover-row.status-bar'], timeoutMs: 20_000 })}`);
  });
});
