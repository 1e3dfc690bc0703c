/**
 * The language server: LSP in, core calls, LSP out. It holds no checking
 * logic; everything it answers comes from the core's language service.
 */
import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from './core/languageService';
import { toDiagnostic } from './core/findings/toDiagnostic';
import { createFinding } from './core/findings/finding';
import { isNotaFileName, typeLineIn } from './core/check/noteType';
import { DEFAULT_SETTINGS, effectiveLocale, readSettings, type ServerSettings } from './settings';
import { DiagnosticsScheduler } from './diagnosticsScheduler';
import { CodeActionKind } from 'vscode-languageserver-types';
import { FIX_ALL_KIND } from './core/features/codeActions';
import { renderPage } from './core/render/renderNote';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { configProblemFinding, workspaceConfigOf, type ConfigFile, type ConfigProblem } from './core/workspace/workspaceConfig';
import { readWorkspaceFiles } from './node/workspaceFiles';
import { loadWriters } from './node/exportWriters';
import type { NoteWriters } from './export/index';
import { EXPORT_FORMATS, type ExportFormat } from './core/page/exportNote';

/** Custom request: a new note of a type, as snippet text (used by "Nota: Nieuwe beslisnota"). */
export const NEW_NOTE_REQUEST = 'nota/newNote';
/** Custom request: the note rendered in house style, for the preview. */
export const RENDER_REQUEST = 'nota/render';
/** Custom request: whether an open document is a note (drives the preview button). */
export const IS_NOTE_REQUEST = 'nota/isNote';
/** Custom request: the note as a Word or PDF document (its bytes in base64), or why not. */
export const EXPORT_REQUEST = 'nota/export';

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

export function startServer(connection: Connection): void {
  const service = createLanguageService();
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let clientLocale: string | undefined;
  let canPullConfiguration = false;
  const publishedVersions = new Map<string, number>();

  const publish = (document: TextDocument): void => {
    const locale = effectiveLocale(settings, clientLocale);
    let diagnostics;
    try {
      if (document.getText().length > settings.maxLiveSize) {
        diagnostics = looksLikeNote(document)
          ? [toDiagnostic(createFinding(locale, { code: 'note-too-large', messageId: 'note-too-large', args: { limit: settings.maxLiveSize }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }))]
          : [];
      } else {
        diagnostics = (service.check(document, { locale }) ?? []).map(toDiagnostic);
      }
    } catch (error) {
      // A bug in a check must not take the server down with the author's unsaved work open.
      connection.console.error(`Nota could not check ${document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return;
    }
    publishedVersions.set(document.uri, document.version);
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  const scheduler = new DiagnosticsScheduler((uri) => {
    const document = documents.get(uri);
    if (document) publish(document);
  });

  // Workspace configuration (.nota/ files): read by the adapter, applied to the core.
  let workspaceRoots: string[] = [];
  let configUris = new Set<string>();
  // What the core was last configured with: an unchanged workspace is not applied again,
  // so open notes are not re-checked and re-published for nothing.
  let configKey = JSON.stringify({ files: [], problems: [] });
  const reloadWorkspace = async (): Promise<void> => {
    const files: ConfigFile[] = [];
    const problems: ConfigProblem[] = [];
    for (const root of workspaceRoots) {
      const read = await readWorkspaceFiles(root, settings.schemas);
      files.push(...read.files);
      problems.push(...read.problems);
    }
    const key = JSON.stringify({ files, problems });
    if (key === configKey) return;
    configKey = key;
    const all = service.configure(workspaceConfigOf({ files, problems }));
    const locale = effectiveLocale(settings, clientLocale);
    const byUri = new Map<string, Diagnostic[]>();
    for (const problem of all) {
      const uri = toUri(problem.path);
      byUri.set(uri, [...(byUri.get(uri) ?? []), toDiagnostic(configProblemFinding(locale, problem))]);
    }
    for (const uri of configUris) if (!byUri.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byUri) void connection.sendDiagnostics({ uri, diagnostics });
    configUris = new Set(byUri.keys());
    for (const document of documents.all()) publish(document);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLocale = params.locale;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceRoots = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    const options = params.initializationOptions as { settings?: unknown } | undefined;
    if (options?.settings) settings = readSettings(options.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['#', '-', ':'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
      },
      serverInfo: { name: SERVER_NAME },
    };
  });

  const refreshSettings = async (pushed?: unknown): Promise<void> => {
    const before = JSON.stringify(settings);
    if (pushed && typeof pushed === 'object' && 'nota' in pushed) {
      settings = readSettings((pushed as { nota: unknown }).nota);
    } else if (canPullConfiguration) {
      try {
        settings = readSettings(await connection.workspace.getConfiguration('nota'));
      } catch {
        // Keep the settings we have: a client may refuse configuration requests.
      }
    }
    // Re-check open notes only when something that changes findings changed.
    if (JSON.stringify(settings.schemas) !== JSON.stringify(JSON.parse(before).schemas)) await reloadWorkspace();
    else if (JSON.stringify(settings) !== before) for (const document of documents.all()) publish(document);
  };

  connection.onInitialized(() => {
    void (async () => {
      if (canPullConfiguration) await refreshSettings();
      await reloadWorkspace();
    })();
  });
  // A schema or registry file changed on disk: note types take effect at once.
  connection.onDidChangeWatchedFiles(() => void reloadWorkspace());
  connection.onDidChangeConfiguration((change) => void refreshSettings(change.settings));

  documents.onDidOpen((event) => {
    scheduler.cancel(event.document.uri);
    publish(event.document);
  });
  documents.onDidChangeContent((event) => {
    // Also fired right after open, for the version the open handler just checked.
    if (publishedVersions.get(event.document.uri) === event.document.version) return;
    scheduler.schedule(event.document.uri, settings.debounceMs);
  });
  documents.onDidClose((event) => {
    scheduler.cancel(event.document.uri);
    publishedVersions.delete(event.document.uri);
    service.close(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  // Feature requests: each answers from the core for the document's current version.
  // A failure answers empty rather than failing the request, and is logged.
  const answer = <T>(uri: string, empty: T, compute: (document: TextDocument, request: { locale: ReturnType<typeof effectiveLocale> }) => T): T => {
    const document = documents.get(uri);
    if (!document) return empty;
    try {
      return compute(document, { locale: effectiveLocale(settings, clientLocale) });
    } catch (error) {
      connection.console.error(`Nota request failed for ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return empty;
    }
  };
  connection.onDocumentSymbol((params) => answer(params.textDocument.uri, [], (document, request) => service.documentSymbols(document, request)));
  connection.onFoldingRanges((params) => answer(params.textDocument.uri, [], (document) => service.foldingRanges(document)));
  connection.onCompletion((params) => answer(params.textDocument.uri, [], (document, request) => service.completions(document, params.position, request)));
  connection.onHover((params) => answer(params.textDocument.uri, null, (document, request) => service.hover(document, params.position, request)));
  connection.onCodeAction((params) =>
    answer(params.textDocument.uri, [], (document, request) =>
      service.codeActions(document, { range: params.range, diagnostics: params.context.diagnostics, only: params.context.only }, request)));
  connection.onRequest(RENDER_REQUEST, (params: RenderParams) =>
    answer(params.uri, null, (document, request) => {
      const rendered = service.render(document, request, { webview: params.webview });
      if (!rendered) return null;
      return { html: params.page ? renderPage(rendered, rendered.title, { webview: params.webview }) : rendered.content, errorCount: rendered.errorCount, title: rendered.title };
    }));
  connection.onRequest(IS_NOTE_REQUEST, (params: { uri: string }) => answer(params.uri, false, (document) => service.noteTypeOf(document) !== null));
  let writers: NoteWriters | undefined;
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
          // Loaded at the first export: the writers are a bundle of their own.
          writers ??= loadWriters();
          const bytes = params.format === 'docx' ? await writers.docx(prepared.page) : await writers.pdf(prepared.page);
          return { kind: 'written', data: toBase64(bytes), concept: prepared.page.concept };
        }
      }
    } catch (error) {
      connection.console.error(`Nota could not export ${params.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  });
  connection.onRequest(NEW_NOTE_REQUEST, (params: { type?: string } | undefined) => ({ text: service.newNote(params?.type, { format: 'snippet' }) }));

  documents.listen(connection);
  connection.listen();
}

/** Base64 without Node's Buffer, so the same code serves a server in a Web Worker. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function toUri(pathOrUri: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(pathOrUri) ? pathOrUri : pathToFileURL(pathOrUri).href;
}

/** A cheap guess for notes too large to parse live: a `.nota.md` name or a `type:` line near the top. */
function looksLikeNote(document: TextDocument): boolean {
  return isNotaFileName(document.uri) || typeLineIn(document.getText().slice(0, 4096)) !== undefined;
}
