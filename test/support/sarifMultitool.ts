/** Validating a SARIF log with the SARIF Multitool (npm @microsoft/sarif-multitool, a devDependency). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './fixtures';

/** The validator's errors and warnings about the log (its notes are suggestions, such as message ids instead of text). */
export function sarifProblems(file: string): string[] {
  // The platform binary itself: the package's bin.js goes through a shell.
  const binary = createRequire(path.join(ROOT, 'package.json'))('@microsoft/sarif-multitool') as string;
  assert.ok(existsSync(binary), `the SARIF Multitool is missing (${binary}): run npm install`);
  const dir = mkdtempSync(path.join(tmpdir(), 'nota-sarif-validation-'));
  try {
    const log = path.join(dir, 'validation.sarif');
    // Invariant globalization: the tool then needs no ICU library from the system.
    const validate = spawnSync(binary, ['validate', file, '--output', log], { cwd: dir, encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
    assert.equal(validate.status, 0, `${validate.stdout}\n${validate.stderr}`);
    const results = (JSON.parse(readFileSync(log, 'utf8')).runs[0].results ?? []) as { ruleId: string; level?: string; message: { arguments?: string[] } }[];
    // A result without a level is a warning (SARIF's default).
    return results.filter((r) => r.level !== 'note' && r.level !== 'none').map((r) => `${r.level ?? 'warning'} ${r.ruleId} ${(r.message.arguments ?? []).join(' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
