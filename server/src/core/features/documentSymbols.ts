/**
 * The outline: the note's metadata (one entry per key, nested values
 * beneath their key), then the sections with their subsections. Ranges nest
 * (every child's range lies inside its parent's, the selection range inside
 * the range) and siblings stand in document order, which is what sticky
 * scrolling and breadcrumbs build on.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { NoteContext } from './noteContext';
import { headingTree, type HeadingNode } from './headingTree';
import { formatMessage } from '../findings/messages';
import { unescapePointerToken, valueAtPointer } from '../model/jsonPointer';
import type { Span } from '../text/lineIndex';

/** Longer details are cut at a word, with an ellipsis. */
const DETAIL_LENGTH = 80;

export function documentSymbols(context: NoteContext): DocumentSymbol[] {
  const { parsed, type } = context;
  const { lines, frontmatter } = parsed;
  const symbols: DocumentSymbol[] = [];
  if (frontmatter.block && frontmatter.openLine) {
    symbols.push({
      name: formatMessage(context.locale, 'outline.metadata'),
      detail: type.title,
      kind: SymbolKind.Object,
      range: lines.rangeOf(frontmatter.block),
      selectionRange: lines.rangeOf(frontmatter.openLine),
      children: valueSymbols(context, '/frontmatter'),
    });
  }
  symbols.push(...headingTree(parsed).map((node) => sectionSymbol(node, context)));
  return symbols;
}

/**
 * The keys under `parent` (a mapping in the frontmatter), each spanning its key
 * and value. The source map holds the keys as the YAML walk met them: in
 * document order, a child's key inside its parent's value (an alias or a merge
 * key adds no keys of its own), so they need no sorting or filtering here.
 */
function valueSymbols(context: NoteContext, parent: string): DocumentSymbol[] {
  const { sourceMap, parsed, model } = context;
  const entries: { pointer: string; key: Span; whole: Span }[] = [];
  for (const [pointer, key] of sourceMap.keySpans) {
    const rest = pointer.slice(parent.length + 1);
    if (!pointer.startsWith(`${parent}/`) || rest.includes('/')) continue;
    const value = sourceMap.spans.get(pointer);
    entries.push({ pointer, key, whole: { start: key.start, end: Math.max(key.end, value?.end ?? key.end) } });
  }
  return entries.map(({ pointer, key, whole }) => {
    const value = valueAtPointer(model, pointer);
    const isMapping = !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
    return {
      name: unescapePointerToken(pointer.slice(pointer.lastIndexOf('/') + 1)),
      detail: summarize(value),
      kind: isMapping ? SymbolKind.Object : Array.isArray(value) ? SymbolKind.Array : SymbolKind.Key,
      range: parsed.lines.rangeOf(whole),
      selectionRange: parsed.lines.rangeOf(key),
      children: isMapping ? valueSymbols(context, pointer) : [],
    };
  });
}

function sectionSymbol(node: HeadingNode, context: NoteContext): DocumentSymbol {
  const { lines } = context.parsed;
  return {
    name: node.heading.text || '…',
    // The kind VS Code's Markdown outline gives a heading.
    kind: SymbolKind.String,
    range: lines.rangeOf(node.span),
    selectionRange: lines.rangeOf(node.heading.span),
    children: node.children.map((child) => sectionSymbol(child, context)),
  };
}

/** A value as one line: a list's items and a mapping's values joined, cut at a word when long. */
function summarize(value: unknown): string {
  const text = flatten(value).filter(Boolean).join(' · ');
  if (text.length <= DETAIL_LENGTH) return text;
  const cut = text.slice(0, DETAIL_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DETAIL_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s·,]+$/, '')}…`;
}

function flatten(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (value instanceof Date) {
    // Stryker disable next-line ArrayDeclaration,ConditionalExpression: YAML's timestamp tag reads years of four digits only, so its dates are always valid; the guard keeps a broken date from throwing
    if (Number.isNaN(value.getTime())) return [];
    return [value.toISOString().slice(0, 10)];
  }
  if (Array.isArray(value)) return [value.flatMap(flatten).join(', ')];
  if (typeof value === 'object') return Object.values(value).flatMap(flatten);
  return [String(value).replace(/\s+/g, ' ').trim()];
}
