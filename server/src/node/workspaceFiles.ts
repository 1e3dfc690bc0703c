/**
 * A workspace's Nota configuration read from disk, for `nota check`: the
 * shared reader (workspace/configFiles.ts) over the disk, with files named by
 * path as the CLI prints them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FOLDER, readConfigFiles, type WorkspaceFiles } from '../workspace/configFiles';
import { DiskFileAccess } from './diskFileAccess';

export type { WorkspaceFiles } from '../workspace/configFiles';

export async function readWorkspaceFiles(root: string, extraSchemas: readonly string[] = []): Promise<WorkspaceFiles> {
  const read = await readConfigFiles(new DiskFileAccess(), pathToFileURL(path.resolve(root)).href, extraSchemas);
  const toPath = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : uri);
  return {
    files: read.files.map((file) => ({ ...file, path: toPath(file.path) })),
    problems: read.problems.map((problem) => ({ ...problem, path: toPath(problem.path) })),
  };
}

/** The nearest folder at or above `start` that holds a `.nota` folder, if any. */
export async function findWorkspaceRoot(start: string): Promise<string | undefined> {
  let current = path.resolve(start);
  for (;;) {
    try {
      if ((await fs.stat(path.join(current, CONFIG_FOLDER))).isDirectory()) return current;
    } catch {
      // not here; go up
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
