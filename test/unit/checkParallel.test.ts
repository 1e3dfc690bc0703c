/**
 * `nota check` on worker threads: the workers (dist/checkWorker.js, as
 * shipped) must give exactly what one thread gives, in the same order, also
 * with a workspace configuration and files that cannot be read.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkTargets } from '../../server/src/cli/checkParallel';
import { collectFiles } from '../../server/src/cli/collectFiles';
import { EXAMPLES, ROOT } from '../support/fixtures';

const DIST = path.join(ROOT, 'dist');

describe('nota check on worker threads', function () {
  this.timeout(60_000);
  let work: string;

  before(() => {
    assert.ok(existsSync(path.join(DIST, 'checkWorker.js')), 'dist/checkWorker.js is missing: run `npm run build` first');
    work = mkdtempSync(path.join(os.tmpdir(), 'nota-threads-'));
    const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
    // Two workspaces: one with a note type of its own and a broken registry file, one plain.
    const custom = path.join(work, 'custom');
    mkdirSync(path.join(custom, '.nota', 'types'), { recursive: true });
    writeFileSync(path.join(custom, '.nota', 'portefeuilles.json'), '{ not json');
    writeFileSync(
      path.join(custom, '.nota', 'types', 'memo.schema.json'),
      JSON.stringify({ 'x-nota-type': 'memo', type: 'object', properties: { frontmatter: { type: 'object', required: ['type', 'kenmerk'] } } }),
    );
    const plain = path.join(work, 'plain');
    mkdirSync(plain, { recursive: true });
    for (let i = 0; i < 60; i++) {
      let text = example.replace('Beleidsreactie Monitor', `Beleidsreactie ${i} Monitor`);
      if (i % 5 === 1) text = text.replace('19 maart 2026', '31 april 2026');
      if (i % 7 === 2) text = text.replace('## 3. Kernpunten', '## 3. Kernpunt');
      writeFileSync(path.join(plain, `nota-${String(i).padStart(2, '0')}.md`), text);
      if (i % 10 === 3) writeFileSync(path.join(custom, `memo-${i}.md`), `---\ntype: memo\n---\n\n# Memo ${i}\n`);
    }
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('gives what one thread gives, in the same order, when the workers do all the checking', async () => {
    const { targets } = await collectFiles([work]);
    assert.ok(targets.length > 60, `${targets.length} files`);
    const one = await checkTargets(targets, 'nl', { threads: 1 });
    assert.deepEqual(one.batches, { main: Math.ceil(targets.length / 8), workers: 0 });
    assert.ok(one.results.some((r) => r.config), 'the broken registry file is reported');
    assert.ok(one.results.some((r) => r.findings.some((f) => f.code === 'date-invalid')));
    assert.ok(one.results.some((r) => /memo-\d+\.md$/.test(r.file) && r.findings.some((f) => f.code === 'field-missing')), 'the workspace type applies');

    const workers = await checkTargets(targets, 'nl', { threads: 3, workerDir: DIST, checkOnMainThread: false });
    assert.deepEqual(workers.batches, { main: 0, workers: Math.ceil(targets.length / 8) });
    // The notes share the example's reference: the pass after all threads finds it across their batches.
    const duplicates = workers.results.filter((r) => r.findings.some((f) => f.code === 'reference-duplicate'));
    assert.equal(duplicates.length, 60);
    assert.deepEqual(workers.results, one.results);
    assert.deepEqual(workers.errors, one.errors);
  });

  it('gives the same when this thread and a worker share the files', async () => {
    const { targets } = await collectFiles([work]);
    const one = await checkTargets(targets, 'en', { threads: 1 });
    const shared = await checkTargets(targets, 'en', { threads: 2, workerDir: DIST });
    assert.equal(shared.batches.main + shared.batches.workers, Math.ceil(targets.length / 8));
    assert.deepEqual(shared.results, one.results);
  });

  it('uses one thread for a few hundred files unless asked for more', async () => {
    const { targets } = await collectFiles([work]);
    const auto = await checkTargets(targets, 'nl', { workerDir: DIST });
    assert.deepEqual(auto.batches, { main: Math.ceil(targets.length / 8), workers: 0 });
  });
});
