/**
 * Completion from the note type's schema and the registry: frontmatter keys
 * (with their descriptions) and values (note types, portfolio holders, today's
 * date), and in the body the next expected section heading with its number.
 */
import type { AnySchemaObject } from 'ajv';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import type { NoteContext } from './noteContext';
import type { ParsedNote } from '../parse/parseNote';
import type { NoteTypeRegistry } from '../schema/noteTypes';
import { frontmatterSchemaOf } from '../check/checkNote';
import { DATE_KEYWORD } from '../schema/keywords/dateKeyword';
import { PORTFOLIO_HOLDER_KEYWORD } from '../schema/keywords/portfolioHolders';
import { matchSections } from '../schema/keywords/sectionSpec';
import { calendarDateOf, formatDutchDate, formatIsoDate } from '../domain/dutchDate';
import { noteSkeleton, sectionSnippet } from './skeleton';
import { renderSnippet } from './snippetText';
import { capitalize } from '../domain/capitalize';

export function completions(context: NoteContext, position: Position): CompletionItem[] {
  const { parsed } = context;
  const offset = parsed.lines.offsetAt(position);
  const lineStart = parsed.lines.lineStart(position.line);
  const prefix = parsed.text.slice(lineStart, offset);
  const { openLine, closeLine } = parsed.frontmatter;
  if (openLine && closeLine && offset > openLine.end && offset <= closeLine.start) return frontmatterCompletions(context, position, prefix);
  if (openLine && !closeLine) return [];
  return bodyCompletions(context, position, prefix);
}

/**
 * For a Markdown file that is not (yet) a note: on a `type:` line of its
 * frontmatter, the known note types, so that typing one makes it a note.
 */
export function noteTypeCompletions(parsed: ParsedNote, types: NoteTypeRegistry, position: Position): CompletionItem[] {
  const offset = parsed.lines.offsetAt(position);
  const { openLine, closeLine } = parsed.frontmatter;
  if (!openLine || offset <= openLine.end || (closeLine && offset > closeLine.start)) return [];
  const typed = /^type:[ \t]*([\w-]*)$/.exec(parsed.text.slice(parsed.lines.lineStart(position.line), offset));
  if (!typed) return [];
  const length = (typed[1] as string).length;
  return types.all().map((type) => ({
    label: type.name,
    detail: type.title,
    kind: CompletionItemKind.Value,
    textEdit: { range: { start: { line: position.line, character: position.character - length }, end: position }, newText: type.name },
  }));
}

function frontmatterCompletions(context: NoteContext, position: Position, prefix: string): CompletionItem[] {
  const schema = frontmatterSchemaOf(context.type);
  const properties = (schema?.properties ?? {}) as Record<string, AnySchemaObject>;
  const required = new Set(Array.isArray(schema?.required) ? (schema.required as string[]) : []);
  const replace = (length: number) => ({ start: { line: position.line, character: position.character - length }, end: position });

  const keyTyped = /^([A-Za-z_][\w-]*)?$/.exec(prefix);
  if (keyTyped) {
    const present = new Set(Object.keys(context.model.frontmatter ?? {}));
    return Object.entries(properties)
      .filter(([key]) => !present.has(key))
      .map(([key, property]) => ({
        label: key,
        kind: CompletionItemKind.Property,
        detail: required.has(key) ? `${context.type.title} (verplicht)` : context.type.title,
        documentation: typeof property.description === 'string' ? { kind: MarkupKind.Markdown, value: property.description } : undefined,
        sortText: `${required.has(key) ? 0 : 1}${key}`,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: replace(prefix.length), newText: property.type === 'array' ? `${key}:\n  - $0` : property.type === 'object' ? `${key}:\n  $0` : `${key}: $0` },
      }));
  }

  const valueTyped = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/.exec(prefix);
  if (valueTyped) {
    const key = valueTyped[1] as string;
    const typed = valueTyped[2] as string;
    const property = properties[key] ?? {};
    const values: { label: string; detail?: string }[] = [];
    if (key === 'type') values.push(...context.types.all().map((t) => ({ label: t.name, detail: t.title })));
    else if (property.const !== undefined) values.push({ label: String(property.const) });
    else if (Array.isArray(property.enum)) values.push(...property.enum.map((v) => ({ label: String(v) })));
    if (property[DATE_KEYWORD]) {
      const today = calendarDateOf(context.today);
      values.push({ label: formatDutchDate(today), detail: 'vandaag' }, { label: formatIsoDate(today), detail: 'vandaag (ISO)' });
    }
    return values.map((value, i) => ({
      label: value.label,
      detail: value.detail,
      kind: CompletionItemKind.Value,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range: replace(typed.length), newText: value.label },
    }));
  }

  const itemTyped = /^([ \t]+-[ \t]*)(.*)$/.exec(prefix);
  if (itemTyped) {
    const key = parentKey(context, position.line);
    const items = (key ? (properties[key]?.items as AnySchemaObject | undefined) : undefined) ?? {};
    if (!items[PORTFOLIO_HOLDER_KEYWORD]) return [];
    const listed = new Set((Array.isArray(context.model.frontmatter?.[key as string]) ? (context.model.frontmatter?.[key as string] as unknown[]) : [])
      .map((v) => (typeof v === 'string' ? context.registry.resolve(v)?.id : undefined)));
    const typed = itemTyped[2] as string;
    return context.registry.holders()
      .filter((holder) => holder.listed && !listed.has(holder.id))
      .map((holder) => {
        const title = capitalize(holder.title);
        return {
          label: title,
          kind: CompletionItemKind.Value,
          detail: holder.shortForms.join(', ') || undefined,
          filterText: `${title} ${holder.shortForms.join(' ')}`,
          textEdit: { range: replace(typed.length), newText: title },
        };
      });
  }
  return [];
}

/** The top-level key whose block holds `line` (the nearest line above that starts in column 0). */
function parentKey(context: NoteContext, line: number): string | undefined {
  for (let l = line - 1; l >= 0; l--) {
    const text = context.parsed.text.slice(context.parsed.lines.lineStart(l), context.parsed.lines.lineEnd(l));
    const match = /^([A-Za-z_][\w-]*):/.exec(text);
    if (match) return match[1];
    if (/^---/.test(text)) return undefined;
  }
  return undefined;
}

function bodyCompletions(context: NoteContext, position: Position, prefix: string): CompletionItem[] {
  const { parsed, type, model, sourceMap } = context;
  const items: CompletionItem[] = [];
  const range = { start: { line: position.line, character: 0 }, end: position };

  if (!parsed.frontmatter.openLine && parsed.text.trim() === prefix.trim() && /^[\w-]*$/.test(prefix.trim())) {
    const today = formatDutchDate(calendarDateOf(context.today));
    items.push({
      label: `Nieuwe ${type.name}`,
      kind: CompletionItemKind.Snippet,
      detail: type.title,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: renderSnippet(noteSkeleton(type, context.registry, { text: today })) },
    });
  }

  // Headings are offered at the start of a line or after a typed `#`/`##`, never in running text.
  if (prefix !== '' && !/^#{1,2}([ \t]+\d{0,3}\.?[ \t]*[\p{L} ]*)?$/u.test(prefix)) return items;
  const offset = parsed.lines.offsetAt(position);
  const spec = type.sections;
  if (!spec) return items;
  const before = model.sections.filter((_, i) => (sourceMap.spans.get(`/sections/${i}`)?.start ?? Infinity) < parsed.lines.lineStart(position.line));
  const matches = matchSections(spec, model.sections);
  const lastIndexBefore = Math.max(-1, ...matches.map((docIndex, specIndex) => (docIndex >= 0 && docIndex < before.length ? specIndex : -1)));
  const number = String(before.length + 1);
  spec.sections.forEach((entry, specIndex) => {
    if (specIndex <= lastIndexBefore || (matches[specIndex] ?? -1) >= 0) return;
    const preferred = entry.required && !spec.sections.slice(lastIndexBefore + 1, specIndex).some((e) => e.required && (matches[spec.sections.indexOf(e)] ?? -1) < 0);
    items.push({
      label: `${number}. ${entry.title}`,
      kind: CompletionItemKind.Module,
      detail: entry.required ? `${type.title}: verplichte sectie` : `${type.title}: optionele sectie`,
      documentation: entry.description,
      preselect: preferred,
      sortText: `${entry.required ? 0 : 1}${String(specIndex).padStart(3, '0')}`,
      filterText: `${prefix} ${entry.title}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: { start: range.start, end: parsed.lines.positionAt(offset) }, newText: renderSnippet(sectionSnippet(entry, number, 0)) },
    });
  });
  return items;
}
