/**
 * The test workspace as the suite sees it (in Node's extension host or the
 * browser's: nothing here needs Node). The runners stage it fresh for
 * every run (test/vscode/prepareWorkspace.mjs), from the repository's example
 * and fixture notes, so there is one source of truth for what a note should
 * get and no edit of one run can leak into the next.
 */
import * as vscode from 'vscode';
import type { NotaExtensionApi } from '../../../client/src/extension';

/** publisher.name from package.json. */
export const EXTENSION_ID = 'nota.nota';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('VS Code was started without a workspace folder (the runner passes the staged test workspace)');
  return folder.uri;
}

export function fileInWorkspace(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

/** Opens the file in an editor tab, as a user would, and returns its document. */
export async function openInEditor(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fileInWorkspace(relative));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/**
 * The findings a staged note should get: the fixture's `.expected` file next
 * to it, as summarize() writes them (where each starts), sorted. The files
 * also give where each ends; the unit tests hold the ends.
 */
export async function expectedFindings(relativeNote: string): Promise<string[]> {
  const expectedFile = fileInWorkspace(relativeNote.replace(/\.md$/, '.expected'));
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(expectedFile));
  return text.split('\n').map((line) => line.trim().replace(/^(\d+:\d+)-\d+:\d+ /, '$1 ')).filter(Boolean).sort();
}

export function notaExtension(): vscode.Extension<NotaExtensionApi> {
  const extension = vscode.extensions.getExtension<NotaExtensionApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  return extension;
}
