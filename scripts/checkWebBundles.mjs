// The web bundles (dist/web/) must need nothing of Node: in the browser there
// is no process, Buffer, require or file system, and a polyfill would only
// hide that the core reached for one. Called by scripts/build.mjs, which
// fails when this finds anything:
//   1. esbuild's record of each bundle: no import left to load at run time but
//      `vscode` (esbuild refuses to resolve Node's modules for the browser; a
//      package that maps them away must not be hiding a use either), and no
//      Node polyfill package bundled in;
//   2. no require()/import() of a Node module named in the code;
//   3. each bundle is run in a context holding only what a browser's worker
//      has (no process, Buffer, require, __dirname, global, setImmediate): the
//      client must load; the server must load, answer initialize, check a
//      note and export it to Word and PDF, loading the writers' bundle and
//      fonts the way it does in the browser (from its client); the writers'
//      bundle must load. So every Node global used on the way would fail;
//      uses guarded by `typeof` (a dependency that also runs in Node) are fine.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const NODE_MODULES = /\b(?:require|import)\s*\(\s*["'](?:node:[\w/]+|fs|fs\/promises|path|os|url|util|crypto|worker_threads|child_process|stream|buffer|module|vm|net|events|process)["']\s*\)/;
const POLYFILLS = /node_modules\/(?:buffer|process|path-browserify|util|os-browserify|stream-browserify|events|crypto-browserify)\//;

/** Problems found in the bundles esbuild built (`results`: build results with metafiles). */
export async function checkWebBundles(results, { timeoutMs = 30_000 } = {}) {
  const problems = [];
  for (const result of results) {
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      if (file.endsWith('.map')) continue;
      for (const imported of output.imports) if (imported.path !== 'vscode') problems.push(`${file} imports ${imported.path} at run time`);
      for (const input of Object.keys(output.inputs)) if (POLYFILLS.test(input)) problems.push(`${file} holds the Node polyfill ${input}`);
      const code = fs.readFileSync(file, 'utf8');
      const named = NODE_MODULES.exec(code);
      if (named) problems.push(`${file} loads a Node module: ${named[0]}`);
      try {
        if (file.endsWith('server.js')) await runServer(code, timeoutMs, path.resolve(path.dirname(file), '..', '..'));
        else if (file.endsWith('export.js')) runWriters(code);
        else runClient(code);
      } catch (error) {
        problems.push(`${file} does not run without Node: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return problems;
}

/** The globals of a browser's worker that the bundles may use; nothing of Node. */
const BROWSER_GLOBALS = [
  'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'structuredClone',
  'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'AbortController', 'Event', 'EventTarget', 'atob', 'btoa', 'crypto', 'performance',
];
function browserGlobals() {
  return Object.fromEntries(BROWSER_GLOBALS.map((name) => [name, globalThis[name]]));
}

/** The client bundle loads in the web-worker extension host, where `vscode` is its only module. */
function runClient(code) {
  const vscode = new Proxy(function () {}, { get: (target, key) => (key === 'prototype' ? {} : vscode), apply: () => vscode, construct: () => vscode });
  const module = { exports: {} };
  const context = vm.createContext(browserGlobals());
  const require = (name) => {
    if (name === 'vscode') return vscode;
    throw new Error(`require('${name}')`);
  };
  vm.runInContext(`(function (module, exports, require) {${code}\n})`, context)(module, module.exports, require);
  if (typeof module.exports.activate !== 'function') throw new Error('it exports no activate()');
}

/** The writers' bundle: a classic script that leaves its exports in `notaWriters`. */
function runWriters(code) {
  const context = vm.createContext(browserGlobals());
  vm.runInContext('self = globalThis;', context);
  const module = vm.runInContext(`${code}\n;notaWriters`, context);
  if (typeof module?.createWriters !== 'function') throw new Error('it leaves no createWriters in notaWriters');
}

/**
 * The server bundle as a worker script: it must answer initialize, publish
 * the findings of a note and export it, asking its "client" for the writers'
 * bundle and the fonts, which come from `extension` (the folder holding dist/).
 */
async function runServer(code, timeoutMs, extension) {
  const listeners = [];
  const fromServer = [];
  const waiting = new Map();
  const answer = (id) => new Promise((resolve) => waiting.set(id, resolve));
  let delivered;
  const published = new Promise((resolve) => (delivered = resolve));
  // The worker's global scope: where the client's messages arrive and answers go (globalThis is self in a worker).
  const scope = {
    ...browserGlobals(),
    postMessage: (message) => {
      fromServer.push(message);
      if (message.method === 'textDocument/publishDiagnostics') delivered(message.params);
      if (message.method === 'nota/fs/readExtensionFiles') {
        const result = message.params.paths.map((file) => fs.readFileSync(path.join(extension, file)).toString('base64'));
        send({ id: message.id, result });
      }
      if (message.method === undefined && waiting.has(message.id)) waiting.get(message.id)(message.result);
    },
    addEventListener: (type, listener) => type === 'message' && listeners.push(listener),
    removeEventListener: () => {},
  };
  Object.defineProperty(scope, 'onmessage', {
    set: (listener) => {
      listeners.push(listener);
    },
  });
  const context = vm.createContext(scope);
  vm.runInContext('self = globalThis;', context);
  vm.runInContext(code, context);
  const send = (message) => listeners.forEach((listener) => listener({ data: { jsonrpc: '2.0', ...message } }));
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, locale: 'en' } });
  send({ method: 'initialized', params: {} });
  const text = '---\ntype: beslisnota\n---\n';
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'inmemory:/check.md', languageId: 'markdown', version: 1, text } } });
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s; it sent ${JSON.stringify(fromServer).slice(0, 300)}`)), timeoutMs)));
  try {
    const params = await Promise.race([published, timeout]);
    if (!params.diagnostics.some((d) => d.code === 'field-missing')) throw new Error(`unexpected diagnostics: ${JSON.stringify(params.diagnostics).slice(0, 300)}`);
    // The note has errors: exported as a draft (CONCEPT), as the editor offers.
    for (const [id, format, magic] of [[2, 'docx', 'PK'], [3, 'pdf', '%PDF-']]) {
      const exported = answer(id);
      send({ id, method: 'nota/export', params: { uri: 'inmemory:/check.md', format, force: true } });
      const result = await Promise.race([exported, timeout]);
      if (result?.kind !== 'written' || !Buffer.from(result.data, 'base64').toString('latin1').startsWith(magic)) throw new Error(`no ${format} from nota/export: ${JSON.stringify(result).slice(0, 300)}`);
    }
  } finally {
    clearTimeout(timer);
  }
}
