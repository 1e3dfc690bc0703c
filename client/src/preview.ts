/**
 * The preview: a webview per note showing it in house style, rendered by the
 * language server (the same renderer as `nota render`). It follows edits
 * (debounced), keeps its scroll position, and reveals a heading in the editor
 * when it is clicked. The webview runs only its own nonce-tagged script and
 * may load nothing (Content-Security-Policy; no local resource roots).
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
  /** Elements in the note's content that could run code or load something remote (must be 0). */
  unsafe: number;
  csp: string | null;
}

const UPDATE_DELAY_MS = 250;

interface PanelEntry {
  panel: vscode.WebviewPanel;
  timer?: ReturnType<typeof setTimeout>;
}

export class NotePreviews implements vscode.Disposable {
  private readonly panels = new Map<string, PanelEntry>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly waiting = new Map<string, (message: unknown) => void>();
  private nextId = 0;
  private readonly updated = new vscode.EventEmitter<{ uri: vscode.Uri; version: number }>();
  /** Fires when a preview has shown a new version of its note (the webview confirmed it). */
  readonly onDidUpdate = this.updated.event;

  constructor(private readonly client: () => BaseLanguageClient | undefined) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleUpdate(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.panels.get(document.uri.toString())?.panel.dispose()),
    );
  }

  async open(document: vscode.TextDocument, toSide: boolean): Promise<vscode.WebviewPanel | undefined> {
    const key = document.uri.toString();
    const existing = this.panels.get(key);
    if (existing) {
      existing.panel.reveal(toSide ? vscode.ViewColumn.Beside : undefined, true);
      return existing.panel;
    }
    const panel = vscode.window.createWebviewPanel('nota.preview', vscode.l10n.t('Preview: {0}', basename(document.uri)), { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide }, {
      enableScripts: true,
      localResourceRoots: [],
      enableFindWidget: true,
    });
    const entry: PanelEntry = { panel };
    this.panels.set(key, entry);
    panel.onDidDispose(() => {
      if (entry.timer) clearTimeout(entry.timer);
      this.panels.delete(key);
    });
    panel.webview.onDidReceiveMessage((message: { type?: string; line?: number; id?: string; version?: number }) => {
      if (message.type === 'reveal' && typeof message.line === 'number') void revealLine(document.uri, message.line);
      if (message.type === 'updated' && typeof message.version === 'number') this.updated.fire({ uri: document.uri, version: message.version });
      if (message.id && this.waiting.has(message.id)) {
        this.waiting.get(message.id)?.(message);
        this.waiting.delete(message.id);
      }
    });
    const nonce = newNonce();
    const rendered = await this.render(document, true, { nonce, cspSource: panel.webview.cspSource });
    if (!rendered) {
      panel.dispose();
      void vscode.window.showInformationMessage(vscode.l10n.t('This Markdown file is not a note.'));
      return undefined;
    }
    panel.title = vscode.l10n.t('Preview: {0}', rendered.title);
    panel.webview.html = rendered.html;
    return panel;
  }

  /** The note of the preview that has the focus, if one has. */
  activeNote(): vscode.Uri | undefined {
    for (const [key, entry] of this.panels) if (entry.panel.active) return vscode.Uri.parse(key);
    return undefined;
  }

  /** Asks the webview what it shows (a message round trip; used by the extension's tests). */
  describe(uri: vscode.Uri): Promise<PreviewDescription | undefined> {
    const entry = this.panels.get(uri.toString());
    if (!entry) return Promise.resolve(undefined);
    const id = `describe-${this.nextId++}`;
    return new Promise((resolve) => {
      this.waiting.set(id, (message) => resolve(message as PreviewDescription));
      void entry.panel.webview.postMessage({ type: 'describe', id });
    });
  }

  private scheduleUpdate(document: vscode.TextDocument): void {
    const entry = this.panels.get(document.uri.toString());
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      void this.render(document, false).then((rendered) => {
        if (rendered) void entry.panel.webview.postMessage({ type: 'update', html: rendered.html, version: document.version });
      });
    }, UPDATE_DELAY_MS);
  }

  private async render(document: vscode.TextDocument, page: boolean, webview?: { nonce: string; cspSource: string }): Promise<Rendered | null> {
    const client = this.client();
    if (!client) return null;
    return client.sendRequest<Rendered | null>('nota/render', { uri: document.uri.toString(), page, webview });
  }

  dispose(): void {
    this.updated.dispose();
    for (const { panel } of this.panels.values()) panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
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
