// (j) Nota in a real VS Code (1.100.3, the web workbench of the VS Code server
// that the tests use, in Chromium): from the activation of the extension to
// the first diagnostics of the example note, with the web build in the
// browser's web-worker extension host and with the desktop build in Node's,
// alternating, a fresh VS Code each time. bench/vscode/startup.ts measures
// inside VS Code; this stages its workspace, starts VS Code through
// test/e2e/runInCodeServer.mjs and reads what it wrote.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { EXAMPLE, ROOT, WORK } from './generate.mjs';
import { median } from './measure.mjs';

const RUNNER = path.join(ROOT, 'test/e2e/runInCodeServer.mjs');
const OUT = path.join(ROOT, 'out/bench');

/** The measuring file, bundled for each extension host (inside the extension's folder: the host of the extension under test runs it). */
async function bundles() {
  const common = { absWorkingDir: ROOT, entryPoints: ['bench/vscode/startup.ts'], bundle: true, format: 'cjs', external: ['vscode'], logLevel: 'warning' };
  const desktop = path.join(OUT, 'desktop', 'startup.js');
  const web = path.join(OUT, 'web', 'startup.js');
  await build({ ...common, platform: 'node', target: 'node20', outfile: desktop });
  await build({ ...common, platform: 'browser', target: 'es2022', outfile: web });
  return { desktop, web };
}

function startOnce(platform, testsPath) {
  const workspace = path.join(WORK, 'vscode-start');
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  copyFileSync(EXAMPLE, path.join(workspace, 'example.txt'));
  writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'nota.debounceMs': 0, 'markdown.validate.enabled': false, 'git.enabled': false }));
  const args = [RUNNER, '--extensionDevelopmentPath', ROOT, '--extensionTestsPath', testsPath, '--workspace', workspace, '--timeout', '180000'];
  if (platform === 'web') args.push('--web-extension', 'nota.nota');
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const resultFile = path.join(workspace, '.vscode', 'bench-result.json');
  if (run.status !== 0 || !existsSync(resultFile)) throw new Error(`VS Code (${platform}) failed: ${(run.stderr || run.stdout).slice(-1500)}`);
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  const expected = platform === 'web' ? 'browser' : 'desktop';
  if (result.platform !== expected) throw new Error(`the ${result.platform} build ran where the ${expected} one should`);
  if (result.diagnostics !== 0) throw new Error(`the example note got ${result.diagnostics} findings`);
  return result.ms;
}

export async function activationToFindings({ rounds = 2 } = {}) {
  const server = path.join(process.env.NOTA_CODE_SERVER_DIR ?? path.join(ROOT, '.vscode-test/code-server'), 'node_modules/code-server/lib/vscode/out/server-main.js');
  if (!existsSync(server)) throw new Error(`the VS Code server is not installed (${server}); run: bash scripts/install-test-tools.sh`);
  const tests = await bundles();
  const web = [];
  const desktop = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so a burst of load elsewhere hits both alike.
    const order = round % 2 ? ['desktop', 'web'] : ['web', 'desktop'];
    for (const platform of order) (platform === 'web' ? web : desktop).push(startOnce(platform, tests[platform]));
  }
  return { web: median(web), desktop: median(desktop), rounds };
}
