/**
 * A Markdown file that is not a note becomes one when the author accepts
 * Nota's offer: the frontmatter goes in at the top as a snippet, the file is
 * checked as a note at once, and nothing the author wrote changes.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForDiagnostics } from '../support/diagnostics';
import { fileInWorkspace, notaExtension, openInEditor } from '../support/workspace';

describe('Making a Markdown file a note', () => {
  it('adds the frontmatter (its title as the subject) and the file is checked as a note', async () => {
    const uri = fileInWorkspace('notes/aantekeningen.md');
    const text = '# Reactie op de monitor\n\nEerste aantekeningen.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const document = await openInEditor('notes/aantekeningen.md');
      const checked = waitForDiagnostics(uri, (d) => d.length > 0, 'findings once the file is a note');
      assert.equal(await notaExtension().exports.makeNote(uri, 'beslisnota'), true);
      await checked;
      assert.match(document.getText(), /^---\ntype: beslisnota\nonderwerp: Reactie op de monitor\naan:\n {2}- Minister van Justitie en Veiligheid\ndatum: \d{1,2} \w+ \d{4}\nreferentie: "…"\n---\n\n# Reactie op de monitor\n/);
      assert.ok(document.getText().endsWith(text), 'the author\'s text is kept as it was');
      // The snippet's first value to fill in is selected.
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.getText(editor.selection), 'Reactie op de monitor');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
