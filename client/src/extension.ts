/**
 * The VS Code side: starts the bundled language server and registers the
 * commands. No checking happens here.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { NotePreviews, type PreviewDescription } from './preview';
import { NoteExporter, type ExportChoices, type ExportFormat, type ExportOutcome } from './exportCommands';
import { serveWorkspaceFiles } from './workspaceFiles';
import { NotesView } from './notesView';
import { NoteStatus } from './noteStatus';
import type { NotaInitializationOptions, NotesResult } from '../../server/src/protocol';

let client: LanguageClient | undefined;

export interface NotaExtensionApi {
  /** Resolves once the language server is running (again). */
  ready(): Promise<void>;
  /** What the open preview of a note shows (for tests). */
  describePreview(uri: vscode.Uri): Promise<PreviewDescription | undefined>;
  /** Fires when a preview has shown a new version of its note. */
  onDidUpdatePreview: vscode.Event<{ uri: vscode.Uri; version: number }>;
  /** Exports a note as the commands do, with the author's answers given (for tests). */
  exportNote(uri: vscode.Uri, format: ExportFormat, choices: ExportChoices): Promise<ExportOutcome>;
  /** What the notes view shows (for tests). */
  describeNotesView(): Promise<ReturnType<NotesView['describe']>>;
  /** The server's list of notes, asked for now. */
  listNotes(): Promise<NotesResult>;
  /** Fires when the notes view has the server's latest list of notes. */
  onDidRefreshNotes: vscode.Event<NotesResult>;
  /** Fires when the server says the notes (or their findings) changed. */
  onDidChangeNotes: vscode.Event<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<NotaExtensionApi> {
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
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // The server registers the file watchers it needs (notes, note types, registry); VS Code runs them.
    synchronize: { configurationSection: 'nota' },
    // The server reads workspace files through this client (workspaceFiles.ts), as in the browser;
    // NOTA_WORKSPACE_FILES=disk has it read the disk itself, as for other editors.
    initializationOptions: {
      settings: vscode.workspace.getConfiguration('nota'),
      ...(process.env.NOTA_WORKSPACE_FILES === 'disk' ? {} : { workspaceFiles: 'client' }),
    } satisfies NotaInitializationOptions,
  };
  client = new LanguageClient('nota', 'Nota', serverOptions, clientOptions);
  const notesView = new NotesView(() => client, context.workspaceState);
  const noteStatus = new NoteStatus(() => client);
  context.subscriptions.push(serveWorkspaceFiles(client), notesView, notesView.listen(client), noteStatus);
  let starting: Promise<void> = client.start().then(() => void noteStatus.update());

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
  const previews = new NotePreviews(() => client);
  const openPreview = async (toSide: boolean, uri?: vscode.Uri) => {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) return undefined;
    await starting;
    return previews.open(document, toSide);
  };
  // The preview button shows on notes only: the server knows which documents are notes.
  const updateNoteContext = async (editor: vscode.TextEditor | undefined) => {
    let isNote = false;
    if (editor && editor.document.languageId === 'markdown' && client) {
      await starting;
      isNote = await client.sendRequest<boolean>('nota/isNote', { uri: editor.document.uri.toString() }).catch(() => false);
    }
    await vscode.commands.executeCommand('setContext', 'nota.isNote', isNote);
  };
  // Export: the note of the given file, else of the active editor, else of the focused preview.
  const exporter = new NoteExporter(async () => {
    await starting;
    return client;
  });
  const noteToExport = async (uri?: unknown): Promise<vscode.TextDocument | undefined> => {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.languageId === 'markdown' ? vscode.window.activeTextEditor.document.uri : previews.activeNote();
    return target ? vscode.workspace.openTextDocument(target) : undefined;
  };
  const exportCommand = (format: ExportFormat) => async (uri?: unknown) => {
    const document = await noteToExport(uri);
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a note to export it.'));
      return undefined;
    }
    return exporter.export(document, format);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('nota.export.docx', exportCommand('docx')),
    vscode.commands.registerCommand('nota.export.pdf', exportCommand('pdf')),
  );
  context.subscriptions.push(
    previews,
    vscode.commands.registerCommand('nota.preview.open', (uri?: vscode.Uri) => openPreview(false, uri)),
    vscode.commands.registerCommand('nota.preview.openToSide', (uri?: vscode.Uri) => openPreview(true, uri)),
    vscode.window.onDidChangeActiveTextEditor((editor) => void updateNoteContext(editor)),
    vscode.workspace.onDidSaveTextDocument(() => void updateNoteContext(vscode.window.activeTextEditor)),
  );
  await starting;
  void updateNoteContext(vscode.window.activeTextEditor);
  return {
    ready: () => starting,
    describePreview: (uri) => previews.describe(uri),
    onDidUpdatePreview: previews.onDidUpdate,
    exportNote: async (uri, format, choices) => exporter.export(await vscode.workspace.openTextDocument(uri), format, choices),
    describeNotesView: async () => {
      await notesView.refresh();
      return notesView.describe();
    },
    listNotes: () => notesView.refresh(),
    onDidRefreshNotes: notesView.onDidRefresh,
    onDidChangeNotes: notesView.onDidChangeNotes,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
