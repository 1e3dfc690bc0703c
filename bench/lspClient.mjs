// A minimal LSP client for the bench: starts the bundled server over stdio and
// speaks JSON-RPC to it as an editor would. It is plain .mjs (not the tests'
// TypeScript client) so `npm run bench` needs no TypeScript loader, and it
// notes the arrival time of every publication so latencies are measured where
// an editor would see them.
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { serveWorkspaceFilesFromDisk } from '../test/support/workspaceFilesFromDisk.mjs';

export class LspClient {
  /** @param {import('node:child_process').ChildProcessWithoutNullStreams} child */
  constructor(child, settings) {
    this.child = child;
    this.settings = settings;
    this.published = [];
    this.waiters = [];
    this.stderr = '';
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    child.stderr.on('data', (chunk) => (this.stderr += chunk.toString()));
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const publication = { ...params, at: performance.now() };
      this.published.push(publication);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.predicate(publication)) return true;
        waiter.resolve(publication);
        return false;
      });
    });
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => this.settings));
    // A workspace scan: the server registers watchers and reports progress; the end of it is noted.
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.scanEnded = new Promise((resolve) => {
      this.connection.onNotification('$/progress', (params) => {
        if (params.value?.kind === 'end') resolve(performance.now());
      });
    });
    // Servers may log; an editor shows it, the bench ignores it.
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.listen();
  }

  /**
   * Spawns `node <entry> --stdio` and completes the initialize handshake.
   * `startedAt` is taken just before the spawn, for start-up latency.
   * `nodeArgs` (e.g. --cpu-prof) are for profiling the server; `env` is added to this process's.
   */
  static async start(entry, settings = { debounceMs: 0 }, { nodeArgs = [], cwd, env, workspace, workspaceFiles } = {}) {
    const startedAt = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, entry, '--stdio'], { stdio: 'pipe', cwd, env: env ? { ...process.env, ...env } : process.env });
    const client = new LspClient(child, settings);
    client.startedAt = startedAt;
    // workspaceFiles 'client': this client provides the files, as VS Code's does; else the server reads the disk.
    if (workspaceFiles === 'client') serveWorkspaceFilesFromDisk(client.connection);
    const folder = workspace ? pathToFileURL(workspace).href : null;
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: folder ? [{ uri: folder, name: path.basename(workspace) }] : null,
      locale: 'nl',
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true } },
      initializationOptions: { settings, ...(workspaceFiles ? { workspaceFiles } : {}) },
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** The first publication (already received or still to come) that matches. */
  waitFor(predicate, timeoutMs = 120_000) {
    const seen = this.published.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics within ${timeoutMs} ms\n${this.stderr}`)), timeoutMs);
      this.waiters.push({ predicate, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  diagnosticsFor(uri, version) {
    return this.waitFor((p) => p.uri === uri && (version === undefined || p.version === version));
  }

  open(uri, text, version = 1) {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri, version, contentChanges) {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /** Resident set size of the server process in bytes (Linux /proc), and its peak. */
  memory() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  }

  async stop() {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const timer = setTimeout(() => this.child.kill(), 5000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
