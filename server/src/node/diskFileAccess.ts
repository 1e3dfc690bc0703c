/**
 * Workspace files read from disk by the server itself: for editors that do
 * not provide them (see protocol.ts), and for `nota check`. Only file: URIs.
 */
import { promises as fs } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ReadFileResult } from '../protocol';
import type { WorkspaceFileAccess } from '../workspace/fileAccess';
import { walkMarkdownFiles } from './walkMarkdown';

export class DiskFileAccess implements WorkspaceFileAccess {
  readonly kind = 'disk';

  async findMarkdownFiles(folder: string): Promise<string[]> {
    const root = toPath(folder);
    if (!root) return [];
    return (await walkMarkdownFiles(root)).map((file) => pathToFileURL(file).href);
  }

  async listFiles(folder: string): Promise<string[]> {
    const at = toPath(folder);
    if (!at) return [];
    try {
      return (await fs.readdir(at, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
    } catch {
      return [];
    }
  }

  async readFiles(uris: readonly string[], maxBytes: number): Promise<ReadFileResult[]> {
    return Promise.all(uris.map((uri) => readFile(uri, maxBytes)));
  }
}

async function readFile(uri: string, maxBytes: number): Promise<ReadFileResult> {
  const file = toPath(uri);
  if (!file) return { uri, problem: 'unreadable', detail: 'not a file: URI' };
  try {
    const stat = await fs.stat(file);
    if (stat.size > maxBytes) return { uri, problem: 'too-large', detail: `${stat.size} bytes` };
    return { uri, text: utf8.decode(await fs.readFile(file)) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'ENOENT' ? { uri, problem: 'not-found' } : { uri, problem: 'unreadable', detail: code ?? String(error) };
  }
}

function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** UTF-8 with invalid bytes replaced and a byte order mark dropped, as editors show the file. */
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
