/**
 * One quick fix per kind of finding, built from the finding's `data`. A fix
 * inserts text or replaces a single value or number; it never deletes or moves
 * what the author wrote.
 */
import type { AnySchemaObject } from 'ajv';
import type { TextEdit } from 'vscode-languageserver-types';
import type { NoteContext } from './noteContext';
import type { Finding } from '../findings/finding';
import { formatMessage } from '../findings/messages';
import { frontmatterSchemaOf } from '../check/checkNote';
import { DATE_KEYWORD } from '../schema/keywords/dateKeyword';
import { PORTFOLIO_HOLDER_KEYWORD } from '../schema/keywords/portfolioHolders';
import { calendarDateOf, formatDutchDate } from '../domain/dutchDate';
import { renumberEdits } from './renumber';
import { lineBreakOf } from './textEdits';
import { capitalize } from '../domain/capitalize';
import { sectionHint } from '../check/placeholders';
import type { SectionSpecEntry } from '../schema/keywords/sectionSpec';

export interface Fix {
  title: string;
  edits: TextEdit[];
  preferred: boolean;
  /** Safe to apply without looking: part of "fix all". */
  safe: boolean;
  /**
   * Text the fix inserts that the author should see and most likely replace
   * (a placeholder, a sentence): `length` characters from `from` in the
   * `newText` of `edits[edit]`. The editor selects it after applying the fix.
   */
  select?: { edit: number; from: number; length: number };
}

interface Position {
  line: number;
  character: number;
}

export function fixFor(context: NoteContext, finding: Finding): Fix | null {
  const data = finding.data ?? {};
  switch (finding.code) {
    case 'section-missing':
      return insertSection(context, data);
    case 'section-numbering': {
      const edits = renumberEdits(context);
      return edits.length ? { title: formatMessage(context.locale, 'fix.renumber'), edits, preferred: true, safe: true } : null;
    }
    case 'field-missing':
      return addField(context, data);
    case 'date-invalid':
      return typeof data.suggestion === 'string'
        ? { title: formatMessage(context.locale, 'fix.date', { suggestion: data.suggestion }), edits: [{ range: finding.range, newText: data.suggestion }], preferred: true, safe: true }
        : null;
    case 'portfolio-holder-missing':
      return nameHolder(context, data);
    case 'personal-data': {
      // Redacting replaces the author's text by design, so it is never part of "fix all".
      const marker = data.redaction;
      if (typeof marker !== 'string') return null;
      return { title: formatMessage(context.locale, 'fix.redact', { marker }), edits: [{ range: finding.range, newText: marker }], preferred: true, safe: false };
    }
    default:
      return null;
  }
}

function insertSection(context: NoteContext, data: Record<string, unknown>): Fix | null {
  const { parsed } = context;
  const title = data.title;
  const insertAt = data.insertAt as Position | undefined;
  if (typeof title !== 'string' || !insertAt) return null;
  const before = typeof data.beforeSection === 'number' ? data.beforeSection : context.model.sections.length;
  const number = String(before + 1);
  const eol = lineBreakOf(parsed.text);
  const offset = parsed.lines.offsetAt(insertAt);
  const entry: Partial<SectionSpecEntry> = context.type.sections?.sections.find((s) => s.id === data.sectionId) ?? {};
  const hint = sectionHint(entry);
  const body = `## ${number}. ${title}${eol}${eol}${hint}${eol}`;
  let newText: string;
  if (offset < parsed.text.length) {
    newText = `${body}${eol}`;
  } else {
    // At the end (offset is the text's length): make sure the new heading starts after a blank line.
    const { text } = parsed;
    const lead = text.length === 0 ? '' : text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
    newText = `${lead}${body}`;
  }
  const edits: TextEdit[] = [{ range: { start: insertAt, end: insertAt }, newText }, ...renumberEdits(context, { fromSection: before, insertBefore: before })];
  return {
    title: formatMessage(context.locale, 'fix.insertSection', { number, title }), edits, preferred: true, safe: true,
    select: { edit: 0, from: newText.indexOf(hint), length: hint.length },
  };
}

function addField(context: NoteContext, data: Record<string, unknown>): Fix | null {
  const field = data.field;
  const insertAt = data.insertAt as Position | undefined;
  const pointer = data.pointer;
  // Nested keys need the parent's indentation; only top-level keys are added.
  if (typeof field !== 'string' || !insertAt || pointer !== `/frontmatter/${field}`) return null;
  const property = ((frontmatterSchemaOf(context.type)?.properties ?? {}) as Record<string, AnySchemaObject>)[field] ?? {};
  const eol = lineBreakOf(context.parsed.text);
  // The value as `before`, `shown`, `after`: `shown` is what the author will want to replace.
  let parts: [string, string, string];
  let definite = false;
  if (property.const !== undefined) {
    parts = [' ', String(property.const), ''];
    definite = true;
  } else if (property[DATE_KEYWORD]) {
    parts = [' ', formatDutchDate(calendarDateOf(context.today)), ''];
  } else if (property.type === 'array') {
    const items = (property.items ?? {}) as AnySchemaObject;
    // A list of portfolio holders shows the form an entry takes with the registry's first holder.
    const [first] = context.registry.holders();
    parts = [`${eol}  - `, items[PORTFOLIO_HOLDER_KEYWORD] && first ? capitalize(first.title) : '…', ''];
  } else if (property.type === 'integer' || property.type === 'number') {
    parts = [' ', String(typeof property.minimum === 'number' ? property.minimum : 0), ''];
  } else {
    // A placeholder, which the check reports until the author fills it in.
    parts = [' "', '…', '"'];
  }
  const head = `${field}:${parts[0]}`;
  return {
    title: formatMessage(context.locale, 'fix.addField', { field }),
    edits: [{ range: { start: insertAt, end: insertAt }, newText: `${head}${parts[1]}${parts[2]}${eol}` }],
    preferred: true,
    safe: definite,
    select: { edit: 0, from: head.length, length: parts[1].length },
  };
}

/**
 * Names a missing addressee after the section's last text, in the shortest
 * form the check found to identify them (data.name): a short form or the base
 * title when no other addressee shares it, else the full title with portfolio.
 */
function nameHolder(context: NoteContext, data: Record<string, unknown>): Fix | null {
  const holder = data.name;
  const insertAt = data.insertAt as Position | undefined;
  if (typeof holder !== 'string' || !insertAt) return null;
  const { parsed } = context;
  const eol = lineBreakOf(parsed.text);
  const offset = parsed.lines.offsetAt(insertAt);
  const lastLine = parsed.text.slice(parsed.lines.lineSpanAt(Math.max(0, offset - 1)).start, offset);
  // A short form stands without an article: "aan SFin", but "aan de staatssecretaris van Financiën".
  const sentence = formatMessage(context.locale, data.nameIsShortForm === true ? 'placeholder.holderShortForm' : 'placeholder.holder', { holder });
  const list = /^\s*[-*+]\s/.exec(lastLine);
  const newText = list ? `${eol}${list[0]}${sentence}` : `${eol}${eol}${sentence}`;
  return {
    title: formatMessage(context.locale, 'fix.nameHolder', { holder }), edits: [{ range: { start: insertAt, end: insertAt }, newText }], preferred: true, safe: false,
    select: { edit: 0, from: newText.length - sentence.length, length: sentence.length },
  };
}
