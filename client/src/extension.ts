/**
 * The VS Code side: starts the bundled language server and registers the
 * commands. No checking happens here.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export interface NotaExtensionApi {
  /** Resolves once the language server is running (again). */
  ready(): Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<NotaExtensionApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'nota' },
    initializationOptions: { settings: vscode.workspace.getConfiguration('nota') },
  };
  client = new LanguageClient('nota', 'Nota', serverOptions, clientOptions);
  let starting = client.start();

  context.subscriptions.push(
    vscode.commands.registerCommand('nota.restartServer', async () => {
      if (!client) return;
      starting = client.restart();
      await starting;
    }),
  );
  await starting;
  return { ready: () => starting };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
