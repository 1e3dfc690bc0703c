/** What the language server gets in Node (dist/server.js, `nota lsp`): the disk, and the writers and the import engine beside its bundle. */
import type { ServerOptions } from '../server';
import { DiskFileAccess } from './diskFileAccess';
import { loadWriters } from './exportWriters';
import { importEngine } from '../import/loadEngine';

export function nodeServerOptions(): ServerOptions {
  return { diskAccess: () => new DiskFileAccess(), loadWriters: () => loadWriters(), importEngine };
}
