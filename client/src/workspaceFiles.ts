/**
 * The client side of Nota's workspace file requests (server/src/protocol.ts):
 * the server asks, VS Code's file system answers. The same on the desktop and
 * in the browser, for local, remote and virtual workspaces alike; the
 * language server itself never touches a file system.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FIND_FILES_REQUEST, LIST_FOLDER_REQUEST, READ_FILES_REQUEST,
  type FindFilesParams, type FolderEntry, type ListFolderParams, type ReadFileResult, type ReadFilesParams,
} from '../../server/src/protocol';
import { isMarkdownFile, isSkippedName } from '../../server/src/core/workspace/scanRules';

/** Files read at once: enough to keep the disk busy, few enough not to flood the extension host. */
const PARALLEL_READS = 16;
/**
 * VS Code's file search waits for a search provider, and a folder of VS Code
 * for the Web may have none: after this long the folder is walked instead.
 */
const SEARCH_PATIENCE_MS = 15_000;

export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
  const handlers = [
    client.onRequest(FIND_FILES_REQUEST, (params: FindFilesParams) => findFiles(params)),
    client.onRequest(LIST_FOLDER_REQUEST, async (params: ListFolderParams): Promise<FolderEntry[] | null> => {
      try {
        const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(params.uri));
        return entries.map(([name, type]) => [name, type & vscode.FileType.Directory ? 'folder' : type & vscode.FileType.File ? 'file' : 'other']);
      } catch {
        return null;
      }
    }),
    client.onRequest(READ_FILES_REQUEST, (params: ReadFilesParams) => readFiles(params.uris, params.maxBytes)),
  ];
  return vscode.Disposable.from(...handlers);
}

async function findFiles(params: FindFilesParams): Promise<string[]> {
  const base = vscode.Uri.parse(params.base);
  const exclude = params.exclude ? new vscode.RelativePattern(base, params.exclude) : null;
  const cancel = new vscode.CancellationTokenSource();
  const patience = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, SEARCH_PATIENCE_MS);
    cancel.token.onCancellationRequested(() => clearTimeout(timer));
  });
  try {
    const found = await Promise.race([vscode.workspace.findFiles(new vscode.RelativePattern(base, params.include), exclude, undefined, cancel.token), patience]);
    if (found) return found.map((uri) => uri.toString());
  } catch {
    // No search here: walk the folder.
  } finally {
    cancel.cancel();
    cancel.dispose();
  }
  return walkMarkdownFiles(base);
}

/** The Markdown files under a folder, by the scan rules (the server applies them again to whatever it gets). */
async function walkMarkdownFiles(folder: vscode.Uri): Promise<string[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const [name, type] of entries) {
    if (isSkippedName(name)) continue;
    const uri = vscode.Uri.joinPath(folder, name);
    if (type & vscode.FileType.Directory) found.push(...(await walkMarkdownFiles(uri)));
    else if (type & vscode.FileType.File && isMarkdownFile(name)) found.push(uri.toString());
  }
  return found;
}

async function readFiles(uris: readonly string[], maxBytes: number): Promise<ReadFileResult[]> {
  const results = new Array<ReadFileResult>(uris.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < uris.length; i = next++) results[i] = await readFile(uris[i] as string, maxBytes);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, uris.length) }, worker));
  return results;
}

async function readFile(uri: string, maxBytes: number): Promise<ReadFileResult> {
  const target = vscode.Uri.parse(uri);
  try {
    const { size } = await vscode.workspace.fs.stat(target);
    if (size > maxBytes) return { uri, problem: 'too-large', detail: `${size} bytes` };
    return { uri, text: utf8.decode(await vscode.workspace.fs.readFile(target)) };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { uri, problem: 'not-found' };
    return { uri, problem: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** UTF-8 with invalid bytes replaced and a byte order mark dropped, as the editor shows the file. */
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
