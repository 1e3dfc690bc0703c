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
import type { SourceFormat, SourceLine, SourceTable } from './source';

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
      // The item's own text goes before any list nested in it.
      if (node) open.item.children.splice(firstListIndex(open.item), 0, node);
      open.item.spread = open.item.children.filter((c) => c.type === 'paragraph').length > 1;
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
      const item: ListItem = { type: 'listItem', spread: false, children: [] };
      lists.add({ key: entry.key, kind: entry.kind, ordered: entry.ordered, start: entry.start, item });
      open = { item, indent: entry.textIndent, lines: [{ spans: entry.spans, indent: row.line.indent }] };
      continue;
    }
    if (open && (!row.blockStart || cutByPage)) {
      open.lines.push(row.line);
      continue;
    }
    if (open && format !== 'docx' && row.line.indent >= open.indent && open.indent > 0) {
      // An indented paragraph after an item belongs to that item.
      const current: OpenItem = open;
      const node = paragraphOf(current.lines, keepBreaks);
      if (node) current.item.children.splice(firstListIndex(current.item), 0, node);
      current.lines = [row.line];
      current.item.spread = true;
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
  return (entry.ordered || /^[-–—]$/.test(entry.kind)) && !/[.:;!?]$/.test(before.trim());
}

function previousText(lines: readonly SourceLine[]): string {
  const last = lines[lines.length - 1];
  return last ? last.spans.map((s) => s.text).join('') : '';
}

/**
 * A sentence the page broke off: a new page, or only furniture between, and
 * no full stop before. In a text file the next line must also start in lower
 * case; a PDF's pages say where they break.
 */
function continuesAcrossFurniture(rows: readonly Row[], previous: Row, row: Row, furniture: ReadonlySet<number>): boolean {
  for (let i = previous.index + 1; i < row.index; i++) if (!furniture.has(i)) return false;
  const newPage = row.block.page !== previous.block.page && row.block.page > 0;
  if (row.index === previous.index + 1 && !newPage) return false;
  const ended = /[.:;!?)]$/.test(previous.text);
  // A bullet starts an item; a number or dash at the top of a page goes on a sentence that did not end.
  const marker = matchListMarker(row.text);
  if (marker && (ended || !(marker.ordered || /^[-–—]$/.test(marker.marker)))) return false;
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
    return { key: list.level, kind: list.ordered ? '1.' : `•${list.level}`, ordered: list.ordered, start: Number.isFinite(number) ? number : undefined, spans: row.line.spans, textIndent: 0 };
  }
  if (list || format === 'docx') return null;
  const raw = row.line.spans.map((s) => s.text).join('');
  const marker = matchListMarker(raw);
  if (!marker) return null;
  const lettered = !marker.ordered && marker.rest.startsWith(marker.marker);
  // The marker is cut off, except a letter ("a."), which Markdown cannot number and so stays text.
  const cut = lettered ? raw.length - raw.trimStart().length : raw.length - marker.rest.length;
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

function firstListIndex(item: ListItem): number {
  const index = item.children.findIndex((c) => c.type === 'list');
  return index < 0 ? item.children.length : index;
}

function tableOf(source: SourceTable): Table {
  const width = Math.max(1, ...source.rows.map((r) => r.length));
  const children: TableRow[] = source.rows.map((cells) => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i) => ({ type: 'tableCell', children: spansToPhrasing(cells[i] ?? []) })),
  }));
  return { type: 'table', align: Array.from({ length: width }, () => null), children };
}
