/** What the language server gets in Node (dist/server.js, `nota lsp`): the disk, and the writers beside its bundle. */
import type { ServerOptions } from '../server';
import { DiskFileAccess } from './diskFileAccess';
import { loadWriters } from './exportWriters';

export function nodeServerOptions(): ServerOptions {
  return { diskAccess: () => new DiskFileAccess(), loadWriters: () => loadWriters() };
}
