/**
 * How the language server reaches the files of a workspace: list the
 * Markdown files and the note type schemas of a folder, and read files. Two
 * implementations: the client provides the files over LSP (clientFileAccess.ts;
 * VS Code, on the desktop and in the browser), or the server reads file:
 * folders from disk (node/diskFileAccess.ts; editors that offer no such
 * client side). Changes reach the server either way as LSP's
 * workspace/didChangeWatchedFiles, from watchers the server registers and
 * the client runs.
 */
import type { ReadFileResult } from '../protocol';
import { isScannedPath } from '../core/workspace/scanRules';
import { relativePath } from './uris';

export interface WorkspaceFileAccess {
  /** Where the files come from, for the log. */
  readonly kind: 'client' | 'disk';
  /** Markdown files under the folder (URI), skipping node_modules and names starting with a dot. */
  findMarkdownFiles(folder: string): Promise<string[]>;
  /** The file names in a folder, or an empty list when it does not exist. */
  listFiles(folder: string): Promise<string[]>;
  /** Files as text; a file above maxBytes is not read. One result per URI, in order. */
  readFiles(uris: readonly string[], maxBytes: number): Promise<ReadFileResult[]>;
}

/** Keeps the files a scan takes (the same rule as `nota check` on a folder), whatever the source listed. */
export function scannedOnly(folder: string, uris: readonly string[]): string[] {
  return uris.filter((uri) => {
    const relative = relativePath(folder, uri);
    return relative !== undefined && isScannedPath(relative);
  });
}
