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
    // Opens an untitled Markdown note from the note type's skeleton (served by
    // the language server, drawn from the schema) as a snippet with tab stops.
    vscode.commands.registerCommand('nota.newNote', async (type?: string) => {
      await starting;
      const result = await client?.sendRequest<{ text: string | null }>('nota/newNote', { type: typeof type === 'string' ? type : undefined });
      if (!result?.text) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Unknown note type: {0}', String(type)));
        return undefined;
      }
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      const editor = await vscode.window.showTextDocument(document);
      await editor.insertSnippet(new vscode.SnippetString(result.text));
      return document.uri;
    }),
  );
  await starting;
  return { ready: () => starting };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
