/**
 * Reads a workspace folder's Nota configuration through a file access (the
 * core never touches files): `.nota/types/*.schema.json`, extra schemas from
 * the `nota.schemas` setting, and `.nota/portefeuilles.json`. Shared by the
 * language server (client or disk) and the CLI (disk).
 */
import type { ConfigFile, ConfigProblem } from '../core/workspace/workspaceConfig';
import { problemAtStart } from '../core/workspace/workspaceConfig';
import type { FileProblem } from '../protocol';
import type { WorkspaceFileAccess } from './fileAccess';
import { resolveInFolder } from './uris';

export const CONFIG_FOLDER = '.nota';
const MAX_CONFIG_BYTES = 2_000_000;

export interface WorkspaceFiles {
  files: ConfigFile[];
  problems: ConfigProblem[];
}

/** Files are named by URI in what this returns. */
export async function readConfigFiles(access: WorkspaceFileAccess, folder: string, extraSchemas: readonly string[] = []): Promise<WorkspaceFiles> {
  const typesFolder = resolveInFolder(folder, `${CONFIG_FOLDER}/types`);
  const names = (await access.listFiles(typesFolder)).filter((name) => name.endsWith('.schema.json')).sort();
  const schemas = [...new Set([...names.map((name) => resolveInFolder(typesFolder, name)), ...extraSchemas.map((p) => resolveInFolder(folder, p))])];
  const registry = resolveInFolder(folder, `${CONFIG_FOLDER}/portefeuilles.json`);
  const read = await access.readFiles([...schemas, registry], MAX_CONFIG_BYTES);
  const result: WorkspaceFiles = { files: [], problems: [] };
  read.forEach((file, i) => {
    const kind = i < schemas.length ? 'note-type' : 'registry';
    if ('text' in file) result.files.push({ path: file.uri, kind, text: file.text });
    // A workspace without a registry of its own is normal; a schema that is named but missing is not.
    else if (kind === 'note-type' || file.problem !== 'not-found') result.problems.push(problemAtStart(file.uri, describe(file.problem, file.detail)));
  });
  return result;
}

function describe(problem: FileProblem, detail: string | undefined): string {
  switch (problem) {
    case 'not-found': return 'file not found';
    case 'too-large': return `too large for a configuration file (${detail ?? `over ${MAX_CONFIG_BYTES} bytes`})`;
    case 'unreadable': return `cannot read: ${detail ?? 'unknown error'}`;
  }
}
