/**
 * Completion from the note type's schema and the registry: frontmatter keys
 * (with their descriptions) and values (note types, portfolio holders with
 * the portfolios the registry lists, today's date), and in the body the next
 * expected section heading with its number.
 */
import type { AnySchemaObject } from 'ajv';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
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
import { joinTitle } from '../domain/titlePortfolio';
import { nameKey } from '../text/nameTrie';
import { formatMessage } from '../findings/messages';

export function completions(context: NoteContext, position: Position): CompletionItem[] {
  const { parsed } = context;
  const offset = parsed.lines.offsetAt(position);
  const lineStart = parsed.lines.lineStart(position.line);
  const prefix = parsed.text.slice(lineStart, offset);
  const { openLine, closeLine } = parsed.frontmatter;
  // Stryker disable next-line EqualityOperator: at the end of the opening fence the line is `---`, for which neither the frontmatter nor the body has anything
  const afterOpening = !!openLine && offset > openLine.end;
  if (afterOpening && closeLine && offset <= closeLine.start) return frontmatterCompletions(context, position, prefix);
  // Until the frontmatter is closed, all that follows its opening fence belongs to it: no headings there.
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
  // The fences themselves need no bounds here: a `---` line never reads as `type:`.
  // Stryker disable next-line EqualityOperator: at the start of the closing fence the line so far is empty, which is no `type:` line
  if (!openLine || (closeLine && offset > closeLine.start)) return [];
  const typed = /^type:([ \t]*)([\w-]*)$/.exec(parsed.text.slice(parsed.lines.lineStart(position.line), offset));
  if (!typed) return [];
  const space = spaceAfter(typed[1] as string);
  const length = (typed[2] as string).length;
  return types.all().map((type) => ({
    label: type.name,
    detail: type.title,
    kind: CompletionItemKind.Value,
    textEdit: { range: { start: { line: position.line, character: position.character - length }, end: position }, newText: `${space}${type.name}` },
  }));
}

/**
 * YAML reads `key:value` and `-item` as plain text, not as a key with a value
 * or a list item: after a `:` or `-` typed without a space (both trigger
 * completion), the value comes with its space.
 */
function spaceAfter(gap: string): string {
  return gap === '' ? ' ' : '';
}

function frontmatterCompletions(context: NoteContext, position: Position, prefix: string): CompletionItem[] {
  const schema = frontmatterSchemaOf(context.type);
  const properties = (schema?.properties ?? {}) as Record<string, AnySchemaObject>;
  // A note type's schema is a valid JSON schema (checked when it is loaded), so `required` is a list of names when present.
  const required = new Set<string>(schema?.required);
  const replace = (length: number) => ({ start: { line: position.line, character: position.character - length }, end: position });

  const keyTyped = /^([A-Za-z_][\w-]*)?$/.exec(prefix);
  if (keyTyped) {
    // Text after the cursor (the closing fence, the next key) stays on a line of its own.
    const rest = context.parsed.text.slice(context.parsed.lines.offsetAt(position), context.parsed.lines.lineEnd(position.line));
    const newline = rest.trim() === '' ? '' : '\n';
    const present = new Set(Object.keys(context.model.frontmatter ?? {}));
    return Object.entries(properties)
      .filter(([key]) => !present.has(key))
      .map(([key, property]) => ({
        label: key,
        kind: CompletionItemKind.Property,
        detail: required.has(key) ? formatMessage(context.locale, 'completion.required', { type: context.type.title }) : context.type.title,
        documentation: typeof property.description === 'string' ? { kind: MarkupKind.Markdown, value: property.description } : undefined,
        sortText: `${required.has(key) ? 0 : 1}${key}`,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: replace(prefix.length), newText: `${property.type === 'array' ? `${key}:\n  - $0` : property.type === 'object' ? `${key}:\n  $0` : `${key}: $0`}${newline}` },
      }));
  }

  const valueTyped = /^([A-Za-z_][\w-]*):([ \t]*)/.exec(prefix);
  if (valueTyped) {
    const key = valueTyped[1] as string;
    const space = spaceAfter(valueTyped[2] as string);
    const typed = prefix.slice(valueTyped[0].length);
    const property = properties[key] ?? {};
    const values: { label: string; detail?: string }[] = [];
    if (key === 'type') values.push(...context.types.all().map((t) => ({ label: t.name, detail: t.title })));
    else if (property.const !== undefined) values.push({ label: String(property.const) });
    else if (Array.isArray(property.enum)) values.push(...property.enum.map((v) => ({ label: String(v) })));
    if (property[DATE_KEYWORD]) {
      const today = calendarDateOf(context.today);
      values.push({ label: formatDutchDate(today), detail: formatMessage(context.locale, 'completion.today') }, { label: formatIsoDate(today), detail: formatMessage(context.locale, 'completion.todayIso') });
    }
    return values.map((value, i) => ({
      label: value.label,
      detail: value.detail,
      kind: CompletionItemKind.Value,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range: replace(typed.length), newText: `${space}${value.label}` },
    }));
  }

  const itemTyped = /^[ \t]+-([ \t]*)/.exec(prefix);
  // At an item's indentation without its dash yet, the item comes with its dash.
  const indented = /^[ \t]+$/.test(prefix);
  if (itemTyped || indented) {
    const key = parentKey(context, position.line);
    const items = (key ? (properties[key]?.items as AnySchemaObject | undefined) : undefined) ?? {};
    if (!items[PORTFOLIO_HOLDER_KEYWORD]) return [];
    const typed = itemTyped ? prefix.slice(itemTyped[0].length) : '';
    return holderCompletions(context, key as string, replace(typed.length), itemTyped ? spaceAfter(itemTyped[1] as string) : '- ');
  }
  return [];
}

/**
 * The registry's portfolio holders for a list of addressees: each title, and
 * where the registry lists portfolios for it, each title with its portfolio
 * ("Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en
 * Douane"). What the list already holds is not offered again.
 */
function holderCompletions(context: NoteContext, key: string, range: Range, dash: string): CompletionItem[] {
  const present = new Set<string>();
  for (const value of [context.model.frontmatter?.[key]].flat()) {
    const resolved = typeof value === 'string' ? context.registry.resolveTitle(value) : null;
    if (!resolved) continue;
    present.add(resolved.holder.id);
    if (resolved.portfolio !== null) present.add(`${resolved.holder.id}|${nameKey(resolved.portfolio)}`);
  }
  const items: CompletionItem[] = [];
  // Short forms count for filtering: "SFin" finds the staatssecretaris van Financiën.
  const item = (title: string, detail: string | undefined, shortForms: readonly string[]): CompletionItem => ({
    label: title,
    kind: CompletionItemKind.Value,
    detail,
    filterText: `${dash}${[title, ...shortForms].join(' ')}`,
    sortText: String(items.length).padStart(4, '0'),
    textEdit: { range, newText: `${dash}${title}` },
  });
  for (const holder of context.registry.holders()) {
    if (!holder.listed) continue;
    const title = capitalize(holder.title);
    const shorts = holder.shortForms.join(', ');
    if (!present.has(holder.id)) items.push(item(title, shorts || undefined, holder.shortForms));
    for (const portfolio of holder.portfolios) {
      if (present.has(`${holder.id}|${nameKey(portfolio)}`)) continue;
      const full = joinTitle(title, portfolio);
      items.push(item(full, [shorts, portfolio].filter(Boolean).join(' · '), holder.shortForms));
    }
  }
  return items;
}

/**
 * The top-level key whose block holds `line` (the nearest line above that
 * starts in column 0), for a line inside the frontmatter: above it stand only
 * frontmatter lines and, on line 0, the opening fence.
 */
function parentKey(context: NoteContext, line: number): string | undefined {
  // Stryker disable next-line EqualityOperator: line 0 is the opening fence, which no key pattern matches
  for (let l = line - 1; l >= 0; l--) {
    const text = context.parsed.text.slice(context.parsed.lines.lineStart(l), context.parsed.lines.lineEnd(l));
    const match = /^([A-Za-z_][\w-]*):/.exec(text);
    if (match) return match[1];
  }
  return undefined;
}

function bodyCompletions(context: NoteContext, position: Position, prefix: string): CompletionItem[] {
  const { parsed, type, model, sourceMap } = context;
  const items: CompletionItem[] = [];
  const range = { start: { line: position.line, character: 0 }, end: position };

  // A note without text but the word being typed (which leaves no room for frontmatter) can start from the template.
  if (parsed.text.trim() === prefix.trim() && /^[\w-]*$/.test(prefix.trim())) {
    const today = formatDutchDate(calendarDateOf(context.today));
    items.push({
      label: formatMessage(context.locale, 'completion.newNote', { type: type.name }),
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
  const lineStart = parsed.lines.lineStart(position.line);
  const before = model.sections.filter((_, i) => (sourceMap.spans.get(`/sections/${i}`)?.start ?? Infinity) < lineStart).length;
  const matches = matchSections(spec, model.sections);
  // What may stand here: the sections the schema puts between the required
  // sections present above and below this line (optional ones only where the
  // schema has them), in the schema's order, and not in the note already.
  let low = -1;
  let high = spec.sections.length;
  matches.forEach((docIndex, specIndex) => {
    if (docIndex === -1 || !spec.sections[specIndex]?.required) return;
    if (docIndex < before) low = Math.max(low, specIndex);
    else high = Math.min(high, specIndex);
  });
  const number = String(before + 1);
  let preselected = false;
  spec.sections.forEach((entry, specIndex) => {
    // Stryker disable next-line EqualityOperator: the sections at low and high are in the note, which the last condition excludes
    if (specIndex <= low || specIndex >= high || matches[specIndex] !== -1) return;
    const preferred = !!entry.required && !preselected;
    preselected ||= preferred;
    items.push({
      label: `${number}. ${entry.title}`,
      kind: CompletionItemKind.Module,
      detail: formatMessage(context.locale, entry.required ? 'completion.requiredSection' : 'completion.optionalSection', { type: type.title }),
      documentation: entry.description,
      preselect: preferred,
      sortText: String(specIndex).padStart(3, '0'),
      filterText: `${prefix} ${entry.title}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: { start: range.start, end: parsed.lines.positionAt(offset) }, newText: renderSnippet(sectionSnippet(entry, number, 0)) },
    });
  });
  return items;
}
