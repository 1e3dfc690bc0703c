/**
 * Helpers of the tools-integration stage: running pre-commit (Debian's) and
 * shell commands as a CI job would, and setting up a small repository of
 * notes whose `npx nota` is this checkout's build.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXAMPLES, FIXTURES, ROOT } from '../support/fixtures';

export interface Run {
  code: number | null;
  output: string;
  seconds: number;
}

/** The environment of a developer's shell: none of this npm run's settings leak into pre-commit's own npm. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('npm_') || key === 'INIT_CWD') delete env[key];
  return { ...env, LANG: 'nl_NL.UTF-8', NOTA_LANG: '', ...extra };
}

/** Runs a command to its end (asynchronously, so that several can run side by side); stdout and stderr together. */
export function run(command: string, args: readonly string[], cwd: string, env = cleanEnv(), timeoutMs = 12 * 60_000): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, output: signal ? `${output}\n(ended by ${signal} after ${timeoutMs / 1000} s)` : output, seconds: (Date.now() - started) / 1000 }));
  });
}

export function requirePreCommit(): void {
  const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  assert.ok(!version.error && version.status === 0, 'pre-commit is missing: run bash scripts/install-test-tools.sh');
}

/** A Git repository with a valid note, a defective note and a README that is not a note, none of them staged. */
export function notesRepository(dir: string): { valid: string; defective: string; readme: string } {
  mkdirSync(path.join(dir, 'notes'), { recursive: true });
  git(dir, 'init', '--quiet');
  cpSync(path.join(EXAMPLES, 'beslisnota.md'), path.join(dir, 'notes', 'goed.md'));
  // A note of its own has its own reference: two notes sharing one would be a reference-duplicate in both.
  const defective = readFileSync(path.join(FIXTURES, 'section-missing.md'), 'utf8');
  assert.match(defective, /^referentie: "7244668"$/m);
  writeFileSync(path.join(dir, 'notes', 'kernpunten-ontbreken.md'), defective.replace(/^referentie: "7244668"$/m, 'referentie: "7244669"'));
  writeFileSync(path.join(dir, 'README.md'), '# Notes of the directorate\n\nNot a note: Nota leaves it alone.\n');
  return { valid: 'notes/goed.md', defective: 'notes/kernpunten-ontbreken.md', readme: 'README.md' };
}

export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=Nota test', '-c', 'user.email=test@nota.invalid', ...args], { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** Makes `npx nota` in `dir` run this checkout's build (as `npm ci` would with Nota as a dependency), offline. */
export function linkNota(dir: string): void {
  mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'notes', private: true, devDependencies: { nota: `file:${ROOT}` } }, null, 2));
  symlinkSync(ROOT, path.join(dir, 'node_modules', 'nota'));
  symlinkSync(path.join(ROOT, 'dist', 'cli.js'), path.join(dir, 'node_modules', '.bin', 'nota'));
}

/** Temporary folders for a suite: `make()` one, and `removeAll()` in its after hook. */
export function temporaryFolders(prefix: string): { make: () => string; removeAll: () => void } {
  const made: string[] = [];
  return {
    make: () => {
      const dir = mkdtempSync(path.join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    removeAll: () => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  };
}
