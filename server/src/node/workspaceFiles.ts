/**
 * Reads a workspace's Nota configuration from disk (the core never touches the
 * file system): `.nota/types/*.schema.json`, extra schema paths from the
 * `nota.schemas` setting, and `.nota/portefeuilles.json`. Shared by the
 * language server and the CLI.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ConfigFile, ConfigProblem } from '../core/workspace/workspaceConfig';
import { problemAtStart } from '../core/workspace/workspaceConfig';

export const CONFIG_FOLDER = '.nota';
const MAX_CONFIG_BYTES = 2_000_000;

export interface WorkspaceFiles {
  files: ConfigFile[];
  problems: ConfigProblem[];
}

export async function readWorkspaceFiles(root: string, extraSchemas: readonly string[] = []): Promise<WorkspaceFiles> {
  const result: WorkspaceFiles = { files: [], problems: [] };
  const typesFolder = path.join(root, CONFIG_FOLDER, 'types');
  let names: string[] = [];
  try {
    names = (await fs.readdir(typesFolder)).filter((name) => name.endsWith('.schema.json')).sort();
  } catch {
    // No .nota/types folder: nothing to add.
  }
  const schemaPaths = [...names.map((name) => path.join(typesFolder, name)), ...extraSchemas.map((p) => path.resolve(root, p))];
  for (const file of [...new Set(schemaPaths)]) await readInto(result, file, 'note-type', true);
  await readInto(result, path.join(root, CONFIG_FOLDER, 'portefeuilles.json'), 'registry', false);
  return result;
}

async function readInto(result: WorkspaceFiles, file: string, kind: ConfigFile['kind'], required: boolean): Promise<void> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_CONFIG_BYTES) {
      result.problems.push(problemAtStart(file, `too large for a configuration file (${stat.size} bytes)`));
      return;
    }
    result.files.push({ path: file, kind, text: await fs.readFile(file, 'utf8') });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' && !required) return;
    result.problems.push(problemAtStart(file, code === 'ENOENT' ? 'file not found' : `cannot read: ${code ?? String(error)}`));
  }
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
