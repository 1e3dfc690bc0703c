/**
 * A Markdown file that is not a note, met by "Nota: Voorbeeld openen", an
 * export or "Nota: Dit bestand een nota maken": say what makes a file a
 * note, and offer to add the frontmatter it lacks (from the language server,
 * drawn from the note type's schema) as a snippet, its values to fill in
 * selected one after the other. Nothing the author wrote is changed.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

type MakeNoteAnswer =
  | { kind: 'insert'; position: { line: number; character: number }; snippet: string }
  | { kind: 'unknown-type'; declared: string; known: string[] }
  | { kind: 'broken-frontmatter' }
  | { kind: 'is-note' };

interface NoteTypeInfo {
  name: string;
  title: string;
}

/** With more types than this, one button opens a list of them. */
const BUTTONS = 2;

export class NoteMaker {
  constructor(private readonly client: () => Promise<BaseLanguageClient | undefined>) {}

  /**
   * Explains why the file is not a note and offers to make it one (`why`
   * says what the author was doing). Resolves true when the frontmatter was
   * added. `type` skips the question (tests, the walkthrough).
   */
  async offer(document: vscode.TextDocument, why: 'preview' | 'export' | 'command', type?: string): Promise<boolean> {
    const client = await this.client();
    if (!client) return false;
    const name = basename(document.uri);
    if (!type) {
      const types = await client.sendRequest<NoteTypeInfo[]>('nota/noteTypes');
      const lead = why === 'export'
        ? vscode.l10n.t('{0} is not a note, so it cannot be exported.', name)
        : why === 'preview' ? vscode.l10n.t('{0} is not a note, so it has no preview in house style.', name) : vscode.l10n.t('{0} is not a note yet.', name);
      const detail = vscode.l10n.t('A note starts with metadata (frontmatter) that names its type, such as type: beslisnota. Nota can add it, with the other required fields to fill in.');
      const buttons = types.length <= BUTTONS ? types.map((t) => vscode.l10n.t('Make it a {0}', t.title.toLowerCase())) : [vscode.l10n.t('Make it a note…')];
      const answer = await vscode.window.showInformationMessage(`${lead} ${detail}`, ...buttons);
      if (!answer) return false;
      type = types.length <= BUTTONS ? types[buttons.indexOf(answer)]?.name : (await vscode.window.showQuickPick(types.map((t) => ({ label: t.title, description: t.name, name: t.name })), { placeHolder: vscode.l10n.t('Which kind of note?') }))?.name;
      if (!type) return false;
    }
    const result = await client.sendRequest<MakeNoteAnswer | null>('nota/makeNote', { uri: document.uri.toString(), type });
    switch (result?.kind) {
      case 'insert': {
        const editor = await vscode.window.showTextDocument(document, { preview: false });
        const position = new vscode.Position(result.position.line, result.position.character);
        await editor.insertSnippet(new vscode.SnippetString(result.snippet), position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return true;
      }
      case 'is-note':
        return true;
      case 'unknown-type':
        void vscode.window.showWarningMessage(vscode.l10n.t('The frontmatter of {0} names the note type ‘{1}’, which Nota does not know. Known types: {2}.', name, result.declared, result.known.join(', ')));
        return false;
      case 'broken-frontmatter':
        void vscode.window.showWarningMessage(vscode.l10n.t('The frontmatter of {0} cannot be read (it is not closed with ---, or is not valid YAML). Correct it first.', name));
        return false;
      default:
        return false;
    }
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}
