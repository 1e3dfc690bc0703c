/**
 * "Nota: Import from Word or PDF…" in a real VS Code: the command (given the
 * source's URI, as the picker would return it) writes the note beside the
 * source, opens it, and the note's findings show; a file that cannot be
 * imported writes nothing.
 */
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { buildDocx } from '../../support/docxBuilder';
import { nextPublish, someFindings, summarize } from '../support/diagnostics';
import { screenshotDir, takeScreenshot } from '../support/screenshot';
import { fileInWorkspace, notaExtension } from '../support/workspace';

async function importNote(relative: string): Promise<vscode.Uri | undefined> {
  return vscode.commands.executeCommand<vscode.Uri | undefined>('nota.importNote', fileInWorkspace(relative), { overwrite: true });
}

describe('Nota: Import from Word or PDF…', () => {
  before(() => notaExtension().exports.ready());

  it('imports the seed text beside it as the example note, opens it, and it gets no findings', async () => {
    const target = fileInWorkspace('import/nota-jenv.md');
    const published = nextPublish(target, 'the first check of the imported note');
    const written = await importNote('import/nota-jenv.txt');
    assert.equal(written?.toString(), target.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'the imported note is open in the editor');
    // The workspace's copy of the seed carries a reference of its own (prepareWorkspace.mjs), so the two notes do not share one.
    const example = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileInWorkspace('beslisnota.md'))).replace('referentie: "7244668"', 'referentie: "7000007"');
    assert.equal(vscode.window.activeTextEditor?.document.getText(), example);
    assert.deepEqual(summarize(await published), []);
  });

  it('imports a Word file whose head lacks Datum and Onze referentie, and their findings show', async () => {
    const plain = (text: string, style?: string) => ({ ...(style ? { style } : {}), runs: [{ text }] });
    const docx = buildDocx({
      body: [
        plain('Minister van Justitie en Veiligheid'),
        plain('nota'),
        plain('Aanpak van de wachttijden'),
        ...['Aanleiding', 'Geadviseerd besluit', 'Kernpunten', 'Toelichting', 'Informatie die niet openbaar gemaakt kan worden'].flatMap((title, i) => [plain(`${i + 1}. ${title}`, 'Heading1'), plain(i === 1 ? 'De minister van Justitie en Veiligheid wordt geadviseerd in te stemmen.' : 'Tekst.')]),
      ],
    });
    writeFileSync(fileInWorkspace('import/zonder-datum.docx').fsPath, docx);
    const target = fileInWorkspace('import/zonder-datum.md');
    const findings = someFindings(target);
    assert.equal((await importNote('import/zonder-datum.docx'))?.toString(), target.toString());
    assert.deepEqual(summarize(await findings), ['1:1 field-missing', '1:1 field-missing']);
    // A picture for people, where the runner can take one: the imported note with its findings.
    if (screenshotDir()) {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      const png = await takeScreenshot('import-word', { waitFor: ['.monaco-editor .squiggly-error', '.markers-panel .monaco-list-row'], timeoutMs: 20_000 });
      console.log(`      screenshot: ${png}`);
    }
  });

  it('writes nothing for a .docx that is not a Word file', async () => {
    writeFileSync(fileInWorkspace('import/kapot.docx').fsPath, 'geen zip');
    assert.equal(await importNote('import/kapot.docx'), undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(fileInWorkspace('import/kapot.md'))));
  });
});
