/**
 * The extension on the desktop (package.json "main", dist/client.js): the
 * language server runs as a Node process (dist/server.js) beside VS Code's
 * extension host.
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateNota, deactivateNota, type NotaExtensionApi } from './extension';

export function activate(context: vscode.ExtensionContext): Promise<NotaExtensionApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server starts from V8's code cache, kept in the extension's own storage.
  // It never goes to the network, so it is spared NODE_EXTRA_CA_CERTS: Node
  // loads those certificates before running any code, which can take a tenth
  // of a second.
  const env: NodeJS.ProcessEnv = { ...process.env, NOTA_CODE_CACHE: process.env.NOTA_CODE_CACHE || path.join(context.globalStorageUri.fsPath, 'code-cache') };
  delete env.NODE_EXTRA_CA_CERTS;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  return activateNota(context, {
    name: 'desktop',
    createClient: (clientOptions) => new LanguageClient('nota', 'Nota', serverOptions, clientOptions),
    // As in the browser, VS Code provides the workspace files (see the README for the measurements);
    // NOTA_WORKSPACE_FILES=disk has the server read the disk itself, as for other editors.
    workspaceFiles: process.env.NOTA_WORKSPACE_FILES === 'disk' ? 'disk' : 'client',
  });
}

export function deactivate(): Promise<void> {
  return deactivateNota();
}
