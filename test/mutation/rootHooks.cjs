'use strict';
/**
 * Mocha root hooks for `npm run mutate` (stryker.config.mjs loads them; the
 * ordinary test runs do not). Stryker switches mutants inside the test
 * process; the protocol tests and the CLI tests check the bundled server and
 * CLI in child processes, which must see the same mutant, and whose coverage
 * must count for the test that started them (see childProcess.cjs).
 */
const fs = require('node:fs');
const path = require('node:path');

const PRELOAD = path.join(__dirname, 'childProcess.cjs');
/** How long a live child may take to answer a request for its coverage (it may be busy with the test's last edit). */
const SNAPSHOT_DEADLINE_MS = 10_000;

const { NODE_OPTIONS = '' } = process.env;

/**
 * The random tests (fast-check properties, the incremental-checking edits) run a
 * few cases each: instrumented, their thousands of cases would take minutes for
 * every mutant they cover. What they would catch, named tests beside them must
 * catch (README, "Mutation testing"). Set here, before the test files load.
 */
process.env.NOTA_FUZZ_RUNS ??= '5';
let coverageDir;

/** Stryker's state in this process: the active mutant, hit limit, coverage, current test. */
const stryker = () => (globalThis.__stryker__ ??= {});

function setEnv(name, value) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = String(value);
}

/** The children alive now that load the preload (they announce themselves with a live-<pid>-0 file). */
function liveChildren() {
  return fs
    .readdirSync(coverageDir)
    .filter((name) => name.startsWith('live-'))
    .map((name) => Number(name.slice('live-'.length).split('-')[0]))
    .filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
}

const coverageFiles = () => fs.readdirSync(coverageDir).filter((name) => name.startsWith('coverage-') && name.endsWith('.json'));

/** Asks every live child for what it covered so far, and waits until each has answered (or exited). */
async function snapshotChildren() {
  const pids = liveChildren();
  if (!pids.length) return;
  const before = new Set(coverageFiles());
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGUSR2');
    } catch {
      // It exited in between; its exit wrote its last snapshot.
    }
  }
  const deadline = Date.now() + SNAPSHOT_DEADLINE_MS;
  const answered = (pid) => coverageFiles().some((name) => !before.has(name) && name.startsWith(`coverage-${pid}-`));
  while (Date.now() < deadline && !pids.every(answered)) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Adds the children's coverage to this process's: static where they loaded, else to the test now running. */
function mergeChildCoverage() {
  const own = (stryker().mutantCoverage ??= { static: {}, perTest: {} });
  const testId = stryker().currentTestId;
  const add = (into, counts) => {
    for (const [id, count] of Object.entries(counts)) into[id] = (into[id] ?? 0) + count;
  };
  for (const name of coverageFiles()) {
    const file = path.join(coverageDir, name);
    const child = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.rmSync(file);
    add(own.static, child.static);
    add(testId === undefined ? own.static : (own.perTest[testId] ??= {}), child.perTest);
  }
}

/**
 * A mutant covered both while the test files load (a describe block that builds a
 * language service) and by tests is "static" to Stryker, which then restarts the
 * test runner for it (half a minute on a loaded machine), only to run its tests
 * with the mutant active during the tests, as for any other mutant (what ran while
 * loading ran without it). Counted as covered by its tests alone, it is tested the
 * same way without the restart. Mutants covered only while loading (tables and
 * regular expressions at module level) stay static, and are ignored (ignoreStatic).
 */
function countTestsOnlyWhereTestsCover() {
  const coverage = stryker().mutantCoverage;
  if (!coverage) return;
  for (const counts of Object.values(coverage.perTest)) for (const id of Object.keys(counts)) delete coverage.static[id];
}

exports.mochaHooks = {
  beforeAll() {
    const { activeMutant, hitLimit } = stryker();
    const dryRun = activeMutant === undefined;
    // In the sandbox, so that it goes with it.
    if (dryRun && !coverageDir) {
      coverageDir = fs.mkdtempSync(path.resolve('.mutation-coverage-'));
      process.once('exit', () => fs.rmSync(coverageDir, { recursive: true, force: true }));
    }
    setEnv('__STRYKER_ACTIVE_MUTANT__', activeMutant);
    setEnv('NOTA_MUTATION_HIT_LIMIT', hitLimit);
    setEnv('NOTA_MUTATION_COVERAGE_DIR', dryRun ? coverageDir : undefined);
    setEnv('NODE_OPTIONS', `${NODE_OPTIONS} --require ${JSON.stringify(PRELOAD)}`.trim());
    // Instrumented code runs several times slower: time limits in tests guard against runaways only (test/support/timeLimit.ts).
    setEnv('NOTA_TIME_LIMIT_SCALE', 10);
    // Each sandbox has bundles of its own: their code cache stays in the sandbox, removed with it.
    setEnv('NOTA_CODE_CACHE', path.resolve('.nota-code-cache'));
  },
  async afterEach() {
    if (stryker().activeMutant !== undefined || !coverageDir) return;
    await snapshotChildren();
    mergeChildCoverage();
  },
  afterAll() {
    if (stryker().activeMutant !== undefined || !coverageDir) return;
    // Children that ended in an after() hook (a server shut down at the end of its suite).
    mergeChildCoverage();
    countTestsOnlyWhereTestsCover();
  },
};
