/**
 * The build's check that the web bundles need nothing of Node
 * (scripts/checkWebBundles.mjs): the shipped bundles pass it, and bundles
 * that reach for Node, in the ways a dependency could, fail it.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/fixtures';
// @ts-expect-error: a plain ES module of the build, without types.
import { checkWebBundles } from '../../scripts/checkWebBundles.mjs';

type Result = { metafile: { outputs: Record<string, { imports: { path: string }[]; inputs: Record<string, unknown> }> } };
const check = checkWebBundles as (results: Result[], options?: { timeoutMs: number }) => Promise<string[]>;
const resultFor = (file: string, imports: string[] = [], inputs: string[] = []): Result => ({
  metafile: { outputs: { [file]: { imports: imports.map((p) => ({ path: p })), inputs: Object.fromEntries(inputs.map((i) => [i, {}])) } } },
});

describe('the check that the web bundles need no Node', function () {
  this.timeout(60_000);
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'nota-web-check-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));
  const bundle = (name: string, code: string) => {
    const file = path.join(folder, name);
    writeFileSync(file, code);
    return file;
  };

  it('passes the bundles the build made: the client loads, the server checks and exports a note, the writers load', async () => {
    const bundle = (name: string) => path.join(ROOT, 'dist', 'web', name);
    for (const name of ['client.js', 'server.js', 'export.js']) assert.ok(existsSync(bundle(name)), `${bundle(name)} is missing: run \`npm run build\` first`);
    assert.deepEqual(await check([resultFor(bundle('client.js'), ['vscode']), resultFor(bundle('server.js')), resultFor(bundle('export.js'))]), []);
  });

  it('fails a bundle that uses a Node global, loads a Node module, or carries a polyfill', async () => {
    const client = bundle('client.js', 'exports.activate = () => {}; const home = process.env.HOME;');
    const [global] = await check([resultFor(client, ['vscode'])]);
    assert.match(global ?? '', /does not run without Node: ReferenceError: process is not defined/);

    const server = bundle('server.js', 'const fs = require("fs");');
    const named = await check([resultFor(server, ['fs'], ['node_modules/buffer/index.js'])]);
    assert.deepEqual(named.slice(0, 3), [`${server} imports fs at run time`, `${server} holds the Node polyfill node_modules/buffer/index.js`, `${server} loads a Node module: require("fs")`]);
    assert.match(named[3] ?? '', /does not run without Node/);
  });

  it('fails a server that loads without Node but cannot check a note', async () => {
    const silent = bundle('server.js', 'self.addEventListener("message", () => {});');
    const [problem] = await check([resultFor(silent)], { timeoutMs: 500 });
    assert.match(problem ?? '', /no answer within 0.5 s/);
  });
});
