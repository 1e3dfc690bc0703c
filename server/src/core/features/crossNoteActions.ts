/**
 * Quick fixes for findings across notes: a `reference-duplicate` offers to
 * open each note it names. Opening is not an edit, so the action carries a
 * command the language server carries out (it asks the editor to show the
 * note, at its reference, with LSP's window/showDocument).
 */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import type { Finding } from '../findings/finding';
import { formatMessage, type Locale } from '../findings/messages';
import { toDiagnostic } from '../findings/toDiagnostic';
import type { OtherNote } from '../workspace/crossNoteChecks';

/** Arguments: the note's uri and the range to select in it. */
export const SHOW_NOTE_COMMAND = 'nota.showNote';

export function openOtherNoteActions(finding: Finding, locale: Locale): CodeAction[] {
  // Stryker disable next-line ConditionalExpression: only reference-duplicate carries `others`, so any other finding gives no action either way
  if (finding.code !== 'reference-duplicate') return [];
  const others = Array.isArray(finding.data?.others) ? (finding.data.others as OtherNote[]) : [];
  return others.map((other) => {
    const title = formatMessage(locale, 'fix.openOther', { name: other.name });
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [toDiagnostic(finding)], command: { title, command: SHOW_NOTE_COMMAND, arguments: [other.uri, other.range] } };
  });
}
