/** Workspace files provided by the client over Nota's `nota/fs/*` requests (see protocol.ts). */
import type { Connection } from 'vscode-languageserver';
import { FIND_FILES_REQUEST, LIST_FOLDER_REQUEST, READ_FILES_REQUEST, type FindFilesParams, type FolderEntry, type ListFolderParams, type ReadFileResult, type ReadFilesParams } from '../protocol';
import { scannedOnly, type WorkspaceFileAccess } from './fileAccess';

/** Files per request: large enough that round trips are few, small enough that progress moves. */
const READ_BATCH = 100;

export class ClientFileAccess implements WorkspaceFileAccess {
  readonly kind = 'client';

  constructor(private readonly connection: Connection) {}

  async findMarkdownFiles(folder: string): Promise<string[]> {
    const params: FindFilesParams = { base: folder, include: '**/*.md', exclude: '**/{node_modules,.*}/**' };
    const found = await this.connection.sendRequest<string[] | null>(FIND_FILES_REQUEST, params);
    return scannedOnly(folder, found ?? []).sort();
  }

  async listFiles(folder: string): Promise<string[]> {
    const entries = await this.connection.sendRequest<FolderEntry[] | null>(LIST_FOLDER_REQUEST, { uri: folder } satisfies ListFolderParams);
    return (entries ?? []).filter(([, kind]) => kind === 'file').map(([name]) => name);
  }

  async readFiles(uris: readonly string[], maxBytes: number): Promise<ReadFileResult[]> {
    const results: ReadFileResult[] = [];
    for (let i = 0; i < uris.length; i += READ_BATCH) {
      const batch = uris.slice(i, i + READ_BATCH);
      const read = await this.connection.sendRequest<ReadFileResult[] | null>(READ_FILES_REQUEST, { uris: batch, maxBytes } satisfies ReadFilesParams);
      // One answer per file, whatever the client sent back.
      const byUri = new Map((read ?? []).map((result) => [result.uri, result]));
      results.push(...batch.map((uri): ReadFileResult => byUri.get(uri) ?? { uri, problem: 'unreadable', detail: 'no answer from the client' }));
    }
    return results;
  }
}
