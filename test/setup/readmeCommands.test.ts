/**
 * The README's two commands are what a newcomer types, so they are run as a
 * newcomer runs them: the set-up command in a fresh clone of this repository,
 * and the test command is the one `.ci/run` and package.json run. Both are
 * read from the README (the fenced block after its `nota:setup-command` and
 * `nota:test-command` markers), so the README and what is tested cannot drift.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readmeCommand, ROOT } from './readme';

describe('the README\'s commands', function () {
  this.timeout(10 * 60_000);

  it('has exactly one set-up command and one test command, each a single line', () => {
    assert.match(readmeCommand('setup-command'), /^npm install\b/);
    assert.equal(readmeCommand('test-command'), 'npm test');
  });

  it('the test command is what package.json and .ci/run run', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    assert.ok(pkg.scripts.test, 'package.json has a test script');
    const ci = fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
    const commands = ci.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !/^(set|cd|export|echo) /.test(l));
    // .ci/run is `npm ci` (the lockfile's exact install of `npm install`) followed by the README's test command, nothing else.
    assert.deepEqual(commands, ['npm ci --no-audit --no-fund', readmeCommand('test-command')]);
    // The test command installs what the tests need before anything else: nothing in .ci/run may do it instead.
    assert.match(pkg.scripts.test, /^bash scripts\/install-test-tools\.sh && /);
  });

  it('the set-up command works in a fresh clone and checks the example notes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-readme-'));
    try {
      const clone = path.join(dir, 'nota');
      const cloned = spawnSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone], { encoding: 'utf8' });
      assert.equal(cloned.status, 0, `git clone failed: ${cloned.stderr}`);
      const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
      if (dirty) console.log(`      (the clone has the last commit; uncommitted changes are not in it:\n${dirty.replace(/^/gm, '        ')})`);
      const command = readmeCommand('setup-command');
      const env = { ...process.env };
      // As a newcomer's shell: no CI flag, no leftovers of this npm run.
      for (const key of Object.keys(env)) if (key === 'CI' || key.startsWith('npm_') || key === 'INIT_CWD') delete env[key];
      const started = Date.now();
      const run = spawnSync('bash', ['-c', command], { cwd: clone, env, encoding: 'utf8', timeout: 8 * 60_000 });
      console.log(`      \`${command}\` in a fresh clone: exit ${run.status}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      assert.equal(run.status, 0, `\`${command}\` failed in a fresh clone:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
      // What the README says it prints.
      assert.match(run.stdout, /^\d+ nota('s)? gecontroleerd: 0 fouten, /m);
      assert.ok(fs.existsSync(path.join(clone, 'dist/cli.js')), 'npm install built the bundles');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  });
});
