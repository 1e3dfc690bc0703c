/**
 * Runs mocha inside the browser's web-worker extension host, for the run()
 * that test/e2e/runInCodeServer.mjs calls there, with mocha's own browser
 * build (the Node one needs Node) and a small reporter that prints what a
 * spec reporter would to the console, which the workbench forwards to the
 * runner (mocha's own browser reporter draws HTML, and a worker has no DOM).
 */
// mocha's browser build: loaded, it leaves its Mocha class on the global scope.
import 'mocha/mocha.js';

interface Test {
  title: string;
  duration?: number;
  parent?: { title: string };
  fullTitle(): string;
}
interface Runner {
  on(event: 'suite', listener: (suite: { title: string }) => void): void;
  on(event: 'pass' | 'pending', listener: (test: Test) => void): void;
  on(event: 'fail', listener: (test: Test, error: Error) => void): void;
  on(event: 'end', listener: () => void): void;
}
interface MochaInstance {
  suite: { emit(event: string, context: unknown, file: string | null, mocha: unknown): void };
  run(done: (failures: number) => void): void;
}
type MochaClass = new (options: { ui: string; reporter: new (runner: Runner) => unknown; timeout: number }) => MochaInstance;

export async function runMochaInBrowser(title: string, load: () => Promise<unknown>): Promise<void> {
  const lines = { push: (line: string) => console.log(line) };
  const failures: string[] = [];
  class Reporter {
    constructor(runner: Runner) {
      runner.on('suite', (suite) => suite.title && lines.push(`  ${suite.title}`));
      runner.on('pass', (test) => lines.push(`    ✔ ${test.title} (${test.duration ?? 0}ms)`));
      runner.on('pending', (test) => lines.push(`    - ${test.title} (skipped)`));
      runner.on('fail', (test, error) => {
        lines.push(`    ${failures.length + 1}) ${test.title}`);
        failures.push(`  ${failures.length + 1}) ${test.fullTitle()}:\n     ${error.stack ?? error.message}`);
      });
    }
  }
  const { Mocha } = globalThis as unknown as { Mocha: MochaClass };
  const mocha = new Mocha({ ui: 'bdd', reporter: Reporter, timeout: 90_000 });
  // What mocha does before loading each file: define describe/it/before...
  mocha.suite.emit('pre-require', globalThis, title, mocha);
  await load();
  const failed = await new Promise<number>((resolve) => mocha.run(resolve));
  for (const line of ['', `  ${failed ? `${failed} failing` : 'all passing'}`, ...failures]) lines.push(line);
  if (failed > 0) throw new Error(`${failed} test(s) failed in ${title}`);
}
