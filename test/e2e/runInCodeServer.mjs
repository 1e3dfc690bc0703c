#!/usr/bin/env node
// Runs an extension test suite (a CommonJS file exporting run(), as for
// @vscode/test-electron) inside a real VS Code: the VS Code server shipped by
// code-server@4.100.3 (installed by scripts/install-test-tools.sh), with its
// workbench opened in Debian's Chromium through playwright-core. Plain ESM so
// it needs no build step. See shared/docs/vscode-testing.md for the recipe.
//
//   node test/e2e/runInCodeServer.mjs --extensionDevelopmentPath <abs> \
//     --extensionTestsPath <abs .js> --workspace <abs dir> \
//     [--install-vsix <file.vsix>] [--screenshot-dir <dir>] [--timeout <ms>] [--verbose]
//     [--web-extension <publisher.name>]...   (run that extension in the browser's web-worker host)
//   node test/e2e/runInCodeServer.mjs --extensionDevelopmentPath <abs> \
//     --tour <module.mjs> --workspace <abs dir> [--locale nl] [--screenshot-dir <dir>]
//
// A tour drives the workbench as a person does, on this side: the module's
// default export is called with { page, screenshot, log, workspace, locale }
// once the workbench is up (no extension tests run), presses keys and moves
// the mouse through playwright, and asserts on what the page shows. It
// passes when the function resolves; its error fails the run.
// --locale sets the display language the workbench asks for (VS Code's
// own texts stay English without a language pack; the extension's follow it).
//
// Screenshots from a test: the extension host cannot reach the page, so the
// suite writes a file "$NOTA_SCREENSHOT_DIR/<name>.request" (empty, or JSON
// {"waitFor": [css selectors], "timeoutMs": n}: wait until they are visible
// first); this runner polls for it, saves "<name>.png" there (atomically),
// writes "<name>.failed" with the reason if a selector never showed up or the
// picture failed, and then deletes the request, so "request gone" means
// "answer ready". window-opened.json there holds the time the workbench was
// opened and the load then ({"at": epoch ms, "load", "cores"}). final.png is saved at the end
// (the name "final" is the runner's), and VS Code's logs in vscode-logs/ when
// the suite fails. NOTA_SCREENSHOT_DIR reaches the extension host because it is
// a child process of the server, which gets it in its environment; so does any
// other variable set for this runner.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import util, { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CACHE = process.env.NOTA_CODE_SERVER_DIR ?? path.resolve(HERE, '../../.vscode-test/code-server');
const VSCODE_DIR = path.join(CACHE, 'node_modules/code-server/lib/vscode');
const SERVER_MAIN = path.join(VSCODE_DIR, 'out/server-main.js');
const CHROMIUM = process.env.NOTA_CHROMIUM ?? '/usr/bin/chromium';

// Workbench chatter that is expected on these machines and says nothing about
// the suite (shown with --verbose): connection set-up, the service worker that
// this server build does not ship, and the extension gallery (open-vsx.org),
// which is unreachable from here.
const NOISE = [
  /^(Resolving|Resolved) connection token/, /^Creating a socket \(/, /^Updating additional builtin extensions cache/,
  /^ChatSessionStore: /, /^\[Service Worker\] registration/, /ENOTFOUND open-vsx\.org/,
];

const say = (msg) => console.log(`[runInCodeServer] ${msg}`);
function fail(msg) {
  console.error(`[runInCodeServer] ERROR: ${msg}`);
  process.exit(1);
}

// ---- options ---------------------------------------------------------------
let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      extensionDevelopmentPath: { type: 'string' },
      extensionTestsPath: { type: 'string' },
      tour: { type: 'string' },
      locale: { type: 'string' },
      workspace: { type: 'string' },
      'install-vsix': { type: 'string' },
      'screenshot-dir': { type: 'string' },
      // Workspace trust on, and the workspace left untrusted: restricted mode.
      restricted: { type: 'boolean', default: false },
      // Runs this extension (publisher.name) in the browser's web-worker extension host: the
      // user setting remote.extensionKind, written before the server starts, is what decides it.
      'web-extension': { type: 'string', multiple: true, default: [] },
      timeout: { type: 'string', default: '240000' },
      verbose: { type: 'boolean', default: false },
    },
  }));
} catch (e) {
  fail(e.message);
}
const vsix = opts['install-vsix'] && path.resolve(opts['install-vsix']);
const devPath = opts.extensionDevelopmentPath && path.resolve(opts.extensionDevelopmentPath);
const testsPath = opts.extensionTestsPath && path.resolve(opts.extensionTestsPath);
const workspace = opts.workspace && path.resolve(opts.workspace);
const timeoutMs = Number(opts.timeout);
const tourPath = opts.tour && path.resolve(opts.tour);
if (tourPath && testsPath) fail('give --tour or --extensionTestsPath, not both');
if (tourPath && !fs.existsSync(tourPath)) fail(`--tour module not found: ${tourPath}`);
if (!tourPath && (!testsPath || !fs.existsSync(testsPath))) fail(`--extensionTestsPath missing or not found: ${testsPath}`);
if (!workspace || !fs.statSync(workspace, { throwIfNoEntry: false })?.isDirectory()) fail(`--workspace is not a folder: ${workspace}`);
if (!vsix && !devPath) fail('give --extensionDevelopmentPath, or --install-vsix to test a packaged extension');
if (vsix && !fs.existsSync(vsix)) fail(`--install-vsix file not found: ${vsix}`);
if (devPath && !fs.existsSync(path.join(devPath, 'package.json'))) fail(`no package.json in ${devPath}`);
if (!(timeoutMs > 0)) fail(`--timeout must be a positive number of ms, got ${opts.timeout}`);
if (!fs.existsSync(SERVER_MAIN)) fail(`VS Code server not installed (${SERVER_MAIN}); run scripts/install-test-tools.sh`);
if (!fs.existsSync(CHROMIUM)) fail(`${CHROMIUM} missing; run scripts/install-test-tools.sh`);

// playwright-core is the project's devDependency: resolve it from the folder
// we run in first, then next to this file.
function loadPlaywright() {
  for (const base of [path.join(process.cwd(), 'noop.js'), fileURLToPath(import.meta.url)]) {
    try {
      const req = createRequire(base);
      const resolved = req.resolve('playwright-core');
      return { pw: req(resolved), version: req(path.join(path.dirname(resolved), 'package.json')).version };
    } catch { /* try the next base */ }
  }
  fail('cannot resolve playwright-core from the current folder or from test/e2e; npm install it');
}
const { pw, version: pwVersion } = loadPlaywright();

const product = JSON.parse(fs.readFileSync(path.join(VSCODE_DIR, 'product.json'), 'utf8'));
const csVersion = JSON.parse(fs.readFileSync(path.join(CACHE, 'node_modules/code-server/package.json'), 'utf8')).version;
say(`VS Code ${product.version} (commit ${String(product.commit).slice(0, 10)}) from code-server ${csVersion}; playwright-core ${pwVersion}; ${CHROMIUM}`);

// ---- run state and cleanup -------------------------------------------------
const startedAt = Date.now();
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-e2e-'));
const dirs = Object.fromEntries(['user-data', 'server-data', 'extensions'].map((d) => [d, path.join(tmpRoot, d)]));
// Without --screenshot-dir, requests still get answered, into a throwaway dir.
const shotDir = path.resolve(opts['screenshot-dir'] ?? path.join(tmpRoot, 'screenshots'));
fs.mkdirSync(shotDir, { recursive: true });
const serverLog = path.join(tmpRoot, 'server.log');
let server, browser, page, finished = false;

async function screenshot(name) {
  if (!page || page.isClosed()) return false;
  const file = path.join(shotDir, `${name}.png`);
  try {
    await page.screenshot({ path: `${file}.tmp.png`, timeout: 15000 });
    fs.renameSync(`${file}.tmp.png`, file); // the suite never sees a half-written png
    return true;
  } catch (e) {
    console.error(`[runInCodeServer] screenshot ${name} failed: ${e.message}`);
    return false;
  }
}

// Waits for the request's selectors (the workbench renders diagnostics a
// moment after the extension host has them), then takes the picture; returns
// undefined on success, else why not. A picture is taken either way.
async function answerRequest(name, requestFile) {
  let request = {};
  try { request = JSON.parse(fs.readFileSync(requestFile, 'utf8') || '{}'); } catch (e) { return `unreadable request: ${e.message}`; }
  const timeout = Number(request.timeoutMs) > 0 ? Number(request.timeoutMs) : 15000;
  let problem;
  for (const selector of Array.isArray(request.waitFor) ? request.waitFor : []) {
    try {
      await page.waitForSelector(selector, { state: 'visible', timeout });
    } catch {
      problem = `"${selector}" did not become visible in the workbench within ${timeout} ms`;
      break;
    }
  }
  if (!(await screenshot(name))) problem ??= 'page.screenshot failed (see the runner output)';
  return problem;
}

function tail(file, lines = 40) {
  try { return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n'); } catch { return '(no log)'; }
}

async function finish(code, why) {
  if (finished) return;
  finished = true;
  if (why) (code ? console.error : console.log)(`[runInCodeServer] ${why}`);
  if (await screenshot('final')) say(`final screenshot: ${path.join(shotDir, 'final.png')}`);
  if (code !== 0) console.error(`[runInCodeServer] last lines of the server log:\n${tail(serverLog)}`);
  await Promise.race([browser?.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  await stopServer();
  fs.rmSync(tmpRoot, { recursive: true, force: true, maxRetries: 3 });
  say(`exit code ${code} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  process.exit(code);
}

const groupAlive = () => { try { process.kill(-server.pid, 0); return true; } catch { return false; } };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The server runs in its own process group: the extension host, pty host and
// file watcher are its children and must go too. Async, so that Node can reap
// the server (a zombie would still count as alive).
async function stopServer() {
  if (!server || !groupAlive()) return;
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ }
  for (let i = 0; i < 30 && groupAlive(); i++) await sleep(100);
  if (groupAlive()) killServer();
}
function killServer() {
  if (server) try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ }
}
process.on('exit', killServer); // last resort if something threw past finish()
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => finish(130, `interrupted by ${sig}`));
const overall = setTimeout(() => finish(1, `TIMEOUT: the suite did not finish within ${timeoutMs} ms (--timeout)`), timeoutMs);

// ---- helpers ---------------------------------------------------------------
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode < 500); });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => { req.destroy(); resolve(false); });
  });
}

// The web workbench of this server build reads user settings from the
// server's user-data dir. Keep it from reaching for the (unreachable)
// extension gallery and from opening editors of its own.
fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
fs.writeFileSync(path.join(dirs['user-data'], 'User/settings.json'), JSON.stringify({
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  ...(opts['web-extension'].length ? { 'remote.extensionKind': Object.fromEntries(opts['web-extension'].map((id) => [id, ['web']])) } : {}),
  // Restricted mode: trust is on but never asked for, so the folder stays untrusted.
  ...(opts.restricted ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false } : {}),
}, null, 2));
const serverArgs = [
  '--accept-server-license-terms', '--disable-telemetry',
  '--user-data-dir', dirs['user-data'], '--server-data-dir', dirs['server-data'], '--extensions-dir', dirs.extensions,
];

// ---- main ------------------------------------------------------------------
async function main() {
  if (vsix) {
    say(`installing ${vsix} into the server's extensions dir`);
    const r = spawnSync(process.execPath, [SERVER_MAIN, ...serverArgs, '--install-extension', vsix], { encoding: 'utf8', timeout: 120000 });
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    if (r.status !== 0 || !/successfully installed/i.test(r.stdout ?? '')) return finish(1, `installing ${vsix} failed (exit ${r.status})`);
  }

  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const logFd = fs.openSync(serverLog, 'a');
  // Env given to the server reaches the extension host (its child process).
  server = spawn(process.execPath, [SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', ...(opts.restricted ? [] : ['--disable-workspace-trust']), ...(opts.locale ? ['--locale', opts.locale] : []), ...serverArgs], {
    env: { ...process.env, NOTA_SCREENSHOT_DIR: shotDir },
    stdio: ['ignore', logFd, logFd],
    detached: true, // own process group, see stopServer()
  });
  server.on('exit', (code, sig) => finish(1, `the VS Code server exited early (code ${code}, signal ${sig})`));
  say(`server on http://${authority} (pid ${server.pid}, log ${serverLog})`);

  const t0 = Date.now();
  while (!(await httpOk(`http://${authority}/version`))) {
    if (Date.now() - t0 > 60000) return finish(1, 'the VS Code server did not answer HTTP within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  say(`server answers after ${Date.now() - t0} ms`);

  browser = await pw.chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Our own handlers close the browser and the server and clean up.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  browser.on('disconnected', () => finish(1, 'the browser went away'));
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, ...(opts.locale ? { locale: opts.locale } : {}) });
  page.on('crash', () => finish(1, 'the workbench page crashed'));
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  // The console of the page and its extension-host iframe (with --verbose): errors of a web extension show here.
  if (opts.verbose) page.on('console', (m) => console.log(`[console ${m.type()}] ${m.text()}`));

  // The workbench's log service writes here, and the extension host's console
  // output (mocha's reporter) arrives here too, as console.log-style argument
  // arrays ("%d passing (%s)", 4, "3s"), so format them the way Node would.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = Array.isArray(args) ? util.format(...args) : String(args);
    if (!opts.verbose && NOISE.some((re) => re.test(text))) return;
    (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
  });
  await page.exposeFunction('codeAutomationExit', async (code, logs) => {
    // Keep VS Code's own logs next to the screenshots for a failed run.
    if (code !== 0 && opts['screenshot-dir'] && Array.isArray(logs)) {
      for (const { relativePath, contents } of logs) {
        const f = path.join(shotDir, 'vscode-logs', relativePath);
        fs.mkdirSync(path.dirname(f), { recursive: true });
        fs.writeFileSync(f, contents);
      }
    }
    clearTimeout(overall);
    await finish(Number(code) || 0, `suite finished with exit code ${code}`);
  });

  const remote = (p) => `vscode-remote://${authority}${p.split('/').map(encodeURIComponent).join('/')}`;
  // Installed from a vsix: the workbench only runs extension tests (and
  // forwards their output) in extension-development mode, so point the
  // development path at an empty folder; the installed copy is what runs.
  const devForUrl = devPath ?? fs.mkdtempSync(path.join(tmpRoot, 'no-dev-extension-'));
  const payload = [
    ['extensionDevelopmentPath', remote(devForUrl)],
    ...(testsPath ? [['extensionTestsPath', remote(testsPath)]] : []),
    ['skipWelcome', 'true'],
  ];
  const url = `http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  say(`opening workbench: folder ${workspace}; ${tourPath ? `tour ${tourPath}` : `tests ${testsPath}`}; ${devPath ? `development extension ${devPath}` : `installed vsix ${path.basename(vsix)}`}`);
  // When the window opened, for suites that measure from there (the clock is this machine's, as in the
  // extension host), and how busy the machine was: a deadline means little on a machine shared many ways.
  const opened = JSON.stringify({ at: Date.now(), load: os.loadavg()[0], cores: os.availableParallelism() });
  fs.writeFileSync(path.join(shotDir, 'window-opened.json'), opened);
  // The same where a suite without Node (the web one) can read it, with vscode.workspace.fs.
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(workspace, '.vscode', 'nota-test-run.json'), opened);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
  if (tourPath) return runTour();

  // Answer screenshot requests from the suite, one at a time, every 200 ms.
  const poll = async () => {
    let names = [];
    try { names = fs.readdirSync(shotDir).filter((f) => f.endsWith('.request')); } catch { /* dir gone */ }
    for (const f of names) {
      const name = f.slice(0, -'.request'.length);
      const problem = name === 'final' ? 'the name "final" is the runner\'s' : await answerRequest(name, path.join(shotDir, f));
      if (problem) fs.writeFileSync(path.join(shotDir, `${name}.failed`), problem);
      else say(`screenshot: ${path.join(shotDir, `${name}.png`)}`);
      fs.rmSync(path.join(shotDir, f), { force: true }); // also on failure, so the suite stops waiting
    }
    if (!finished) setTimeout(poll, 200);
  };
  poll();
}

// A tour: the module drives the page itself; pictures go to the screenshot dir.
async function runTour() {
  const { default: tour } = await import(pathToFileURL(tourPath).href);
  if (typeof tour !== 'function') return finish(1, `${tourPath} has no default export to run`);
  const started = Date.now();
  try {
    await tour({
      page,
      workspace,
      locale: opts.locale ?? 'en',
      log: (msg) => console.log(`  [tour ${((Date.now() - started) / 1000).toFixed(1)} s] ${msg}`),
      screenshot: async (name) => {
        if (!(await screenshot(name))) throw new Error(`screenshot ${name} failed`);
        return path.join(shotDir, `${name}.png`);
      },
    });
  } catch (e) {
    clearTimeout(overall);
    return finish(1, `tour failed: ${e.stack ?? e}`);
  }
  clearTimeout(overall);
  return finish(0, `tour passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((e) => finish(1, `runner error: ${e.stack ?? e}`));
