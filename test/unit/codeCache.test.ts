/**
 * The launcher that runs the bundles from V8's code cache: the bundle must run
 * exactly as a CommonJS module would, the cache must be written, used, and
 * replaced when stale or broken, and never read from a folder others can write.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/fixtures';

const LAUNCHER = path.join(ROOT, 'server', 'src', 'launch', 'codeCache.ts');

/** Runs `bundle` through launch() in a fresh process; returns what it printed and how the cache was used. */
function run(bundle: string, cache: string) {
  const script = `const { launch } = require(${JSON.stringify(LAUNCHER)}); const use = launch(${JSON.stringify(bundle)}); process.on('exit', () => console.log('cache:' + use));`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', env: { ...process.env, NOTA_CODE_CACHE: cache } });
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trim().split('\n');
  return { output: lines.slice(0, -1).join('\n'), use: lines.at(-1)?.replace('cache:', '') };
}

describe('code cache launcher', function () {
  this.timeout(60_000);
  let work: string;
  let cache: string;
  let bundle: string;
  const body = (word: string) =>
    `const path = require('node:path'); console.log(${JSON.stringify(word)}, path.basename(__filename), path.basename(__dirname), typeof require('node:fs').readFileSync, this === exports && exports === module.exports);\n`;

  beforeEach(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'nota-launch-'));
    cache = path.join(work, 'cache');
    bundle = path.join(work, 'bundle.js');
    writeFileSync(bundle, body('hallo'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('runs the bundle as a CommonJS module, writes the cache at exit, and uses it the next time', () => {
    const first = run(bundle, cache);
    assert.equal(first.output, `hallo bundle.js ${path.basename(work)} function true`);
    assert.equal(first.use, 'missing');
    const files = readdirSync(cache);
    assert.equal(files.length, 1);
    assert.equal(statSync(cache).mode & 0o777, 0o700);
    assert.equal(statSync(path.join(cache, files[0] as string)).mode & 0o777, 0o600);

    const second = run(bundle, cache);
    assert.equal(second.output, first.output);
    assert.equal(second.use, 'used');
  });

  it('never runs a stale cache: a changed bundle of the same length gets a new one, and the old one goes', () => {
    run(bundle, cache);
    const before = readdirSync(cache);
    writeFileSync(bundle, body('hoi!!'));
    utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    const changed = run(bundle, cache);
    assert.match(changed.output, /^hoi!! /);
    assert.equal(changed.use, 'missing');
    const after = readdirSync(cache);
    assert.equal(after.length, 1);
    assert.notDeepEqual(after, before);
  });

  it('replaces a broken cache file, and still runs the bundle', () => {
    run(bundle, cache);
    const [file] = readdirSync(cache);
    writeFileSync(path.join(cache, file as string), Buffer.from('not bytecode at all'), { mode: 0o600 });
    const broken = run(bundle, cache);
    assert.match(broken.output, /^hallo /);
    assert.equal(broken.use, 'refused');
    assert.equal(run(bundle, cache).use, 'used');
  });

  it('does not read a cache from a folder that others can write to, and can be turned off', function () {
    if (typeof process.getuid !== 'function') this.skip();
    run(bundle, cache);
    chmodSync(cache, 0o777);
    assert.equal(run(bundle, cache).use, 'none');
    chmodSync(cache, 0o700);
    assert.equal(run(bundle, cache).use, 'used');
    assert.equal(run(bundle, 'off').use, 'none');
  });
});
