/**
 * "Nota: Exporteren naar Word" and "… naar PDF": the language server writes
 * the document from the editor's current text (saved or not); this asks the
 * author what only the author can decide (export a note with errors as a
 * draft, overwrite a file), writes the file beside the note and offers to
 * open it or show it in its folder.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { fromBase64 } from '../../server/src/core/text/base64';
import { exists } from './uriExists';

export type ExportFormat = 'docx' | 'pdf';

type ExportResult =
  | { kind: 'written'; data: string; concept: boolean }
  | { kind: 'refused'; errors: { message: string }[] }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'not-a-note' }
  | { kind: 'failed'; message: string };

/** What happened, for the command's caller (the tests read it). */
export type ExportOutcome = { written: vscode.Uri; concept: boolean } | { notWritten: 'refused' | 'too-large' | 'not-a-note' | 'failed' | 'cancelled' };

/** Answers the author would give, for running without dialogs (tests, other extensions). */
export interface ExportChoices {
  /** Export a note with errors as a draft (CONCEPT) without asking. */
  forceConcept?: boolean;
  /** Overwrite an existing file without asking. */
  overwrite?: boolean;
  /** Where to write instead of beside the note. */
  target?: vscode.Uri;
  /** No message at the end (tests). */
  quiet?: boolean;
}

const LABEL: Record<ExportFormat, string> = { docx: 'Word', pdf: 'PDF' };

export class NoteExporter {
  constructor(
    private readonly client: () => Promise<BaseLanguageClient | undefined>,
    /** A Markdown file that is not a note: explain, and offer to make it one. */
    private readonly notANote: (document: vscode.TextDocument) => Promise<boolean>,
  ) {}

  async export(document: vscode.TextDocument, format: ExportFormat, choices: ExportChoices = {}): Promise<ExportOutcome> {
    const client = await this.client();
    if (!client) return { notWritten: 'failed' };
    const request = (force: boolean) =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting to {0}…', LABEL[format]) }, () =>
        client.sendRequest<ExportResult>('nota/export', { uri: document.uri.toString(), format, force }));
    let result = await request(false);
    if (result.kind === 'refused') {
      const force = choices.forceConcept ?? (await this.askConcept(result.errors.length));
      if (!force) return { notWritten: 'refused' };
      result = await request(true);
    }
    switch (result.kind) {
      case 'written':
        break;
      case 'refused':
        return { notWritten: 'refused' };
      case 'too-large':
        void vscode.window.showErrorMessage(vscode.l10n.t('This note is too large to export ({0} MB; the limit is {1} MB).', (result.size / 1e6).toFixed(1), String(result.limit / 1e6)));
        return { notWritten: 'too-large' };
      case 'not-a-note':
        // Made a note, it still has its fields to fill in: the author exports it when it is written.
        if (!choices.quiet) void this.notANote(document);
        return { notWritten: 'not-a-note' };
      case 'failed':
        void vscode.window.showErrorMessage(vscode.l10n.t('The note could not be exported: {0}', result.message));
        return { notWritten: 'failed' };
    }
    const target = choices.target ?? (await this.targetFor(document, format));
    if (!target) return { notWritten: 'cancelled' };
    if (!choices.overwrite && !choices.target && (await exists(target)) && !(await this.askOverwrite(target))) return { notWritten: 'cancelled' };
    await vscode.workspace.fs.writeFile(target, fromBase64(result.data));
    if (!choices.quiet) void this.offerToOpen(target, result.concept);
    return { written: target, concept: result.concept };
  }

  private async askConcept(errors: number): Promise<boolean> {
    const asConcept = vscode.l10n.t('Export anyway as a draft');
    const problems = vscode.l10n.t('Show Problems');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('This note has {0} error(s) and is not exported as it stands.', errors),
      { modal: true, detail: vscode.l10n.t('A draft is marked CONCEPT on every page. Fix the errors to export the note itself.') },
      asConcept,
      problems,
    );
    if (answer === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
    return answer === asConcept;
  }

  private async askOverwrite(target: vscode.Uri): Promise<boolean> {
    const overwrite = vscode.l10n.t('Overwrite');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Overwrite it?', basename(target)), { modal: true }, overwrite);
    return answer === overwrite;
  }

  /** Beside the note, with the format's extension; a note never saved asks where. */
  private async targetFor(document: vscode.TextDocument, format: ExportFormat): Promise<vscode.Uri | undefined> {
    if (document.isUntitled) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      return vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, `nota.${format}`) : undefined,
        filters: { [LABEL[format]]: [format] },
      });
    }
    const name = basename(document.uri).replace(/\.(md|markdown)$/i, '');
    return vscode.Uri.joinPath(document.uri, '..', `${name}.${format}`);
  }

  private async offerToOpen(target: vscode.Uri, concept: boolean): Promise<void> {
    const open = vscode.l10n.t('Open');
    const reveal = vscode.l10n.t('Show in Folder');
    const message = concept ? vscode.l10n.t('Exported as a draft (CONCEPT): {0}', basename(target)) : vscode.l10n.t('Exported: {0}', basename(target));
    const answer = await vscode.window.showInformationMessage(message, open, ...(target.scheme === 'file' ? [reveal] : []));
    if (answer === open) await vscode.env.openExternal(target);
    if (answer === reveal) await vscode.commands.executeCommand('revealFileInOS', target);
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}
