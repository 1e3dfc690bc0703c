// The client side of Nota's workspace file requests (nota/fs/*, see
// server/src/protocol.ts), answered from disk, for LSP clients that stand in
// for VS Code's (whose client answers them with vscode.workspace.fs): the
// protocol tests and the bench. Plain ESM so the bench needs no TypeScript.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** @param {import('vscode-jsonrpc').MessageConnection} connection */
export function serveWorkspaceFilesFromDisk(connection) {
  // A plain walk of every Markdown file: the server must apply the scan rules itself, whatever a client lists.
  connection.onRequest('nota/fs/findFiles', (params) => walk(fileURLToPath(params.base)).filter((file) => file.endsWith('.md')).map((file) => pathToFileURL(file).href));
  connection.onRequest('nota/fs/listFolder', (params) => {
    try {
      return readdirSync(fileURLToPath(params.uri), { withFileTypes: true }).map((e) => [e.name, e.isDirectory() ? 'folder' : e.isFile() ? 'file' : 'other']);
    } catch {
      return null;
    }
  });
  connection.onRequest('nota/fs/readFiles', (params) => params.uris.map((uri) => {
    try {
      const file = fileURLToPath(uri);
      const size = statSync(file).size;
      return size > params.maxBytes ? { uri, problem: 'too-large', detail: `${size} bytes` } : { uri, text: utf8.decode(readFileSync(file)) };
    } catch (error) {
      return error?.code === 'ENOENT' ? { uri, problem: 'not-found' } : { uri, problem: 'unreadable', detail: String(error?.code ?? error) };
    }
  }));
}

function walk(folder) {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
