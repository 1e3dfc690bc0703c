'use strict';
/**
 * Preloaded (NODE_OPTIONS=--require) into every Node process and worker
 * thread a test starts during `npm run mutate`: the bundled language server,
 * `nota check`, its workers. Stryker's instrumented code already reads the
 * mutant to activate from __STRYKER_ACTIVE_MUTANT__; this file adds the two
 * things an in-process test has and a child lacks:
 *
 * - a hit limit, so that a mutant that loops forever in the child fails the
 *   test at once instead of leaving a spinning process behind;
 * - coverage: while Stryker measures which test covers which mutant (its dry
 *   run), the language server's coverage is written to
 *   NOTA_MUTATION_COVERAGE_DIR, as a snapshot on SIGUSR2 and a last one at
 *   exit; the parent adds it to the test that ran (test/mutation/rootHooks.cjs).
 *   Without it, Stryker would never run the protocol tests against a mutant,
 *   since the server's coverage happens in another process. The CLI's
 *   processes report none: its tests (seconds to minutes each) would then be
 *   chosen for nearly every mutant of the core, which they test through the
 *   same functions the unit tests call directly.
 *
 * Coverage while a module loads is "static" (as Stryker counts it in-process);
 * everything after the first turn of the event loop belongs to the test.
 */
const fs = require('node:fs');
const path = require('node:path');
const { isMainThread, threadId } = require('node:worker_threads');

const stryker = (globalThis.__stryker__ ??= {});
const hitLimit = Number(process.env.NOTA_MUTATION_HIT_LIMIT);
if (process.env.__STRYKER_ACTIVE_MUTANT__ && hitLimit > 0) {
  stryker.hitLimit = hitLimit;
  stryker.hitCount = 0;
}

const dir = process.env.NOTA_MUTATION_COVERAGE_DIR;
const languageServer = process.argv.includes('--stdio');
if (dir && languageServer) {
  const name = `${process.pid}-${threadId}`;
  const live = path.join(dir, `live-${name}`);
  let sequence = 0;

  /** Writes what was covered since the last snapshot, then starts counting afresh. */
  const snapshot = () => {
    const coverage = stryker.mutantCoverage ?? { static: {}, perTest: {} };
    const delta = { static: coverage.static, perTest: coverage.perTest.test ?? {} };
    coverage.static = {};
    coverage.perTest = {};
    stryker.mutantCoverage = coverage;
    const file = path.join(dir, `coverage-${name}-${++sequence}.json`);
    // Written aside and renamed: the parent never reads half a file.
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(delta));
    fs.renameSync(`${file}.tmp`, file);
  };

  setImmediate(() => {
    stryker.currentTestId = 'test';
  });
  process.on('exit', () => {
    snapshot();
    fs.rmSync(live, { force: true });
  });
  if (isMainThread) {
    process.on('SIGUSR2', snapshot);
    fs.writeFileSync(live, String(process.pid));
  }
}
