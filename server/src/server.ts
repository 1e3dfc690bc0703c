/**
 * The language server: LSP in, core calls, LSP out. It holds no checking
 * logic; everything it answers comes from the core's language service. It
 * runs in Node and in a browser worker alike: workspace files come through a
 * file access (workspace/fileAccess.ts), never from a file system here.
 */
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from './core/languageService';
import { toDiagnostic } from './core/findings/toDiagnostic';
import { formatMessage } from './core/findings/messages';
import { DEFAULT_SETTINGS, effectiveLocale, readSettings, type ServerSettings } from './settings';
import { DiagnosticsScheduler } from './diagnosticsScheduler';
import { CodeActionKind } from 'vscode-languageserver-types';
import { FIX_ALL_KIND } from './core/features/codeActions';
import { SHOW_NOTE_COMMAND } from './core/features/crossNoteActions';
import { renderPage } from './core/render/renderNote';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { configProblemFinding, workspaceConfigOf, type ConfigFile, type ConfigProblem } from './core/workspace/workspaceConfig';
import type { NoteWriters } from './export/index';
import { toBase64 } from './core/text/base64';
import { EXPORT_FORMATS, type ExportFormat } from './core/page/exportNote';
import { NOTE_REQUEST, NOTES_CHANGED_NOTIFICATION, NOTES_REQUEST, type NotaInitializationOptions, type NotesResult } from './protocol';
import type { WorkspaceFileAccess } from './workspace/fileAccess';
import { ClientFileAccess } from './workspace/clientFileAccess';
import { readConfigFiles } from './workspace/configFiles';
import { WorkspaceNotes } from './workspace/workspaceNotes';
import { WorkspaceScanner } from './workspace/workspaceScan';
import { uriKey } from './workspace/uris';
import { registerImport, type ImportEngine } from './importRequest';
import type { MakeNoteAnswer } from './core/features/makeNote';

/** Custom request: a new note of a type, as snippet text (used by "Nota: Nieuwe beslisnota"). */
export const NEW_NOTE_REQUEST = 'nota/newNote';
/** Custom request: the note rendered in house style, for the preview. */
export const RENDER_REQUEST = 'nota/render';
/** Custom request: whether an open document is a note (drives the preview button). */
export const IS_NOTE_REQUEST = 'nota/isNote';
/** Custom request: the note as a Word or PDF document (its bytes in base64), or why not. */
export const EXPORT_REQUEST = 'nota/export';
/** Custom request: the frontmatter that makes a Markdown file a note of a type, as a snippet, or why not. */
export const MAKE_NOTE_REQUEST = 'nota/makeNote';
/** Custom request: the note types the server knows ({ name, title }). */
export const NOTE_TYPES_REQUEST = 'nota/noteTypes';

interface ExportParams {
  uri: string;
  format: ExportFormat;
  /** Export despite errors, marked CONCEPT. */
  force?: boolean;
}

export type ExportResult =
  | { kind: 'written'; data: string; concept: boolean }
  | { kind: 'refused'; errors: Diagnostic[] }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'not-a-note' }
  | { kind: 'failed'; message: string };

interface RenderParams {
  uri: string;
  /** The whole page (first load) or only the content (live updates). */
  page: boolean;
  webview?: { nonce: string; cspSource: string };
}

export const SERVER_NAME = 'nota';

export interface ServerOptions {
  /** Reads file: folders from disk, for clients that do not provide workspace files (the Node build). */
  diskAccess?: () => WorkspaceFileAccess;
  /** The Word and PDF writers with their fonts, loaded at the first export (from beside the bundle in Node, through the client in a worker). */
  loadWriters?: (connection: Connection) => NoteWriters | Promise<NoteWriters>;
  /** The import engine (zip inflating, PDF.js in a worker thread), loaded at the first import; only the Node build has one. */
  importEngine?: () => ImportEngine;
}

/**
 * Files whose change can change the workspace: notes, and note types and
 * registries (.json); and every creation and deletion, because an editor may
 * report a folder that appeared or went once, as the folder, and not as the
 * notes in it.
 */
const WATCHERS = [
  { globPattern: '**/*.md' }, { globPattern: '**/.nota/**/*.json' }, { globPattern: '**/*.schema.json' },
  { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
];

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const service = createLanguageService();
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let clientLocale: string | undefined;
  let canPullConfiguration = false;
  let canWatchFiles = false;
  let canShowDocument = false;
  let canFollowFolders = false;
  let started = false;
  let folders: string[] = [];
  let access: WorkspaceFileAccess | undefined;
  const publishedVersions = new Map<string, number>();
  const locale = () => effectiveLocale(settings, clientLocale);
  const logError = (message: string, error: unknown) => connection.console.error(`${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

  // The notes of the workspace: open documents live, all others from their files.
  const notes = new WorkspaceNotes({
    service,
    locale,
    maxLiveSize: () => settings.maxLiveSize,
    publish: (uri, diagnostics, version) => void connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics }),
    notesChanged: () => void connection.sendNotification(NOTES_CHANGED_NOTIFICATION),
    error: logError,
  });
  const scanner = new WorkspaceScanner(notes, {
    access: () => access,
    folders: () => folders,
    enabled: () => settings.validateWorkspace,
    maxBytes: () => settings.maxLiveSize,
    progress: async (total) => {
      // LSP work-done progress: VS Code shows it in the status bar.
      const progress = await connection.window.createWorkDoneProgress();
      const count = (done: number) => formatMessage(locale(), 'progress.count', { done, total });
      progress.begin(formatMessage(locale(), 'progress.scan'), 0, count(0), false);
      return { report: (done) => progress.report(Math.floor((done * 100) / total), count(done)), done: () => progress.done() };
    },
    log: (message) => connection.console.log(message),
  });

  const checkOpen = (document: TextDocument): void => {
    publishedVersions.set(document.uri, document.version);
    notes.checkOpen(document);
  };
  const scheduler = new DiagnosticsScheduler((uri) => {
    const document = documents.get(uri);
    if (document) checkOpen(document);
  });

  // Workspace configuration (.nota/ files): read through the file access, applied to the core.
  let configUris = new Set<string>();
  // What the core was last configured with: an unchanged workspace is not applied again,
  // so notes are not re-checked and re-published for nothing.
  let configKey = JSON.stringify({ files: [], problems: [] });
  let configuring: Promise<boolean> = Promise.resolve(false);
  const reloadConfig = (): Promise<boolean> => (configuring = configuring.then(async () => {
    const files: ConfigFile[] = [];
    const problems: ConfigProblem[] = [];
    for (const folder of access ? folders : []) {
      const read = await readConfigFiles(access as WorkspaceFileAccess, folder, settings.schemas);
      files.push(...read.files);
      problems.push(...read.problems);
    }
    const key = JSON.stringify({ files, problems });
    if (key === configKey) return false;
    configKey = key;
    const byUri = new Map<string, Diagnostic[]>();
    for (const problem of service.configure(workspaceConfigOf({ files, problems }))) {
      byUri.set(problem.path, [...(byUri.get(problem.path) ?? []), toDiagnostic(configProblemFinding(locale(), problem))]);
    }
    for (const uri of configUris) if (!byUri.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byUri) void connection.sendDiagnostics({ uri, diagnostics });
    configUris = new Set(byUri.keys());
    return true;
  }).catch((error: unknown) => {
    logError('Nota could not read the workspace configuration', error);
    return false;
  }));
  // Everything again: the open notes at once, then the files of the workspace.
  const recheckAll = async (): Promise<void> => {
    for (const document of documents.all()) checkOpen(document);
    await scanner.scan();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLocale = params.locale;
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    notes.setFolders(folders);
    const init = params.initializationOptions as NotaInitializationOptions | undefined;
    access = init?.workspaceFiles === 'client' ? new ClientFileAccess(connection) : options.diskAccess?.();
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canShowDocument = !!params.capabilities.window?.showDocument?.support;
    canFollowFolders = !!params.capabilities.workspace?.workspaceFolders;
    if (init?.settings) settings = readSettings(init.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: init?.documentSymbols !== false,
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['#', '-', ':'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [SHOW_NOTE_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME },
    };
  });

  const refreshSettings = async (pushed?: unknown): Promise<void> => {
    const before = settings;
    if (pushed && typeof pushed === 'object' && 'nota' in pushed) {
      settings = readSettings((pushed as { nota: unknown }).nota);
    } else if (canPullConfiguration) {
      try {
        settings = readSettings(await connection.workspace.getConfiguration('nota'));
      } catch {
        // Keep the settings we have: a client may refuse configuration requests.
      }
    }
    if (!started) return;
    // Check again only when something that changes findings changed.
    const changed = (key: keyof ServerSettings) => JSON.stringify(settings[key]) !== JSON.stringify(before[key]);
    const configChanged = changed('schemas') && (await reloadConfig());
    if (configChanged || changed('validateWorkspace') || changed('maxLiveSize') || effectiveLocale(before, clientLocale) !== locale()) await recheckAll();
  };

  connection.onInitialized(() => {
    void (async () => {
      if (canPullConfiguration) await refreshSettings();
      // The client watches the files; the server says which.
      if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHERS });
      if (canFollowFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = new Set(event.removed.map((f) => uriKey(f.uri)));
          folders = [...folders.filter((f) => !removed.has(uriKey(f))), ...event.added.map((f) => f.uri)];
          notes.setFolders(folders);
          void reloadConfig().then(() => recheckAll());
        });
      }
      // Open notes were checked with the built-in types: again only if the workspace brings its own.
      const configured = await reloadConfig();
      started = true;
      if (configured) for (const document of documents.all()) checkOpen(document);
      await scanner.scan();
    })();
  });
  const isConfigFile = (uri: string) => /\.json$/i.test(uri) && (/\/\.nota\/|\.schema\.json$/i.test(uri) || settings.schemas.some((p) => uri.endsWith(p.replace(/^\.?\//, ''))));
  connection.onDidChangeWatchedFiles(({ changes }) => {
    // A schema or registry file changed: note types take effect at once, for every note.
    if (changes.some((change) => isConfigFile(change.uri))) void reloadConfig().then((changed) => (changed ? recheckAll() : undefined));
    const files = changes.filter((change) => !/\.json$/i.test(change.uri));
    scanner.filesChanged(files.map((change) => ({ uri: change.uri, deleted: change.type === FileChangeType.Deleted })));
  });
  connection.onDidChangeConfiguration((change) => void refreshSettings(change.settings));

  documents.onDidOpen((event) => {
    scheduler.cancel(event.document.uri);
    checkOpen(event.document);
  });
  documents.onDidChangeContent((event) => {
    // Also fired right after open, for the version the open handler just checked.
    if (publishedVersions.get(event.document.uri) === event.document.version) return;
    scheduler.schedule(event.document.uri, settings.debounceMs);
  });
  documents.onDidClose((event) => {
    scheduler.cancel(event.document.uri);
    publishedVersions.delete(event.document.uri);
    // Back to what its file on disk holds (or nothing, for a file outside the workspace).
    notes.markClosed(event.document.uri);
    void scanner.closed(event.document.uri);
  });
  connection.onShutdown(() => {
    scanner.dispose();
    notes.dispose();
  });

  // Feature requests: each answers from the core for the document's current version.
  // A failure answers empty rather than failing the request, and is logged.
  const answer = <T>(uri: string, empty: T, compute: (document: TextDocument, request: { locale: ReturnType<typeof effectiveLocale> }) => T): T => {
    const document = documents.get(uri);
    if (!document) return empty;
    try {
      return compute(document, { locale: locale() });
    } catch (error) {
      logError(`Nota request failed for ${uri}`, error);
      return empty;
    }
  };
  connection.onDocumentSymbol((params) => answer(params.textDocument.uri, [], (document, request) => service.documentSymbols(document, request)));
  connection.onFoldingRanges((params) => answer(params.textDocument.uri, [], (document) => service.foldingRanges(document)));
  connection.onCompletion((params) => answer(params.textDocument.uri, [], (document, request) => service.completions(document, params.position, request)));
  connection.onHover((params) => answer(params.textDocument.uri, null, (document, request) => service.hover(document, params.position, request)));
  connection.onCodeAction((params) =>
    answer(params.textDocument.uri, [], (document, request) =>
      service.codeActions(document, { range: params.range, diagnostics: params.context.diagnostics, only: params.context.only, revealCommand: canShowDocument ? SHOW_NOTE_COMMAND : undefined }, request)));
  connection.onRequest(RENDER_REQUEST, (params: RenderParams) =>
    answer(params.uri, null, (document, request) => {
      const rendered = service.render(document, { ...request, whileWriting: true }, { webview: params.webview });
      if (!rendered) return null;
      return { html: params.page ? renderPage(rendered, rendered.title, { webview: params.webview }) : rendered.content, errorCount: rendered.errorCount, title: rendered.title };
    }));
  connection.onRequest<MakeNoteAnswer | null, void>(MAKE_NOTE_REQUEST, (params: { uri: string; type?: string }): MakeNoteAnswer | null => answer<MakeNoteAnswer | null>(params.uri, null, (document) => service.makeNote(document, params.type)));
  connection.onRequest(NOTE_TYPES_REQUEST, () => service.noteTypes.all().map((type) => ({ name: type.name, title: type.title })));
  connection.onRequest(IS_NOTE_REQUEST, (params: { uri: string }) => answer(params.uri, false, (document) => service.noteTypeOf(document) !== null));
  let writers: Promise<NoteWriters> | undefined;
  const loadWriters = (): Promise<NoteWriters> => {
    const load = options.loadWriters;
    if (!load) return Promise.reject(new Error('this build of the server cannot write Word or PDF documents'));
    // Loaded at the first export: the writers are a bundle of their own. A load that failed is tried again next time.
    writers ??= Promise.resolve().then(() => load(connection)).catch((error: unknown) => {
      writers = undefined;
      throw error;
    });
    return writers;
  };
  connection.onRequest(EXPORT_REQUEST, async (params: ExportParams): Promise<ExportResult> => {
    const document = documents.get(params.uri);
    if (!document || !EXPORT_FORMATS.includes(params.format)) return { kind: 'not-a-note' };
    try {
      const prepared = service.prepareExport(document, { locale: effectiveLocale(settings, clientLocale), force: params.force });
      switch (prepared.kind) {
        case 'refused':
          return { kind: 'refused', errors: prepared.errors.map(toDiagnostic) };
        case 'too-large':
        case 'not-a-note':
          return prepared;
        case 'page': {
          const loaded = await loadWriters();
          const bytes = params.format === 'docx' ? await loaded.docx(prepared.page) : await loaded.pdf(prepared.page);
          return { kind: 'written', data: toBase64(bytes), concept: prepared.page.concept };
        }
      }
    } catch (error) {
      connection.console.error(`Nota could not export ${params.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  });
  connection.onRequest(NEW_NOTE_REQUEST, (params: { type?: string } | undefined) => ({ text: service.newNote(params?.type, { format: 'snippet' }) }));
  connection.onRequest(NOTES_REQUEST, (): NotesResult => ({ workspace: settings.validateWorkspace && access !== undefined, scanning: scanner.scanning, notes: notes.list() }));
  connection.onRequest(NOTE_REQUEST, (params: { uri: string }) => notes.list(params.uri)[0] ?? answer(params.uri, null, (document) => notes.describeOpen(document)));
  // The quick fix of a reference-duplicate shows the other note at its reference; a fix that
  // inserted text far from the cursor (after its edit) shows that text, selected. Offered to
  // clients that can show documents only.
  connection.onExecuteCommand(async (params) => {
    const [uri, selection] = (params.arguments ?? []) as [unknown, Range | undefined];
    if (params.command !== SHOW_NOTE_COMMAND || typeof uri !== 'string') return;
    if (!canShowDocument) {
      connection.console.log(`the client cannot show documents; open ${uri}`);
      return;
    }
    await connection.window.showDocument({ uri, takeFocus: true, ...(selection ? { selection } : {}) });
  });
  registerImport(connection, service, () => effectiveLocale(settings, clientLocale), options.importEngine);

  documents.listen(connection);
  connection.listen();
}
