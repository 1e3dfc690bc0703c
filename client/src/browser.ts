/**
 * The extension in VS Code for the Web (package.json "browser",
 * dist/web/client.js): it runs in the browser's web-worker extension host, and
 * the language server runs as a Web Worker (dist/web/server.js), both built
 * from the same core as the desktop's. No Node module is used.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { activateNota, deactivateNota, type NotaExtensionApi } from './extension';
import { ServerWorkers } from './serverWorker';

export function activate(context: vscode.ExtensionContext): Promise<NotaExtensionApi> {
  const workers = new ServerWorkers(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js'));
  context.subscriptions.push(workers);
  return activateNota(context, {
    name: 'browser',
    // A new worker for every start of the client (also after a restart); the one before is ended.
    createClient: (clientOptions) => new LanguageClient('nota', 'Nota', async () => {
      // Message transports rather than the worker itself: the client's `instanceof Worker`
      // test fails for the Worker class of VS Code's web-worker extension host.
      const worker = await workers.start();
      return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    }, clientOptions),
    // There is no file system in the worker: VS Code provides the workspace files.
    workspaceFiles: 'client',
  });
}

export function deactivate(): Promise<void> {
  return deactivateNota();
}
