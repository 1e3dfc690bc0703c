/**
 * This repository as a pre-commit hooks repository: `pre-commit try-repo
 * <this repo> nota` in a fresh Git repository installs the hook as a user's
 * pre-commit does (Debian's pre-commit, the system's Node, npm's registry),
 * then checks the staged files. A valid note passes, a defective one blocks
 * the commit, and a README that is not a note is left alone.
 *
 * try-repo takes the last commit of this repository plus its uncommitted
 * changes to tracked files (new files only once staged).
 */
import assert from 'node:assert/strict';
import { ROOT } from '../support/fixtures';
import { git, notesRepository, requirePreCommit, run, temporaryFolders } from './tools';

describe('the pre-commit hook `nota` (pre-commit try-repo)', function () {
  this.timeout(12 * 60_000);
  const folders = temporaryFolders('nota-pre-commit-');

  before(requirePreCommit);
  after(folders.removeAll);

  it('passes a valid note and a README, and blocks a defective note', async () => {
    const passing = folders.make();
    const files = notesRepository(passing);
    git(passing, 'add', files.valid, files.readme);
    const blocking = folders.make();
    const same = notesRepository(blocking);
    git(blocking, 'add', same.valid, same.defective, same.readme);

    // Each try-repo installs the hook anew: both at once.
    const [pass, block] = await Promise.all([run('pre-commit', ['try-repo', ROOT, 'nota'], passing), run('pre-commit', ['try-repo', ROOT, 'nota'], blocking)]);
    console.log(`      first install and run of the hook: ${pass.seconds.toFixed(0)} s and ${block.seconds.toFixed(0)} s (side by side)`);

    assert.equal(pass.code, 0, pass.output);
    assert.match(pass.output, /^nota check\.+Passed$/m);

    assert.equal(block.code, 1, block.output);
    assert.match(block.output, /^nota check\.+Failed$/m);
    assert.match(block.output, /^notes\/kernpunten-ontbreken\.md:\d+:\d+: error section-missing De verplichte sectie ‘3\. Kernpunten’ ontbreekt\.$/m);
    assert.match(block.output, /^2 nota's gecontroleerd: 1 fout/m, 'two notes checked: the README is not one');
    assert.doesNotMatch(block.output, /README\.md:/);
  });
});
