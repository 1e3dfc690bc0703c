/** Running the built CLI (dist/cli.js) as a user does, in Dutch unless asked otherwise. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './fixtures';

export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function nota(args: readonly string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'nl_NL.UTF-8', NOTA_LANG: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
