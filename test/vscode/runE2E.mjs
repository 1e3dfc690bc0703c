#!/usr/bin/env node
// `npm run test:e2e`: the extension-host suites in a real VS Code.
//   node test/vscode/runE2E.mjs [--runner code-server|electron] [--suite all|dev|vsix] [--install]
// dev:  the extension from this repository (out/test/vscode/suite), with a
//       screenshot of the Problems panel saved into test-results/vscode/;
// vsix: the package from `npm run package`, installed into VS Code first
//       (out/test/vscode/packaged), in a workspace with 2,002 generated notes.
// restricted: the dev extension in an untrusted workspace (restricted mode).
// web:  the dev extension's web build in the browser's web-worker extension
//       host (out/test/vscode/web), its findings held to the desktop's;
// web-vsix: the same suite against the installed .vsix in that host.
// Several suites: --suite dev,web
// tour: the workbench driven as a person drives it (test/e2e/tour.mjs: keyboard
//       and mouse through playwright) in an English VS Code (findings in Dutch,
//       nota.locale's default), with a screenshot at each step into
//       test-results/tour/en/. A Dutch workbench needs VS Code's Dutch language
//       pack, which cannot be installed here (it is not on npm): --tour-locale nl
//       runs the same tour where it is.
// `all` is dev, restricted, tour and vsix; `npm run test:web` runs web,web-vsix.
// Runners: code-server (default; the VS Code server from
// scripts/install-test-tools.sh, in Chromium) or electron
// (@vscode/test-electron, which downloads VS Code; also NOTA_E2E_RUNNER).
// --install runs scripts/install-test-tools.sh first if anything is missing.
// When the code-server runner's VS Code or browser is missing, this fails and
// names the command that installs them: a stage that did not run is never a pass.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { buildSuites } from './build.mjs';
import { ROOT, prepareWorkspace } from './prepareWorkspace.mjs';

const RESULTS = path.join(ROOT, 'test-results');
const VSIX = path.join(ROOT, 'out/test/nota-e2e.vsix');
const say = (msg) => console.log(`[test:e2e] ${msg}`);

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      runner: { type: 'string', default: process.env.NOTA_E2E_RUNNER || 'code-server' },
      suite: { type: 'string', default: 'all' },
      install: { type: 'boolean', default: false },
      'tour-locale': { type: 'string', default: 'en' },
    },
  }));
} catch (error) {
  console.error(`[test:e2e] ERROR: ${error.message}`);
  process.exit(2);
}
if (!['code-server', 'electron'].includes(opts.runner)) bail(`--runner must be code-server or electron, not ${opts.runner}`);
const SUITES = ['dev', 'restricted', 'tour', 'vsix', 'web', 'web-vsix'];
const wanted = new Set(opts.suite.split(',').flatMap((name) => (name === 'all' ? ['dev', 'restricted', 'tour', 'vsix'] : [name])));
const unknown = [...wanted].filter((name) => !SUITES.includes(name));
if (unknown.length) bail(`--suite must be all or some of ${SUITES.join(', ')} (comma-separated), not ${unknown.join(', ')}`);
if (opts.runner === 'electron' && [...wanted].some((name) => name.startsWith('web') || name === 'tour')) bail('the web suites and the tour need the code-server runner (VS Code for the Web runs in the browser; the tour drives its page)');

function bail(msg) {
  console.error(`[test:e2e] ERROR: ${msg}`);
  process.exit(1);
}

/** What the code-server runner (test/e2e/runInCodeServer.mjs) needs and does not have. */
function missingForCodeServer() {
  const cache = process.env.NOTA_CODE_SERVER_DIR ?? path.join(ROOT, '.vscode-test/code-server');
  const serverMain = path.join(cache, 'node_modules/code-server/lib/vscode/out/server-main.js');
  const chromium = process.env.NOTA_CHROMIUM ?? '/usr/bin/chromium';
  const missing = [];
  if (!fs.existsSync(serverMain)) missing.push(`the VS Code server (${serverMain})`);
  if (!fs.existsSync(chromium)) missing.push(`Chromium (${chromium})`);
  try {
    createRequire(path.join(ROOT, 'package.json')).resolve('playwright-core');
  } catch {
    missing.push('playwright-core (npm install)');
  }
  return missing;
}

if (opts.runner === 'code-server') {
  let missing = missingForCodeServer();
  if (missing.length && opts.install) {
    // On demand: into the ignored .vscode-test/ cache, once; later runs reuse it.
    const r = spawnSync('bash', [path.join(ROOT, 'scripts/install-test-tools.sh')], { stdio: 'inherit' });
    if (r.status !== 0) bail(`scripts/install-test-tools.sh failed (exit ${r.status ?? r.signal})`);
    missing = missingForCodeServer();
  }
  // Never a pass by skipping: without a VS Code to run in, this stage fails.
  if (missing.length) {
    bail([
      `the tests in a real VS Code cannot run: missing ${missing.join(', ')}.`,
      'Install what they need with:  bash scripts/install-test-tools.sh  (npm test runs it first)',
      'or, where VS Code can be downloaded:  npm run test:e2e -- --runner electron',
    ].join('\n[test:e2e] ERROR: '));
  }
}

function node(args, what) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) bail(`${what} failed (exit ${r.status ?? r.signal})`);
}

const startedAt = Date.now();
// The development bundles are what the dev suite tests; cheap to rebuild, and
// running test:e2e on its own must not test stale ones.
node(['scripts/build.mjs'], 'building the extension');
const tests = await buildSuites();

async function runSuite(name, { testsPath, devPath, vsix, restricted, bulk, web }) {
  const workspace = prepareWorkspace(undefined, { bulk });
  if (web) writeDesktopFindings(workspace);
  const shots = path.join(RESULTS, name === 'dev' ? 'vscode' : `vscode-${name}`);
  // Only this run's pictures and logs: a failed run's logs must not outlive it.
  fs.rmSync(shots, { recursive: true, force: true });
  say(`suite "${name}" with the ${opts.runner} runner${vsix ? ` (installing ${path.relative(ROOT, vsix)})` : ''}`);
  if (opts.runner === 'electron') {
    const { runWithTestElectron } = await import('./runWithTestElectron.mjs');
    return runWithTestElectron({ testsPath, workspace, devPath, vsix });
  }
  const args = [path.join(ROOT, 'test/e2e/runInCodeServer.mjs'), '--extensionTestsPath', testsPath, '--workspace', workspace,
    '--screenshot-dir', shots, '--timeout', '150000'];
  if (devPath) args.push('--extensionDevelopmentPath', devPath);
  if (vsix) args.push('--install-vsix', vsix);
  if (restricted) args.push('--restricted');
  for (const id of web ?? []) args.push('--web-extension', id);
  return spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
}

/** What the desktop's checker gives each note of the staged workspace (in Dutch, nota.locale's default), for the web suite to hold the browser to. */
function writeDesktopFindings(workspace) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', '--lang', 'nl', '.'], { cwd: workspace, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) bail(`nota check over the staged workspace failed (exit ${run.status}): ${run.stderr}`);
  fs.writeFileSync(path.join(workspace, '.vscode', 'desktop-findings.json'), run.stdout);
}

/**
 * For the packaged extension in the web host: the test file runs in the host of the development
 * extension whose folder holds it, so it goes into a small extension of its own, run in the web host too.
 */
function stageWebHostExtension(testsPath) {
  const folder = path.join(ROOT, 'out/test/web-host');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify({
    name: 'nota-web-tests', publisher: 'nota', version: '0.0.0', engines: { vscode: '^1.91.0' }, browser: './noop.js',
    description: 'Holds the web suite for the installed Nota package',
  }, null, 2));
  fs.writeFileSync(path.join(folder, 'noop.js'), 'exports.activate = () => {};\n');
  fs.copyFileSync(testsPath, path.join(folder, 'index.js'));
  return { devPath: folder, testsPath: path.join(folder, 'index.js') };
}

let packaged = false;
function packageOnce() {
  if (!packaged) node(['scripts/package.mjs', '--out', VSIX], 'packaging the .vsix');
  packaged = true;
}

const results = [];
async function timed(name, fn) {
  const t0 = Date.now();
  const code = await fn();
  results.push({ name, code, seconds: (Date.now() - t0) / 1000 });
}
if (wanted.has('dev')) {
  await timed('dev', () => runSuite('dev', { testsPath: tests.dev, devPath: ROOT }));
}
if (wanted.has('restricted')) {
  if (opts.runner === 'electron') say('suite "restricted" needs the code-server runner (workspace trust is set up there); not run with electron');
  else await timed('restricted', () => runSuite('restricted', { testsPath: tests.restricted, devPath: ROOT, restricted: true }));
}
if (wanted.has('tour')) {
  for (const locale of opts['tour-locale'].split(',')) {
    await timed(`tour (${locale})`, () => {
      const workspace = prepareWorkspace();
      const shots = path.join(RESULTS, 'tour', locale);
      fs.rmSync(shots, { recursive: true, force: true });
      say(`the tour of the workbench in a VS Code asking for locale ${locale}`);
      return spawnSync(process.execPath, [path.join(ROOT, 'test/e2e/runInCodeServer.mjs'), '--tour', path.join(ROOT, 'test/e2e/tour.mjs'),
        '--extensionDevelopmentPath', ROOT, '--workspace', workspace, '--locale', locale, '--screenshot-dir', shots, '--timeout', '240000'],
      { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
    });
  }
}
if (wanted.has('vsix')) {
  await timed('vsix', () => {
    packageOnce();
    // The packaged extension also gets a workspace of 2,002 notes that nobody opens.
    return runSuite('vsix', { testsPath: tests.vsix, vsix: VSIX, bulk: 2002 });
  });
}

if (wanted.has('web')) {
  await timed('web', () => runSuite('web', { testsPath: tests.web, devPath: ROOT, web: ['nota.nota'] }));
}
if (wanted.has('web-vsix')) {
  await timed('web-vsix', () => {
    packageOnce();
    return runSuite('web-vsix', { ...stageWebHostExtension(tests.web), vsix: VSIX, web: ['nota.nota', 'nota.nota-web-tests'] });
  });
}

const failed = results.filter((r) => r.code !== 0);
for (const r of results) say(`${r.code === 0 ? 'PASS' : `FAIL (exit ${r.code})`}  ${r.name} suite, ${r.seconds.toFixed(1)} s`);
say(`${failed.length ? 'FAILED' : 'passed'} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s${opts.runner === 'code-server' ? `; screenshots in ${path.relative(ROOT, RESULTS)}/` : ''}`);
process.exit(failed.length ? 1 : 0);
