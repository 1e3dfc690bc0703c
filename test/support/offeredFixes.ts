/** The code actions the language service offers for one finding, and what Fix all makes of a note, as an editor asks for them. */
import assert from 'node:assert/strict';
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver-types';
import type { NotaLanguageService } from '../../server/src/core/languageService';
import type { Locale } from '../../server/src/core/findings/messages';
import { apply } from './edits';
import { doc } from './fixtures';

/** The day the fixes are asked on (a missing date becomes this one). */
export const TODAY = new Date(2026, 11, 1, 12);

export interface Offered {
  /** Every action offered for the finding (its quick fix first). */
  actions: CodeAction[];
  fix: CodeAction | undefined;
  edits: TextEdit[];
  fixed: string;
}

/** The actions offered for one finding (the first with this code that `which` accepts), as the editor asks for them. */
export function offered(service: NotaLanguageService, uri: string, text: string, code: string, which: (data: Record<string, unknown>) => boolean = () => true, locale: Locale = 'nl'): Offered {
  const document = doc(uri, text);
  const finding = (service.check(document, { locale }) ?? []).find((f) => f.code === code && which(f.data ?? {}));
  assert.ok(finding, `a ${code} finding in:\n${text}`);
  const actions = service.codeActions(document, { range: finding.range, diagnostics: [{ range: finding.range, message: finding.message, code }] }, { locale, today: TODAY });
  const fix = actions.find((a) => a.kind === CodeActionKind.QuickFix && JSON.stringify(a.diagnostics?.[0]?.range) === JSON.stringify(finding.range) && a.diagnostics?.[0]?.message === finding.message);
  const edits = fix?.edit?.changes?.[uri] ?? [];
  service.close(uri);
  return { actions, fix, edits, fixed: apply(text, edits) };
}

/** What Fix all (source.fixAll.nota) makes of the text, or null when it offers nothing. */
export function fixAll(service: NotaLanguageService, uri: string, text: string): string | null {
  const origin = { line: 0, character: 0 };
  const [action] = service.codeActions(doc(uri, text), { range: { start: origin, end: origin }, diagnostics: [], only: ['source.fixAll'] }, { locale: 'nl', today: TODAY });
  service.close(uri);
  return action ? apply(text, action.edit?.changes?.[uri] ?? []) : null;
}
