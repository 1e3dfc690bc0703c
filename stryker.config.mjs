// Mutation testing of the core (npm run mutate; README, "Mutation testing").
// Stryker changes server/src/core/ one small bug at a time and runs the unit
// and protocol tests that cover the change; a mutant no test notices is a gap.
/** Unit test files whose tests take seconds each (random properties, the writers, parallel checks). */
const SLOW = ['addresseeProperties', 'properties', 'incremental', 'exportWriters', 'checkParallel', 'cliFix'];
/**
 * Left out of mutation runs. The CLI's tests run it in child processes only, which report no
 * coverage (test/mutation/childProcess.cjs): Stryker would never choose them for a mutant.
 * The hostile-input tests take minutes each on instrumented code; they guard against crashes
 * and runaway time, which instrumentation distorts.
 */
const LEFT_OUT = ['cli', 'cliReports', 'exportCli', 'codeCache', 'hostile'];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['server/src/core/**/*.ts'],
  testRunner: 'mocha',
  // The tests are TypeScript, run through tsx as in test/.mocharc.unit.json.
  testRunnerNodeArgs: ['--import', 'tsx'],
  mochaOptions: {
    // A mutant stops at the first test that fails: the quick, focused tests first, those that take seconds each last.
    spec: [`test/unit/!(${[...SLOW, ...LEFT_OUT].join('|')}).test.ts`, `test/unit/{${SLOW.join(',')}}.test.ts`, 'test/protocol/**/*.test.ts'],
    extension: ['ts'],
    // Hands the active mutant to the server and CLI the tests start, and their coverage back.
    require: ['test/mutation/rootHooks.cjs'],
  },
  // The protocol tests run the bundled server: build it from the instrumented sources in the sandbox.
  buildCommand: 'node scripts/build.mjs',
  // Mutants that do not type-check are dropped (CompileError); the core is checked on its own, which is quicker.
  checkers: ['typescript'],
  tsconfigFile: 'test/mutation/tsconfig.core.json',
  coverageAnalysis: 'perTest',
  // A static mutant (one in code that runs while a module loads: tables, regular expressions) would
  // need every test in a fresh process; those tables have tests of their own (README).
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false, maxTestsToLog: 0 },
  // Two cores, shared: one type checker beside one test runner, and a second runner once the checking is done.
  concurrency: 1,
  // A loaded machine runs the same tests at very different speeds; a generous limit keeps slow runs from counting as timeouts.
  timeoutFactor: 3,
  timeoutMS: 20000,
  // The first run (all tests, measuring coverage) takes several minutes on a loaded machine.
  dryRunTimeoutMinutes: 60,
  ignorePatterns: ['/.stryker-tmp*', '/dist', '/out', '/.vscode-test', '/test-results', '/bench/.work', '/reports', '*.vsix'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
