/**
 * The preview in a real VS Code: opened by its command, it shows the note in
 * house style, follows edits, and runs under a strict Content-Security-Policy.
 * What the webview shows is read back through a message round trip.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { screenshotDir, takeScreenshot } from '../support/screenshot';
import { notaExtension, openInEditor } from '../support/workspace';

const WAIT_MS = 30_000;

function nextUpdate(uri: vscode.Uri): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`the preview of ${uri.path} did not update within ${WAIT_MS} ms`));
    }, WAIT_MS);
    const subscription = notaExtension().exports.onDidUpdatePreview((event) => {
      if (event.uri.toString() !== uri.toString()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(event.version);
    });
  });
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  // The preview switches after an isNote round trip and a render: poll the extension's own state.
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Puts the note's text back as it was, saved. */
async function restoreText(document: vscode.TextDocument, original: string): Promise<void> {
  const restore = new vscode.WorkspaceEdit();
  restore.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
  await vscode.workspace.applyEdit(restore);
  await document.save();
}

describe('The preview in a real VS Code', () => {
  it('shows the note in house style, through a message round trip with the webview', async () => {
    const document = await openInEditor('beslisnota.md');
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('nota.preview.openToSide', document.uri);
    assert.ok(panel, 'no preview panel opened');
    const shown = await notaExtension().exports.describePreview(document.uri);
    assert.ok(shown, 'the webview did not answer');
    assert.equal(shown.doctype, 'nota');
    assert.deepEqual(shown.addressees, ['Minister van Justitie en Veiligheid', 'Staatssecretaris van Justitie en Veiligheid']);
    assert.deepEqual(shown.colophon.slice(-6), ['Datum', '19 maart 2026', 'Onze referentie', '7244668', 'Bijlage(n)', '2']);
    assert.deepEqual(shown.headings.slice(0, 3), ['1. Aanleiding', '2. Geadviseerd besluit', '3. Kernpunten']);
    assert.equal(shown.banner, null);
    assert.equal(shown.unsafe, 0, 'no script, event handler or remote source in the note\'s content');
    assert.match(shown.csp ?? '', /default-src 'none'/);
    assert.match(shown.csp ?? '', /script-src 'nonce-[^']+'/);
    assert.doesNotMatch(shown.csp ?? '', /unsafe-inline|unsafe-eval/);
    if (screenshotDir()) {
      await takeScreenshot('preview', { waitFor: ['iframe.webview'], timeoutMs: 20_000 });
    }
  });

  it('is titled by the file name, follows the active note, and stays on its note when locked', async () => {
    const api = notaExtension().exports;
    const example = await openInEditor('beslisnota.md');
    await vscode.commands.executeCommand('nota.preview.openToSide', example.uri);
    assert.deepEqual(api.previews().map((p) => [p.uri.path.split('/').pop(), p.locked, p.title]), [['beslisnota.md', false, 'Preview: beslisnota.md']]);
    // Another note in the editor: the preview follows it.
    const other = await openInEditor('notes/portfolio-title-shared.md');
    await until(() => api.previews()[0]?.uri.toString() === other.uri.toString(), 'the preview to follow the active note');
    assert.equal(api.previews()[0]?.title, 'Preview: portfolio-title-shared.md');
    // An ordinary Markdown file is not followed.
    await openInEditor('README.md');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(api.previews()[0]?.uri.toString(), other.uri.toString());
    // Locked, it stays where it is.
    const locked = await vscode.commands.executeCommand<{ locked: boolean; title: string } | undefined>('nota.preview.toggleLock', other.uri);
    assert.deepEqual(locked && [locked.locked, locked.title], [true, 'Preview (locked): portfolio-title-shared.md']);
    await openInEditor('beslisnota.md');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(api.previews()[0]?.uri.toString(), other.uri.toString());
    await vscode.commands.executeCommand('nota.preview.toggleLock', other.uri);
    await until(() => api.previews()[0]?.uri.toString() === example.uri.toString(), 'the unlocked preview to follow the active note again');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('marks findings in the metadata: an impossible date under Datum', async () => {
    const document = await openInEditor('beslisnota.md');
    const original = document.getText();
    try {
      await vscode.commands.executeCommand('nota.preview.openToSide', document.uri);
      const updated = nextUpdate(document.uri);
      const edit = new vscode.WorkspaceEdit();
      const at = original.indexOf('19 maart 2026');
      edit.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + '19 maart 2026'.length)), '31 februari 2026');
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      await updated;
      const shown = await notaExtension().exports.describePreview(document.uri);
      assert.deepEqual(shown?.marks.map((m) => [m.text, m.severity]), [['31 februari 2026', 'error']]);
      assert.match(shown?.marks[0]?.message ?? '', /‘31 februari 2026’ is (geen geldige datum|not a valid date)/);
    } finally {
      await restoreText(document, original);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('follows edits: a removed section shows as a marked placeholder with an error banner', async () => {
    const document = await openInEditor('beslisnota.md');
    const original = document.getText();
    await vscode.commands.executeCommand('nota.preview.openToSide', document.uri);
    try {
      const start = original.indexOf('## 3. Kernpunten');
      const end = original.indexOf('## 4. Toelichting');
      const updated = nextUpdate(document.uri);
      const edit = new vscode.WorkspaceEdit();
      edit.delete(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)));
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      await updated;
      const shown = await notaExtension().exports.describePreview(document.uri);
      assert.deepEqual(shown?.missing, ['3. Kernpunten']);
      assert.match(shown?.banner ?? '', /1 (fout|error)/);
    } finally {
      await restoreText(document, original);
      await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    }
  });
});
