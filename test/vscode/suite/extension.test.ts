/**
 * The extension as a user meets it in a real VS Code: open files, see
 * findings, edit, restart. They run in this order: activation happens once,
 * before the first test (the workspace holds Markdown files), and each file
 * is opened (and checked live) once.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { nextPublish, notaDiagnostics, someFindings, summarize, waitForDiagnostics } from '../support/diagnostics';
import { expectedFindings, fileInWorkspace, notaExtension, openInEditor } from '../support/workspace';

/** Defective notes staged by prepareWorkspace.mjs; each has a .expected file next to it. */
const DEFECTIVE = [
  'notes/field-missing.md',
  'notes/section-numbering.md',
  'notes/portfolio-holder-unknown-addressee.md',
  'notes/zonder-metadata.nota.md',
];
const FIELD_MISSING = 'notes/field-missing.md';

describe('Nota in a real VS Code', () => {
  it('activates in a workspace with Markdown files and checks its notes before any is opened', async () => {
    const extension = notaExtension();
    const note = 'notes/section-numbering.md';
    const expected = await expectedFindings(note);
    const uri = fileInWorkspace(note);
    // Findings can only come from our language server: their arrival shows that the
    // workspace activated the extension and that the server checked a file nobody opened.
    const findings = await waitForDiagnostics(uri, (d) => JSON.stringify(summarize(d)) === JSON.stringify(expected), 'the findings of a note nobody opened');
    assert.deepEqual(summarize(findings), expected);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), `${note} was opened`);
    assert.equal(extension.isActive, true);
    await extension.exports.ready();
  });

  it('gives the example note no diagnostics', async () => {
    const uri = fileInWorkspace('beslisnota.md');
    const published = nextPublish(uri, 'the first check of the example note');
    await openInEditor('beslisnota.md');
    assert.deepEqual(summarize(await published), []);
  });

  for (const note of DEFECTIVE) {
    it(`gives ${note} exactly its expected findings`, async () => {
      const expected = await expectedFindings(note);
      assert.ok(expected.length > 0, `${note}.expected lists no findings; pick a defective fixture`);
      const uri = fileInWorkspace(note);
      const findings = someFindings(uri);
      await openInEditor(note);
      assert.deepEqual(summarize(await findings), expected);
      for (const diagnostic of notaDiagnostics(uri)) {
        assert.ok(diagnostic.message.length > 10, `message of ${String(diagnostic.code)} is too short: ${diagnostic.message}`);
      }
    });
  }

  it('clears a finding when a WorkspaceEdit fixes the defect, and shows it again on undo', async () => {
    const document = await openInEditor(FIELD_MISSING);
    const uri = document.uri;
    const original = document.getText();
    try {
      assert.deepEqual(summarize(notaDiagnostics(uri)), ['1:1 field-missing']);
      // Line 7 (0-based 6) is the closing '---' of the frontmatter; the
      // missing key goes just before it.
      assert.equal(document.lineAt(6).text, '---', 'the fixture changed: line 7 of field-missing.md is no longer the closing ---');
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(6, 0), 'referentie: "1234567"\n');
      const fixed = waitForDiagnostics(uri, (d) => d.length === 0, 'the field-missing finding to clear', { requireEvent: true });
      assert.equal(await vscode.workspace.applyEdit(edit), true, 'VS Code refused the WorkspaceEdit');
      assert.deepEqual(summarize(await fixed), []);

      // Undo through the editor, as a user would: the finding comes back.
      const back = waitForDiagnostics(uri, (d) => d.length > 0, 'the field-missing finding to return after undo', { requireEvent: true });
      await vscode.commands.executeCommand('undo');
      assert.deepEqual(summarize(await back), ['1:1 field-missing']);
      assert.equal(document.isDirty, false, 'undo did not bring the note back to its saved text');
    } finally {
      // Whatever failed above, the tests that follow need the note's text as
      // on disk (an edit, unlike a revert command, needs no focused editor).
      if (document.getText() !== original) {
        const restore = new vscode.WorkspaceEdit();
        restore.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
        await vscode.workspace.applyEdit(restore);
      }
    }
  });

  it('gives an ordinary Markdown file (a README) no diagnostics', async () => {
    const uri = fileInWorkspace('README.md');
    const published = nextPublish(uri, 'the first check of README.md');
    const document = await openInEditor('README.md');
    assert.equal(document.languageId, 'markdown');
    assert.deepEqual(summarize(await published), []);
  });

  it('restarts the server with nota.restartServer, and the findings come back', async () => {
    const notes = await Promise.all(DEFECTIVE.map(async (note) => ({ uri: fileInWorkspace(note), expected: await expectedFindings(note) })));
    // requireEvent: the findings from before the restart must not count.
    const returned = notes.map(({ uri, expected }) =>
      waitForDiagnostics(uri, (d) => JSON.stringify(summarize(d)) === JSON.stringify(expected), 'findings after the restart', { requireEvent: true }),
    );
    await vscode.commands.executeCommand('nota.restartServer');
    await notaExtension().exports.ready();
    await Promise.all(returned);
  });
});
