/**
 * A minimal LSP client for protocol tests: starts the bundled server as a
 * child process over stdio and speaks JSON-RPC to it, as any editor would.
 * Waits on notifications, never on timers.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from './fixtures';
// @ts-expect-error: plain ES module shared with the bench, without types.
import { serveWorkspaceFilesFromDisk } from './workspaceFilesFromDisk.mjs';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { code?: string | number; severity?: number; source?: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; data?: unknown }[];
}

export class LspTestClient {
  readonly connection: MessageConnection;
  private readonly published: PublishedDiagnostics[] = [];
  private waiters: { predicate: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }[] = [];
  stderr = '';
  /** window/showDocument requests the server sent (answered as shown). */
  readonly shownDocuments: unknown[] = [];

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.published.push(params);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.predicate(params)) return true;
        waiter.resolve(params);
        return false;
      });
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.configuration));
    // What an editor does for the server: register watchers, show progress and documents. Recorded for the tests.
    for (const method of ['client/registerCapability', 'window/workDoneProgress/create', 'window/showDocument']) {
      this.connection.onRequest(method, (params: unknown) => {
        this.requests.push({ method, params });
        if (method === 'window/showDocument') this.shownDocuments.push(params);
        return method === 'window/showDocument' ? { success: true } : null;
      });
    }
    this.connection.onNotification('$/progress', (params: unknown) => void this.requests.push({ method: '$/progress', params }));
    this.connection.onNotification('nota/notesChanged', () => void this.requests.push({ method: 'nota/notesChanged', params: null }));
    this.connection.listen();
  }

  /** Requests and notifications the server sent besides diagnostics, in order. */
  readonly requests: { method: string; params: unknown }[] = [];

  configuration: unknown = { debounceMs: 0 };
  initializeResult: unknown;

  /**
   * `workspace`: a folder to open (the server scans it); `workspaceFiles: 'client'`: this client
   * provides the files (nota/fs/* requests) as VS Code does, else the server reads the disk.
   * `showDocument`: the client can show documents (window/showDocument), without a folder.
   */
  static async start(options: { entry?: 'cli' | 'server'; locale?: string; settings?: unknown; workspace?: string; workspaceFiles?: 'client'; showDocument?: boolean; initializationOptions?: Record<string, unknown> } = {}): Promise<LspTestClient> {
    const args = options.entry === 'server' ? [path.join(ROOT, 'dist', 'server.js'), '--stdio'] : [path.join(ROOT, 'dist', 'cli.js'), 'lsp', '--stdio'];
    const client = new LspTestClient(spawn(process.execPath, args, { stdio: 'pipe' }));
    if (options.settings !== undefined) client.configuration = options.settings;
    if (options.workspaceFiles === 'client') (serveWorkspaceFilesFromDisk as (connection: MessageConnection) => void)(client.connection);
    const folder = options.workspace ? pathToFileURL(options.workspace).href : null;
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: folder ? [{ uri: folder, name: path.basename(options.workspace as string) }] : null,
      locale: options.locale ?? 'nl',
      capabilities: folder
        ? { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true, showDocument: { support: true } } }
        : { workspace: { configuration: true }, ...(options.showDocument ? { window: { showDocument: { support: true } } } : {}) },
      initializationOptions: { settings: client.configuration, ...(options.workspaceFiles ? { workspaceFiles: options.workspaceFiles } : {}), ...options.initializationOptions },
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves with the first publication (already received or still to come) that matches. */
  waitFor(predicate: (p: PublishedDiagnostics) => boolean): Promise<PublishedDiagnostics> {
    const seen = this.published.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ predicate, resolve }));
  }

  forUri(uri: string, version?: number): Promise<PublishedDiagnostics> {
    return this.waitFor((p) => p.uri === uri && (version === undefined || p.version === version));
  }

  publications(uri: string): PublishedDiagnostics[] {
    return this.published.filter((p) => p.uri === uri);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  filesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
