/**
 * The preview: a webview showing a note in house style, rendered by the
 * language server (the same renderer as `nota render`). As VS Code's own
 * Markdown preview does, a preview follows the note in the active editor,
 * unless it is locked to its note ("Toggle Preview Lock"). It follows edits
 * (debounced), keeps its scroll position, reveals a heading in the editor
 * when it is clicked, and opens the findings from its banner. Its tab is
 * titled by the file name, so two notes with one subject are told apart.
 * The webview runs only its own nonce-tagged script and may load nothing
 * (Content-Security-Policy; no local resource roots).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

interface Rendered {
  html: string;
  errorCount: number;
  title: string;
}

export interface PreviewDescription {
  doctype: string | null;
  addressees: string[];
  colophon: string[];
  headings: string[];
  missing: string[];
  banner: string | null;
  /** Values in the metadata marked with a finding: their text, severity and message. */
  marks: { text: string; severity: string | null; message: string | null }[];
  /** Elements in the note's content that could run code or load something remote (must be 0). */
  unsafe: number;
  csp: string | null;
}

/** What a preview panel shows (for tests and the export command). */
export interface PreviewState {
  uri: vscode.Uri;
  locked: boolean;
  title: string;
}

const UPDATE_DELAY_MS = 250;

interface PanelEntry {
  panel: vscode.WebviewPanel;
  document: vscode.TextDocument;
  locked: boolean;
  /** The nonce of the page the panel shows (live updates are rendered for, and only taken by, the same page). */
  nonce?: string;
  /** Counts the whole pages asked for: an answer for an older request is dropped. */
  shown: number;
  timer?: ReturnType<typeof setTimeout>;
}

export interface PreviewHost {
  client(): BaseLanguageClient | undefined;
  /** Whether the server takes the document for a note (only notes are followed). */
  isNote(document: vscode.TextDocument): Promise<boolean>;
  /** A Markdown file that is not a note: explain, and offer to make it one; true when it became one. */
  notANote(document: vscode.TextDocument): Promise<boolean>;
  /** Icons for the preview's tab. */
  iconPath?: { light: vscode.Uri; dark: vscode.Uri };
}

export class NotePreviews implements vscode.Disposable {
  private readonly entries = new Set<PanelEntry>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly waiting = new Map<string, (message: unknown) => void>();
  private nextId = 0;
  private readonly updated = new vscode.EventEmitter<{ uri: vscode.Uri; version: number }>();
  /** Fires when a preview has shown a new version of its note (the webview confirmed it). */
  readonly onDidUpdate = this.updated.event;

  constructor(private readonly host: PreviewHost) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleUpdate(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        for (const entry of this.entriesFor(document.uri)) entry.panel.dispose();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.follow(editor)),
    );
  }

  /**
   * Shows the note: in the preview that follows the active note, if there is
   * one (it switches to this note), else in a new one. A Markdown file that
   * is not a note gets an offer to become one instead.
   */
  async open(document: vscode.TextDocument, toSide: boolean): Promise<vscode.WebviewPanel | undefined> {
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const existing = [...this.entries].find((entry) => entry.document.uri.toString() === document.uri.toString()) ?? [...this.entries].find((entry) => !entry.locked);
    if (existing) {
      if (existing.document.uri.toString() !== document.uri.toString() && !(await this.show(existing, document))) return this.notANote(document);
      existing.panel.reveal(toSide ? undefined : column, toSide);
      return existing.panel;
    }
    const panel = vscode.window.createWebviewPanel('nota.preview', previewTitle(document.uri, false), { viewColumn: column, preserveFocus: toSide }, {
      enableScripts: true,
      localResourceRoots: [],
      enableFindWidget: true,
    });
    if (this.host.iconPath) panel.iconPath = this.host.iconPath;
    const entry: PanelEntry = { panel, document, locked: false, shown: 0 };
    this.entries.add(entry);
    panel.onDidDispose(() => {
      if (entry.timer) clearTimeout(entry.timer);
      this.entries.delete(entry);
    });
    panel.webview.onDidReceiveMessage((message: { type?: string; line?: number; id?: string; version?: number; command?: string }) => {
      if (message.type === 'reveal' && typeof message.line === 'number') void revealLine(entry.document.uri, message.line);
      if (message.type === 'command' && message.command === 'showFindings') void vscode.commands.executeCommand('workbench.actions.view.problems');
      if (message.type === 'updated' && typeof message.version === 'number') this.updated.fire({ uri: entry.document.uri, version: message.version });
      if (message.id && this.waiting.has(message.id)) {
        this.waiting.get(message.id)?.(message);
        this.waiting.delete(message.id);
      }
    });
    if (!(await this.show(entry, document))) {
      panel.dispose();
      return this.notANote(document);
    }
    return panel;
  }

  /**
   * Locks the focused preview (or the preview of `uri`, or the only one) to
   * its note, or lets it follow the active note again.
   */
  toggleLock(uri?: vscode.Uri): PreviewState | undefined {
    const entries = [...this.entries];
    const entry = (uri ? entries.find((e) => e.document.uri.toString() === uri.toString()) : undefined) ?? entries.find((e) => e.panel.active) ?? (entries.length === 1 ? entries[0] : undefined);
    if (!entry) return undefined;
    entry.locked = !entry.locked;
    entry.panel.title = previewTitle(entry.document.uri, entry.locked);
    if (!entry.locked) void this.follow(vscode.window.activeTextEditor);
    return this.stateOf(entry);
  }

  /** The note of the preview that has the focus, if one has. */
  activeNote(): vscode.Uri | undefined {
    return [...this.entries].find((entry) => entry.panel.active)?.document.uri;
  }

  /** What each open preview shows. */
  states(): PreviewState[] {
    return [...this.entries].map((entry) => this.stateOf(entry));
  }

  /** Asks the webview what it shows (a message round trip; used by the extension's tests). */
  describe(uri: vscode.Uri): Promise<PreviewDescription | undefined> {
    const [entry] = this.entriesFor(uri);
    if (!entry) return Promise.resolve(undefined);
    const id = `describe-${this.nextId++}`;
    return new Promise((resolve) => {
      this.waiting.set(id, (message) => resolve(message as PreviewDescription));
      void entry.panel.webview.postMessage({ type: 'describe', id });
    });
  }

  private stateOf(entry: PanelEntry): PreviewState {
    return { uri: entry.document.uri, locked: entry.locked, title: entry.panel.title };
  }

  private entriesFor(uri: vscode.Uri): PanelEntry[] {
    return [...this.entries].filter((entry) => entry.document.uri.toString() === uri.toString());
  }

  /**
   * The active editor changed, or its file just became a note: every preview
   * that is not locked shows its note, if it is one.
   */
  async follow(editor: vscode.TextEditor | undefined): Promise<void> {
    const document = editor?.document;
    if (!document || document.languageId !== 'markdown') return;
    const followers = [...this.entries].filter((entry) => !entry.locked && entry.document.uri.toString() !== document.uri.toString());
    if (!followers.length || !(await this.host.isNote(document))) return;
    // Asked about an editor that is no longer the active one (the author, or a command, moved
    // on while the server answered): following it now would replace the note just shown.
    if (vscode.window.activeTextEditor?.document !== document) return;
    for (const entry of followers) if (!entry.locked && entry.document.uri.toString() !== document.uri.toString()) await this.show(entry, document);
  }

  /** Renders the whole page of `document` into the entry's panel; false when it is not a note. */
  private async show(entry: PanelEntry, document: vscode.TextDocument): Promise<boolean> {
    if (!this.entries.has(entry)) return true;
    const nonce = newNonce();
    const request = ++entry.shown;
    const rendered = await this.render(document, true, { nonce, cspSource: entry.panel.webview.cspSource });
    if (!rendered) return false;
    // The author moved on while this page was rendered (the newer request shows its note), or
    // closed the preview (a disposed webview throws).
    if (request !== entry.shown || !this.entries.has(entry)) return true;
    entry.document = document;
    entry.nonce = nonce;
    entry.panel.title = previewTitle(document.uri, entry.locked);
    entry.panel.webview.html = rendered.html;
    return true;
  }

  private async notANote(document: vscode.TextDocument): Promise<vscode.WebviewPanel | undefined> {
    // Made a note: its preview opens beside the editor, where the author now fills in the new
    // fields. Otherwise (or when the author declines) there is no preview.
    return (await this.host.notANote(document)) ? this.open(document, true) : undefined;
  }

  private scheduleUpdate(document: vscode.TextDocument): void {
    for (const entry of this.entriesFor(document.uri)) {
      if (entry.timer) clearTimeout(entry.timer);
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        const page = entry.nonce ?? '';
        void this.render(document, false, { nonce: page, cspSource: entry.panel.webview.cspSource }).then((rendered) => {
          if (rendered && this.entries.has(entry) && entry.document.uri.toString() === document.uri.toString() && entry.nonce === page) {
            void entry.panel.webview.postMessage({ type: 'update', html: rendered.html, version: document.version, page });
          }
        });
      }, UPDATE_DELAY_MS);
    }
  }

  private async render(document: vscode.TextDocument, page: boolean, webview?: { nonce: string; cspSource: string }): Promise<Rendered | null> {
    const client = this.host.client();
    if (!client) return null;
    return client.sendRequest<Rendered | null>('nota/render', { uri: document.uri.toString(), page, webview });
  }

  dispose(): void {
    this.updated.dispose();
    for (const { panel } of this.entries) panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The tab's title: the file name, as VS Code's Markdown preview has it, so two notes with one subject differ. */
function previewTitle(uri: vscode.Uri, locked: boolean): string {
  const name = basename(uri);
  return locked ? vscode.l10n.t('Preview (locked): {0}', name) : vscode.l10n.t('Preview: {0}', name);
}

async function revealLine(uri: vscode.Uri, line: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  const position = new vscode.Position(line, 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
}

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}

/** 16 random bytes in base64, from Web Crypto (in the browser's extension host as in Node's). */
function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
