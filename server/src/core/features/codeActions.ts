/**
 * Code actions: a quick fix for each finding the request covers, the
 * "rewrite the date in full" refactoring, and `source.fixAll.nota`, which
 * applies every safe fix until none is left.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { NoteContext } from './noteContext';
import type { Finding } from '../findings/finding';
import { formatMessage } from '../findings/messages';
import { toDiagnostic } from '../findings/toDiagnostic';
import { fixFor } from './quickFixes';
import { openOtherNoteActions } from './crossNoteActions';
import { applyEdits, minimalEdit, rangeAfterEdits } from './textEdits';
import { formatDutchDate, parseNoteDate } from '../domain/dutchDate';
import { DATE_KEYWORD } from '../schema/keywords/dateKeyword';
import { frontmatterSchemaOf } from '../check/checkNote';
import type { AnySchemaObject } from 'ajv';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nota`;

export interface CodeActionRequest {
  range: Range;
  /** The diagnostics the client sent in the request's context. */
  diagnostics: readonly Diagnostic[];
  only?: readonly string[];
  /**
   * A command the client can run after a fix to show and select what it
   * inserted (arguments: the document's URI and the range). Without one, fixes
   * are plain edits.
   */
  revealCommand?: string;
}

/** Re-checks a changed text: what the fix-all loop needs from the language service. */
export type Recheck = (text: string) => { context: NoteContext; findings: Finding[] } | null;

export function codeActions(context: NoteContext, findings: readonly Finding[], request: CodeActionRequest, recheck: Recheck): CodeAction[] {
  const wants = (kind: string) => !request.only || request.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [context.uri]: edits } });

  if (wants(CodeActionKind.QuickFix)) {
    for (const finding of relevantFindings(findings, request)) {
      actions.push(...openOtherNoteActions(finding, context.locale));
      const fix = fixFor(context, finding);
      if (!fix) continue;
      const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [toDiagnostic(finding)], isPreferred: fix.preferred, edit: edit(fix.edits) };
      // What a fix inserts may be far from the cursor, below the visible part of the editor: show it, selected.
      const inserted = request.revealCommand && fix.select ? rangeAfterEdits(context.text, context.parsed.lines, fix.edits, fix.select.edit, fix.select.from, fix.select.length) : null;
      if (inserted && request.revealCommand) action.command = { title: fix.title, command: request.revealCommand, arguments: [context.uri, inserted] };
      actions.push(action);
    }
  }
  if (wants(CodeActionKind.RefactorRewrite)) {
    const rewrite = dateLongForm(context, request.range);
    if (rewrite) actions.push({ title: rewrite.title, kind: CodeActionKind.RefactorRewrite, edit: edit([rewrite.edit]) });
  }
  // Only on request: applying every fix is never offered beside the quick fixes of one finding.
  if (request.only && wants(FIX_ALL_KIND)) {
    const all = fixAllEdit(context, findings, recheck);
    if (all) actions.push({ title: formatMessage(context.locale, 'fix.all'), kind: FIX_ALL_KIND, edit: edit([all]) });
  }
  return actions;
}

/**
 * The findings a request is about: those matching the client's diagnostics
 * (by code and range), or, for a client that sends none, those overlapping
 * the range. Fresh findings are used either way, so a fix never acts on a
 * stale position.
 */
function relevantFindings(findings: readonly Finding[], request: CodeActionRequest): Finding[] {
  if (request.diagnostics.length) {
    const exact = findings.filter((finding) => request.diagnostics.some((d) => d.code === finding.code && sameRange(d.range, finding.range)));
    if (exact.length) return exact;
    // The client's diagnostics are from an older version: match by code near the range.
    const codes = new Set(request.diagnostics.map((d) => d.code));
    return findings.filter((finding) => codes.has(finding.code) && overlaps(finding.range, request.range));
  }
  return findings.filter((finding) => overlaps(finding.range, request.range));
}

/**
 * Applies every safe fix, one at a time with a fresh check in between, and
 * returns one minimal edit. A fix is kept only when it makes its finding go
 * away (fewer findings of its kind after it): one that does not, such as a
 * section inserted below an unclosed code fence, where no heading counts,
 * would otherwise be added again each time Fix all runs. A fix that failed
 * is tried again once another fix has changed the text, so the loop ends
 * only when no safe fix makes progress, and a second Fix all changes nothing.
 */
export function fixAllEdit(context: NoteContext, findings: readonly Finding[], recheck: Recheck): TextEdit | null {
  let current = { context, findings: [...findings] };
  let failed = new Set<string>();
  // A safety bound against two fixes that undo each other; the fixes there are now all end the loop long before it.
  // Stryker disable next-line EqualityOperator,UpdateOperator: no note needs 200 rounds, so the bound never ends the loop
  for (let round = 0; round < 200; round++) {
    const next = current.findings
      .map((finding) => ({ finding, fix: fixFor(current.context, finding) }))
      .find(({ finding, fix }) => fix?.safe && !failed.has(key(finding)));
    if (!next?.fix) break;
    const kind = key(next.finding);
    const text = applyEdits(current.context.text, current.context.parsed.lines, next.fix.edits);
    const checked = recheck(text);
    if (checked && countOf(checked.findings, kind) < countOf(current.findings, kind)) {
      current = checked;
      failed = new Set();
    } else {
      failed.add(kind);
    }
  }
  return minimalEdit(context.text, current.context.text, context.parsed.lines);
}

function countOf(findings: readonly Finding[], kind: string): number {
  return findings.filter((finding) => key(finding) === kind).length;
}

function dateLongForm(context: NoteContext, range: Range): { title: string; edit: TextEdit } | null {
  const properties = (frontmatterSchemaOf(context.type)?.properties ?? {}) as Record<string, AnySchemaObject>;
  for (const [key, property] of Object.entries(properties)) {
    if (!property[DATE_KEYWORD]) continue;
    const value = context.model.frontmatter?.[key];
    const span = context.sourceMap.spans.get(`/frontmatter/${key}`);
    // Only the ISO form: a long-form date is written in full already.
    // Stryker disable next-line Regex: parseNoteDate below reads whole dates only, so without an anchor the same values pass
    if (typeof value !== 'string' || !span || !/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) continue;
    const spanRange = context.parsed.lines.rangeOf(span);
    if (!overlaps(spanRange, range)) continue;
    const date = parseNoteDate(value);
    if (!date) continue;
    const suggestion = formatDutchDate(date);
    return { title: formatMessage(context.locale, 'fix.dateLongForm', { suggestion }), edit: { range: spanRange, newText: suggestion } };
  }
  return null;
}

/** What a finding is about, stable across the position shifts that fixes cause. */
function key(finding: Finding): string {
  const data = finding.data ?? {};
  return `${finding.code}|${String(data.sectionId)}|${String(data.field)}|${String(data.holder)}`;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
