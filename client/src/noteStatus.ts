/**
 * A status bar item for the note in the active editor: its type and how many
 * errors it has, as the Problems panel shows them; a click opens that panel.
 * Hidden for anything that is not a note.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { NOTE_REQUEST, type NoteListEntry } from '../../server/src/protocol';

export class NoteStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('nota.noteStatus', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: () => BaseLanguageClient | undefined) {
    this.item.name = vscode.l10n.t('Nota: the active note');
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        // New findings may also mean that an edit made the document a note, or no longer one: ask again.
        if (active && event.uris.some((uri) => uri.toString() === active)) void this.update();
      }),
    );
  }

  /** Shows the active editor's note, as the server knows it. */
  async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      this.item.hide();
      return;
    }
    const uri = document.uri.toString();
    const client = this.client();
    const note = client?.isRunning() ? await client.sendRequest<NoteListEntry | null>(NOTE_REQUEST, { uri }).catch(() => null) : null;
    if (vscode.window.activeTextEditor?.document.uri.toString() !== uri) return; // the user moved on
    if (!note) {
      this.item.hide();
      return;
    }
    const errors = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'nota' && d.severity === vscode.DiagnosticSeverity.Error).length;
    this.item.text = `$(file-text) ${note.typeTitle}  $(error) ${errors}`;
    this.item.tooltip = errors === 1 ? vscode.l10n.t('{0}: 1 error. Click to open the Problems panel.', note.typeTitle) : vscode.l10n.t('{0}: {1} errors. Click to open the Problems panel.', note.typeTitle, errors);
    this.item.accessibilityInformation = { label: String(this.item.tooltip) };
    this.item.backgroundColor = errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
