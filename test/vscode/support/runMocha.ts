/**
 * Runs mocha inside the extension host, for the run() that
 * @vscode/test-electron and test/e2e/runInCodeServer.mjs both call.
 *
 * Mocha is bundled into the suite (see test/vscode/build.mjs) and the test
 * files are loaded by `load` rather than by mocha's own file loader: mocha 12
 * is an ES module, and neither require() of it nor its loader can be relied
 * on in every extension host (Electron's Node may predate require(esm)).
 */
import Mocha from 'mocha';

export async function runMocha(title: string, load: () => Promise<unknown>): Promise<void> {
  // No colours: the output ends up in a terminal or CI log through the
  // workbench's console forwarding, where escape codes arrive as garbage.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 90_000 });
  // What mocha does before loading each file: define describe/it/before...
  mocha.suite.emit('pre-require', globalThis, title, mocha);
  await load();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  // A rejected run() is how the host learns the suite failed (non-zero exit).
  if (failures > 0) throw new Error(`${failures} test(s) failed in ${title}`);
}
