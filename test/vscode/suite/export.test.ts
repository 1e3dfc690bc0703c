/**
 * Export in a real VS Code: the commands write the document beside the note
 * from the editor's current (unsaved) text, refuse a note with errors unless
 * the author chooses a draft, and show in the palette, the editor title menu
 * and the preview's toolbar.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileInWorkspace, notaExtension, openInEditor } from '../support/workspace';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];

async function bytesOf(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

async function remove(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri);
  } catch {
    // not there
  }
}

describe('Export in a real VS Code', () => {
  it('"Exporteren naar Word" writes the .docx beside the note', async () => {
    const document = await openInEditor('beslisnota.md');
    const target = fileInWorkspace('beslisnota.docx');
    await remove(target);
    const outcome = await vscode.commands.executeCommand<{ written?: vscode.Uri; concept?: boolean }>('nota.export.docx', document.uri);
    assert.equal(outcome?.written?.toString(), target.toString());
    assert.equal(outcome?.concept, false);
    assert.deepEqual([...(await bytesOf(target)).slice(0, 4)], ZIP);
  });

  it('"Exporteren naar PDF" works on the unsaved text of the editor', async () => {
    const document = await openInEditor('notes/section-numbering.md');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const target = fileInWorkspace('notes/section-numbering.pdf');
    await remove(target);
    const marker = 'Een zin die alleen in de editor staat';
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(document.lineCount, 0), `\n${marker}.\n`)));
    assert.ok(document.isDirty);
    try {
      const outcome = await notaExtension().exports.exportNote(document.uri, 'pdf', { quiet: true });
      assert.ok('written' in outcome, JSON.stringify(outcome));
      const pdf = await bytesOf(target);
      assert.deepEqual([...pdf.slice(0, 4)], PDF);
      // The text is in a compressed content stream; its title proves the note, the size the page count.
      assert.ok(pdf.length > 10_000);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('refuses a note with errors, and exports it as a draft (CONCEPT) when the author chooses so', async () => {
    const uri = fileInWorkspace('notes/field-missing.md');
    const target = fileInWorkspace('notes/field-missing.docx');
    await remove(target);
    const refused = await notaExtension().exports.exportNote(uri, 'docx', { forceConcept: false, quiet: true });
    assert.deepEqual(refused, { notWritten: 'refused' });
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)), 'no file is written for a refused note');
    const draft = await notaExtension().exports.exportNote(uri, 'docx', { forceConcept: true, quiet: true });
    assert.ok('written' in draft, JSON.stringify(draft));
    assert.equal(draft.written.toString(), target.toString());
    assert.equal(draft.concept, true);
    assert.deepEqual([...(await bytesOf(target)).slice(0, 4)], ZIP);
  });

  it('says so for a Markdown file that is not a note', async () => {
    const outcome = await notaExtension().exports.exportNote(fileInWorkspace('README.md'), 'pdf', { quiet: true });
    assert.deepEqual(outcome, { notWritten: 'not-a-note' });
  });

  it('offers the commands in the palette, the editor title menu of a note and the preview\'s toolbar', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('nota.export.docx') && commands.includes('nota.export.pdf'));
    const manifest = notaExtension().packageJSON as { contributes: { menus: Record<string, { command: string; when?: string; group?: string }[]> } };
    const menus = manifest.contributes.menus;
    for (const command of ['nota.export.docx', 'nota.export.pdf']) {
      assert.ok(menus.commandPalette?.some((m) => m.command === command), `${command} in the palette`);
      assert.ok(menus['editor/title']?.some((m) => m.command === command && m.when?.includes('nota.isNote')), `${command} in a note's editor title menu`);
      assert.ok(menus['editor/title']?.some((m) => m.command === command && m.when?.includes("activeWebviewPanelId == 'nota.preview'") && m.group?.startsWith('navigation')), `${command} in the preview's toolbar`);
    }
  });
});
