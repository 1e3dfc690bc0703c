/**
 * The VS Code side, the same on the desktop and in the browser: starts the
 * language server through the platform's client (desktop.ts: a Node process;
 * browser.ts: a Web Worker) and registers the commands, views and status bar
 * item. No checking happens here, and no Node module is used.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { NotePreviews, type PreviewDescription, type PreviewState } from './preview';
import { NoteExporter, type ExportChoices, type ExportFormat, type ExportOutcome } from './exportCommands';
import { serveWorkspaceFiles } from './workspaceFiles';
import { serveExtensionFiles } from './extensionFiles';
import { NotesView } from './notesView';
import { NoteStatus } from './noteStatus';
import { NoteMaker } from './notANote';
import { registerWalkthrough } from './walkthrough';
import type { NotaInitializationOptions, NotesResult } from '../../server/src/protocol';
import { registerImportCommand } from './importNote';

let client: BaseLanguageClient | undefined;

/** What differs between the desktop and the browser. */
export interface NotaPlatform {
  name: 'desktop' | 'browser';
  /** The language client for these options, not started yet. */
  createClient(options: LanguageClientOptions): BaseLanguageClient;
  /** Where the server reads workspace files: through this client (the default), or from disk itself. */
  workspaceFiles: 'client' | 'disk';
}

/**
 * Documents the server checks: Markdown in files, untitled editors, and the
 * folders of a remote window or of VS Code for the Web (vscode-remote:,
 * vscode-vfs: on github.dev, vscode-test-web:).
 */
const DOCUMENT_SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-test-web'];

export interface NotaExtensionApi {
  /** Which build runs: Node's extension host (desktop) or the browser's web-worker extension host. */
  readonly platform: NotaPlatform['name'];
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
  /** What the open previews show, and whether they are locked. */
  previews(): PreviewState[];
  /** Adds the frontmatter that makes a Markdown file a note of the type, as "make it a note" does (for tests). */
  makeNote(uri: vscode.Uri, type: string): Promise<boolean>;
}

export async function activateNota(context: vscode.ExtensionContext, platform: NotaPlatform): Promise<NotaExtensionApi> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SCHEMES.map((scheme) => ({ scheme, language: 'markdown' })),
    // The server registers the file watchers it needs (notes, note types, registry); VS Code runs them.
    synchronize: { configurationSection: 'nota' },
    // The server reads workspace files through this client (workspaceFiles.ts), unless told to read the disk.
    initializationOptions: {
      // Plain data: a Web Worker's postMessage cannot clone the configuration object's methods.
      settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('nota'))) as unknown,
      ...(platform.workspaceFiles === 'client' ? { workspaceFiles: 'client' } : {}),
      // VS Code's own Markdown outline lists a note's sections, nested and in order; a second
      // tree from Nota would show every heading twice in the Outline, breadcrumbs and sticky scroll.
      documentSymbols: false,
    } satisfies NotaInitializationOptions,
  };
  client = platform.createClient(clientOptions);
  const notesView = new NotesView(() => client, context.workspaceState);
  const noteStatus = new NoteStatus(() => client);
  context.subscriptions.push(serveWorkspaceFiles(client), serveExtensionFiles(client, context.extensionUri), notesView, notesView.listen(client), noteStatus);
  let starting: Promise<void> = client.start().then(() => void noteStatus.update());

  context.subscriptions.push(
    vscode.commands.registerCommand('nota.restartServer', async () => {
      const running = client;
      if (!running) return;
      starting = running.stop().then(() => running.start());
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
  context.subscriptions.push(
    registerImportCommand(async () => {
      await starting;
      return client;
    }),
  );
  const maker = new NoteMaker(async () => {
    await starting;
    return client;
  });
  const isNote = async (document: vscode.TextDocument): Promise<boolean> => {
    if (document.languageId !== 'markdown' || !client) return false;
    await starting;
    return client.sendRequest<boolean>('nota/isNote', { uri: document.uri.toString() }).catch(() => false);
  };
  const previews = new NotePreviews({
    client: () => client,
    isNote,
    notANote: (document) => maker.offer(document, 'preview'),
    iconPath: { light: vscode.Uri.joinPath(context.extensionUri, 'images', 'preview-light.svg'), dark: vscode.Uri.joinPath(context.extensionUri, 'images', 'preview-dark.svg') },
  });
  const openPreview = async (toSide: boolean, uri?: vscode.Uri) => {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) return undefined;
    await starting;
    return previews.open(document, toSide);
  };
  // The preview button shows on notes only: the server knows which documents are notes.
  let noteContextTimer: ReturnType<typeof setTimeout> | undefined;
  const updateNoteContext = async (editor: vscode.TextEditor | undefined) => {
    const note = editor ? await isNote(editor.document) : false;
    await vscode.commands.executeCommand('setContext', 'nota.isNote', note);
    // A file that has just become a note (a new note's snippet, added frontmatter): the preview follows it.
    if (note) void previews.follow(editor);
  };
  // Export: the note of the given file, else of the active editor, else of the focused preview.
  const exporter = new NoteExporter(async () => {
    await starting;
    return client;
  }, (document) => maker.offer(document, 'export'));
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
    vscode.commands.registerCommand('nota.preview.toggleLock', (uri?: unknown) => previews.toggleLock(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('nota.makeNote', async (uri?: vscode.Uri, type?: string) => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) return false;
      const made = await maker.offer(document, 'command', typeof type === 'string' ? type : undefined);
      if (made) void updateNoteContext(vscode.window.activeTextEditor);
      return made;
    }),
    registerWalkthrough(),
    vscode.workspace.onDidChangeTextDocument((event) => {
      // A file that just became a note (or stopped being one) changes the editor's buttons:
      // asked again once the frontmatter has not changed for a moment.
      if (event.document !== vscode.window.activeTextEditor?.document || !event.contentChanges.some((c) => c.range.start.line < 40)) return;
      clearTimeout(noteContextTimer);
      noteContextTimer = setTimeout(() => void updateNoteContext(vscode.window.activeTextEditor), 300);
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => void updateNoteContext(editor)),
    vscode.workspace.onDidSaveTextDocument(() => void updateNoteContext(vscode.window.activeTextEditor)),
  );
  await starting;
  void updateNoteContext(vscode.window.activeTextEditor);
  return {
    platform: platform.name,
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
    previews: () => previews.states(),
    makeNote: async (uri, type) => maker.offer(await vscode.workspace.openTextDocument(uri), 'command', type),
  };
}

export async function deactivateNota(): Promise<void> {
  await client?.stop();
  client = undefined;
}
