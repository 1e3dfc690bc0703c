/**
 * The outline: the note (named by its subject) at the top, its metadata with
 * one entry per key, then the sections with their subsections beneath them.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { NoteContext } from './noteContext';
import { headingTree, type HeadingNode } from './headingTree';
import { formatMessage } from '../findings/messages';
import { unescapePointerToken } from '../model/jsonPointer';

export function documentSymbols(context: NoteContext): DocumentSymbol[] {
  const { parsed, model, sourceMap, type } = context;
  const { lines } = parsed;
  const children: DocumentSymbol[] = [];
  const { frontmatter } = parsed;
  if (frontmatter.block && frontmatter.openLine) {
    const keys: DocumentSymbol[] = [];
    for (const [pointer, keySpan] of sourceMap.keySpans) {
      if (pointer.split('/').length !== 3) continue; // top-level keys only: /frontmatter/<key>
      const valueSpan = sourceMap.spans.get(pointer) ?? keySpan;
      const key = unescapePointerToken(pointer.slice('/frontmatter/'.length));
      keys.push({
        name: key,
        detail: summarizeValue(model.frontmatter?.[key]),
        kind: SymbolKind.Property,
        range: lines.rangeOf({ start: keySpan.start, end: Math.max(keySpan.end, valueSpan.end) }),
        selectionRange: lines.rangeOf(keySpan),
      });
    }
    children.push({
      name: formatMessage(context.locale, 'outline.metadata'),
      kind: SymbolKind.Object,
      range: lines.rangeOf(frontmatter.block),
      selectionRange: lines.rangeOf(frontmatter.openLine),
      children: keys,
    });
  }
  children.push(...headingTree(parsed).map((node) => sectionSymbol(node, context)));

  const subject = model.frontmatter?.onderwerp;
  const name = (typeof subject === 'string' && subject.trim()) || model.title || type.title;
  const subjectSpan = sourceMap.spans.get('/frontmatter/onderwerp') ?? sourceMap.titleSpan ?? lines.lineSpanAt(0);
  return [{
    name,
    detail: type.title,
    kind: SymbolKind.File,
    range: lines.rangeOf({ start: 0, end: parsed.text.length }),
    selectionRange: lines.rangeOf(subjectSpan),
    children,
  }];
}

function sectionSymbol(node: HeadingNode, context: NoteContext): DocumentSymbol {
  const { lines } = context.parsed;
  return {
    name: node.heading.text || '…',
    kind: SymbolKind.Namespace,
    range: lines.rangeOf(node.span),
    selectionRange: lines.rangeOf(node.heading.span),
    children: node.children.map((child) => sectionSymbol(child, context)),
  };
}

function summarizeValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => summarizeValue(item)).join(', ');
  if (typeof value === 'object') return '…';
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
