/**
 * A picture for people: the workbench with a defective note and the Problems
 * panel open, saved by the runner into test-results/ on every run.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { someFindings } from '../support/diagnostics';
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
});
