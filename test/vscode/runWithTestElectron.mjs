// Runs an extension-host suite with @vscode/test-electron: the usual runner on
// a machine that can download VS Code from Microsoft (a laptop, a hosted CI
// runner). Same suites, same staged workspace as the code-server runner;
// only the screenshots are missing (no page to take them from).
// On Linux without a display, run under xvfb: xvfb-run -a npm run test:e2e -- --runner electron
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The version the code-server runner has (1.100.3), so both runners test the
// same VS Code; NOTA_VSCODE_VERSION=stable (or another) to try a different one.
export const VSCODE_VERSION = process.env.NOTA_VSCODE_VERSION || '1.100.3';
const say = (msg) => console.log(`[test-electron] ${msg}`);

/**
 * Runs one suite; resolves with its exit code. Give devPath to test the
 * extension from the repository, or vsix to install that package first.
 */
export async function runWithTestElectron({ testsPath, workspace, devPath, vsix }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-electron-'));
  try {
    // Downloaded once into the ignored cache folder and reused.
    const executable = await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: path.join(ROOT, '.vscode-test') })
      .catch((error) => {
        throw new Error(`cannot get VS Code ${VSCODE_VERSION} from Microsoft (${error.message}); ` +
          'without that access use the code-server runner: bash scripts/install-test-tools.sh && npm run test:e2e');
      });
    const profile = ['--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions')];
    if (vsix) {
      const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(executable, { reuseMachineInstall: true });
      say(`installing ${vsix}`);
      const r = spawnSync(cli, [...cliArgs, ...profile, '--install-extension', vsix], { stdio: 'inherit', timeout: 120_000 });
      if (r.status !== 0) {
        console.error(`[test-electron] ERROR: installing ${vsix} failed (exit ${r.status ?? r.signal})`);
        return 1;
      }
    }
    // As for the code-server runner: tests only run in extension-development
    // mode, so a packaged run points the development path at an empty folder.
    const development = devPath ?? fs.mkdtempSync(path.join(tmp, 'no-dev-extension-'));
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: development,
      extensionTestsPath: testsPath,
      // Other installed extensions stay out of a development run; a packaged
      // run must not disable them, since ours is one of them.
      launchArgs: [workspace, ...profile, ...(devPath ? ['--disable-extensions'] : [])],
    });
    return 0;
  } catch (error) {
    // runTests rejects with TestRunFailedError when VS Code exits non-zero.
    console.error(`[test-electron] ERROR: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  }
}
