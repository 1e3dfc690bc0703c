/**
 * This repository as a pre-commit hooks repository, installed and run by
 * Debian's pre-commit with the system's Node (and npm's registry), in fresh
 * Git repositories:
 * - `pre-commit try-repo <this repo> nota`: a defective note blocks the
 *   commit, the README beside it (not a note) is left alone;
 * - the configuration of docs/ci.md, run by `pre-commit run`: it blocks the
 *   same commit, and lets the valid note and the README through.
 * try-repo takes this repository's last commit plus its uncommitted changes
 * to tracked files; the configuration names the last commit. Every try-repo
 * installs the hook afresh (npm install, build, pack) into a store of its
 * own, so it runs once: the passing case is the configuration's.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { ROOT } from '../support/fixtures';
import { recipe } from './recipes';
import { cleanEnv, git, notesRepository, requirePreCommit, run, temporaryFolders, type Run } from './tools';

describe('the pre-commit hook `nota`', function () {
  this.timeout(15 * 60_000);
  const folders = temporaryFolders('nota-pre-commit-');
  const started: Promise<unknown>[] = [];
  let tryBlocking: Promise<Run>;
  let configured: Promise<{ dir: string; env: NodeJS.ProcessEnv; blocked: Run }>;

  // Each first run installs the hook (npm install, build, npm pack, global install): both side by side.
  before(() => {
    requirePreCommit();
    const blocking = folders.make();
    const files = notesRepository(blocking);
    git(blocking, 'add', files.valid, files.defective, files.readme);
    tryBlocking = run('pre-commit', ['try-repo', ROOT, 'nota'], blocking);
    configured = runConfiguration(folders.make(), folders.make());
    // Awaited in the tests; here only so that a failure is never an unhandled rejection.
    started.push(...[tryBlocking, configured].map((p) => p.catch(() => undefined)));
  });

  after(async () => {
    await Promise.all(started);
    folders.removeAll();
  });

  it('try-repo: a defective note blocks the commit, with its findings; the README is left alone', async () => {
    const block = await tryBlocking;
    console.log(`      first install and run: ${block.seconds.toFixed(0)} s`);
    assert.equal(block.code, 1, block.output);
    assert.match(block.output, /^nota check\.+Failed$/m);
    assert.match(block.output, /^notes\/kernpunten-ontbreken\.md:\d+:\d+: error section-missing De verplichte sectie ‘3\. Kernpunten’ ontbreekt: die hoort (tussen|na|vóór) ‘[^’]+’( en ‘[^’]+’)?\.$/m);
    assert.match(block.output, /^2 nota's gecontroleerd: 1 fout/m, 'two notes checked: the README is not one');
    assert.doesNotMatch(block.output, /README\.md:/);
  });

  it('the configuration of docs/ci.md blocks a commit with a defective note, and lets a valid note and a README that is not a note through', async () => {
    const { dir, env, blocked } = await configured;
    console.log(`      first install and run: ${blocked.seconds.toFixed(0)} s`);
    assert.equal(blocked.code, 1, blocked.output);
    assert.match(blocked.output, /notes\/kernpunten-ontbreken\.md:\d+:\d+: error section-missing/);
    git(dir, 'rm', '--cached', '--quiet', 'notes/kernpunten-ontbreken.md');
    const passed = await run('pre-commit', ['run'], dir, env);
    assert.equal(passed.code, 0, passed.output);
    assert.match(passed.output, /^nota check\.+Passed$/m);
    assert.deepEqual(git(dir, 'diff', '--cached', '--name-only').trim().split('\n').sort(), ['.pre-commit-config.yaml', 'README.md', 'notes/goed.md'].sort(), 'what passed: the valid note and the README');
  });
});

/** The pre-commit recipe of docs/ci.md in a repository of notes, everything staged: its first `pre-commit run`. */
async function runConfiguration(dir: string, home: string): Promise<{ dir: string; env: NodeJS.ProcessEnv; blocked: Run }> {
  const config = recipe('pre-commit') as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
  assert.deepEqual(config.repos[0]!.hooks.map((h) => h.id), ['nota']);
  // This checkout stands in for the repository's URL, its last commit for the release tag.
  config.repos[0]!.repo = ROOT;
  config.repos[0]!.rev = git(ROOT, 'rev-parse', 'HEAD').trim();
  const files = notesRepository(dir);
  writeFileSync(path.join(dir, '.pre-commit-config.yaml'), stringify(config));
  git(dir, 'add', '.pre-commit-config.yaml', files.valid, files.defective, files.readme);
  const env = cleanEnv({ PRE_COMMIT_HOME: home });
  return { dir, env, blocked: await run('pre-commit', ['run'], dir, env) };
}
