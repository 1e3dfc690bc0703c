/**
 * "Nota: Import from Word or PDF…": pick a .docx, .pdf or .txt, let the
 * language server turn it into a note, write the note beside the source
 * (asking before overwriting) and open it, where its findings show as for
 * any note. The client only moves bytes and files; the import is the
 * server's.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { toBase64 } from '../../server/src/core/text/base64';
import { IMPORT_LIMITS } from '../../server/src/core/import/limits';
import { exists } from './uriExists';

type ImportAnswer = { ok: true; markdown: string; type: string; report: string[]; unplaced: string[] } | { ok: false; message: string };

export interface ImportOptions {
  /** Overwrite an existing note without asking (for scripts and tests). */
  overwrite?: boolean;
}

export function registerImportCommand(client: () => Promise<BaseLanguageClient | undefined>): vscode.Disposable {
  return vscode.commands.registerCommand('nota.importNote', async (uri?: vscode.Uri, options: ImportOptions = {}) => {
    const source = uri instanceof vscode.Uri ? uri : await pickSource();
    if (!source) return undefined;
    const name = source.path.slice(source.path.lastIndexOf('/') + 1);
    const { size } = await vscode.workspace.fs.stat(source);
    if (size > IMPORT_LIMITS.maxFileBytes) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not import {0}: it is larger than {1} MB.', name, IMPORT_LIMITS.maxFileBytes / 1024 / 1024));
      return undefined;
    }
    const bytes = await vscode.workspace.fs.readFile(source);
    const server = await client();
    if (!server) return undefined;
    const answer = await server.sendRequest<ImportAnswer>('nota/import', { name, data: toBase64(bytes) });
    if (!answer.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not import {0}: {1}', name, answer.message));
      return undefined;
    }
    const target = vscode.Uri.joinPath(source, '..', `${name.replace(/\.[^.]*$/, '')}.md`);
    const targetName = target.path.slice(target.path.lastIndexOf('/') + 1);
    if (!options.overwrite && (await exists(target))) {
      const overwrite = vscode.l10n.t('Overwrite');
      const choice = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Overwrite it with the imported note?', targetName), { modal: true }, overwrite);
      if (choice !== overwrite) return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(answer.markdown));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
    void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} as {1}: {2}', name, targetName, answer.report.join(' · ')));
    if (answer.unplaced.length) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} line(s) of {1} fit no field and stand as text before the first section.', answer.unplaced.length, name));
    }
    return target;
  });
}

async function pickSource(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: vscode.l10n.t('Import'),
    filters: { [vscode.l10n.t('Word, PDF or text')]: ['docx', 'pdf', 'txt'] },
  });
  return picked?.[0];
}
