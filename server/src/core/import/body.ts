/**
 * The note's body as mdast: headings, paragraphs (wrapped lines joined),
 * nested lists and tables, from the rows after the head. Rows recognised as
 * page furniture are passed over without ending the paragraph or list they
 * interrupt, so a sentence cut by a page break is whole again.
 */
import type { Heading as MdHeading, ListItem, Paragraph, RootContent, Table, TableRow } from 'mdast';
import type { HeadingRecogniser } from './headings';
import { ListBuilder } from './lists';
import { matchListMarker } from './patterns';
import { dropPrefix, linesToPhrasing, spansToPhrasing } from './phrasing';
import type { Row } from './rows';
import { lineText, type SourceFormat, type SourceLine, type SourceTable } from './source';

interface OpenItem {
  item: ListItem;
  /** Indentation of the item's text, for a paragraph that continues it. */
  indent: number;
  lines: SourceLine[];
}

export interface BodyResult {
  nodes: RootContent[];
  headings: MdHeading[];
}

/**
 * `skip`: rows that are not body text. `furniture`: those of them that are
 * page furniture, across which a paragraph cut by a page break goes on.
 */
export function buildBody(rows: readonly Row[], skip: ReadonlySet<number>, headings: HeadingRecogniser, format: SourceFormat, furniture: ReadonlySet<number> = new Set()): BodyResult {
  const nodes: RootContent[] = [];
  const headingNodes: MdHeading[] = [];
  // Word keeps the author's line breaks inside a paragraph; text and PDF lines wrap.
  const keepBreaks = format === 'docx';
  const lists = new ListBuilder(format === 'pdf' ? 3 : 0, (list) => nodes.push(list));
  let paragraph: SourceLine[] | null = null;
  let open: OpenItem | null = null;

  const closeParagraph = () => {
    if (paragraph) pushParagraph(nodes, paragraph, keepBreaks);
    paragraph = null;
  };
  const closeItem = () => {
    if (open) {
      const node = paragraphOf(open.lines, keepBreaks);
      // An item is closed before the next item is added, so no list is nested in it yet: its text comes first, and its children are paragraphs.
      if (node) open.item.children.push(node);
      open.item.spread = open.item.children.length > 1;
    }
    open = null;
  };
  const closeAll = () => {
    closeParagraph();
    closeItem();
    lists.close();
  };

  let previous: Row | undefined;
  for (let i = 0; i < rows.length; i++) {
    if (skip.has(i)) continue;
    const row = rows[i] as Row;
    const cutByPage = previous !== undefined && row.blockStart && continuesAcrossFurniture(rows, previous, row, furniture);
    previous = row;
    if (row.table) {
      closeAll();
      nodes.push(tableOf(row.table));
      continue;
    }
    if (!row.text) continue;
    const heading = headings.headingAt(rows, i);
    if (heading) {
      closeAll();
      const node: MdHeading = { type: 'heading', depth: heading.depth as MdHeading['depth'], children: [{ type: 'text', value: heading.text }] };
      nodes.push(node);
      headingNodes.push(node);
      i += heading.rows - 1;
      continue;
    }
    const entry = cutByPage ? null : listEntryOf(row, format);
    if (entry && !(paragraph && !row.blockStart && wrappedOntoMarker(entry, previousText(paragraph)))) {
      closeParagraph();
      closeItem();
      // Stryker disable next-line BooleanLiteral: closing the item sets spread from its paragraphs, before anything reads it
      const item: ListItem = { type: 'listItem', spread: false, children: [] };
      lists.add({ key: entry.key, kind: entry.kind, ordered: entry.ordered, start: entry.start, item });
      open = { item, indent: entry.textIndent, lines: [{ spans: entry.spans, indent: row.line.indent }] };
      continue;
    }
    if (open && (!row.blockStart || cutByPage)) {
      open.lines.push(row.line);
      continue;
    }
    // An indented paragraph after an item belongs to that item (a Word paragraph carries no indentation to tell).
    if (open && format !== 'docx' && row.line.indent >= open.indent) {
      const current: OpenItem = open;
      const node = paragraphOf(current.lines, keepBreaks);
      if (node) current.item.children.push(node);
      current.lines = [row.line];
      continue;
    }
    if (paragraph && (!row.blockStart || cutByPage)) {
      paragraph.push(row.line);
      continue;
    }
    closeAll();
    paragraph = [row.line];
  }
  closeAll();
  return { nodes, headings: headingNodes };
}

/**
 * "… in artikel" / "12. De minister …": a number or dash that wrapping put at
 * the start of a line, in the middle of a sentence, is text. A list starts
 * after a lead-in ("… om:") or a full sentence.
 */
function wrappedOntoMarker(entry: Entry, before: string): boolean {
  return (entry.ordered || isDash(entry.kind)) && !/[.:;!?]$/.test(before.trim());
}

/** A dash as a list marker: it may as well be a dash in a sentence ("2020 – 2024"). */
function isDash(marker: string): boolean {
  return ['-', '–', '—'].includes(marker);
}

function previousText(lines: readonly SourceLine[]): string {
  return lineText(lines[lines.length - 1] as SourceLine);
}

/**
 * A sentence the page broke off: a new page, or only furniture between, and
 * no full stop before. In a text file the next line must also start in lower
 * case; a PDF's pages say where they break.
 */
function continuesAcrossFurniture(rows: readonly Row[], previous: Row, row: Row, furniture: ReadonlySet<number>): boolean {
  for (let i = previous.index + 1; i < row.index; i++) if (!furniture.has(i)) return false;
  // Pages are all 0 where the format has none, so a change of page is a page break.
  const newPage = row.block.page !== previous.block.page;
  if (row.index === previous.index + 1 && !newPage) return false;
  const ended = /[.:;!?)]$/.test(previous.text);
  // A bullet starts an item; a number or dash at the top of a page goes on a sentence that did not end.
  const marker = matchListMarker(row.text);
  if (marker && (ended || !(marker.ordered || isDash(marker.marker)))) return false;
  // A page cut a sentence off, or a paragraph whose last line runs to the right edge (even after a full stop).
  if (newPage) return !ended || previous.line.full === true;
  return !ended && /^\p{Ll}/u.test(row.text);
}

interface Entry {
  key: number;
  kind: string;
  ordered: boolean;
  start?: number;
  spans: SourceLine['spans'];
  textIndent: number;
}

/** A list item: a Word list paragraph, or a line that starts with a bullet or a number. */
function listEntryOf(row: Row, format: SourceFormat): Entry | null {
  const list = row.block.list;
  if (list && row.lineIndex === 0) {
    const number = list.label ? Number(/\d+/.exec(list.label)?.[0]) : undefined;
    // The level is part of the kind: a numbered item on level 2 does not belong to a numbered list on level 1.
    return { key: list.level, kind: list.ordered ? `#${list.level}` : `•${list.level}`, ordered: list.ordered, start: Number.isFinite(number) ? number : undefined, spans: row.line.spans, textIndent: 0 };
  }
  // Only Word paragraphs carry a list; the later lines of one are the item's text.
  if (format === 'docx') return null;
  const raw = lineText(row.line);
  const marker = matchListMarker(raw);
  if (!marker) return null;
  const lettered = !marker.ordered && marker.rest.startsWith(marker.marker);
  // The marker is cut off, except a letter ("a."), which Markdown cannot number and so stays text.
  const cut = lettered ? raw.length - raw.trimStart().length : raw.length - marker.rest.length;
  // Stryker disable next-line StringLiteral: any placeholder for the number or letter keeps numbers, letters and bullets apart, which is all a kind is for
  const kind = marker.ordered ? marker.marker.replace(/\d+/, '1') : lettered ? marker.marker.replace(/[a-z]/, 'a') : marker.marker;
  return { key: row.line.indent, kind, ordered: marker.ordered, start: marker.number, spans: dropPrefix(row.line.spans, cut), textIndent: row.line.indent + 2 };
}

function paragraphOf(lines: readonly SourceLine[], keepBreaks: boolean): Paragraph | null {
  const children = linesToPhrasing(lines, keepBreaks);
  return children.length ? { type: 'paragraph', children } : null;
}

function pushParagraph(nodes: RootContent[], lines: readonly SourceLine[], keepBreaks: boolean): void {
  const node = paragraphOf(lines, keepBreaks);
  if (node) nodes.push(node);
}

function tableOf(source: SourceTable): Table {
  const width = Math.max(1, ...source.rows.map((r) => r.length));
  const children: TableRow[] = source.rows.map((cells) => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i) => ({ type: 'tableCell', children: spansToPhrasing(cells[i] ?? []) })),
  }));
  return { type: 'table', align: Array.from({ length: width }, () => null), children };
}
