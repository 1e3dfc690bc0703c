/**
 * A PDF's positioned text as source blocks. PDF.js (in the adapter) gives
 * text items with their baseline position, size and font; here they become
 * lines, columns and paragraphs:
 *
 * - columns come from clusters of the x where runs of text start: the
 *   cluster with the most text is the body, a cluster far to its right the
 *   right-hand column (no fixed positions: any page size, any margins);
 * - a line is the column's items on one baseline; a paragraph ends where the
 *   gap to the next line is clearly wider than the text's usual leading;
 * - indentation is the distance from the column's left edge, so nested
 *   bullets stand further right;
 * - text the PDF marks as an artifact (running header, page numbers), and
 *   lines repeated at the same height on several pages, are page furniture.
 */
import { ImportError } from '../importError';
import { isPageNumberLine } from '../patterns';
import { isBoldLine, type Column, type DroppedText, type SourceBlock, type SourceDocument, type SourceLine, type SourceParagraph, type Span } from '../source';
import { clusterColumns, runsOf, type ColumnEdges, type Run } from './columns';
import { spaceBetween } from '../phrasing';
import { tablesOf, type Cell } from './pdfTables';
import { decodeBytes } from '../../text/decodeBytes';

export interface PdfItem {
  text: string;
  /** Baseline start, in points; y grows upwards as in PDF space. */
  x: number;
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  /** Inside marked content tagged /Artifact. */
  artifact: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

export interface PdfText {
  pages: PdfPage[];
  encrypted: boolean;
}

/** Checks on the bytes before PDF.js sees them: a PDF ends with %%EOF in its last kilobyte. */
export function checkPdfEnvelope(bytes: Uint8Array): void {
  const tail = decodeBytes(bytes.subarray(Math.max(0, bytes.length - 1024)), 'latin1');
  if (!tail.includes('%%EOF')) throw new ImportError('pdf-truncated', {});
}

interface Line {
  page: number;
  column: Column;
  x: number;
  /** Where the line's last item ends. */
  end: number;
  y: number;
  fontSize: number;
  spans: Span[];
  text: string;
  /** The runs the line is made of (more than one where text stands after a gutter: a table's cells). */
  cells: Cell[];
}

export function layoutPdf(pdf: PdfText): SourceDocument {
  if (pdf.encrypted) throw new ImportError('pdf-encrypted', {});
  const dropped: DroppedText[] = [];
  const live = pdf.pages.map((page, index) => {
    const artifacts = page.items.filter((item) => item.artifact && item.text.trim());
    dropped.push(...linesOf(artifacts).map((text) => ({ kind: 'artifact' as const, text, page: index + 1 })));
    return page.items.filter((item) => !item.artifact && item.text.trim() !== '');
  });
  if (live.every((items) => items.length === 0)) throw new ImportError('pdf-no-text', {});

  const edges = clusterColumns(pdf.pages.map((page, i) => ({ width: page.width, items: live[i] as PdfItem[] })));
  let lines = pdf.pages.flatMap((page, i) => pageLines(live[i] as PdfItem[], i + 1, edges));
  lines = dropFurniture(lines, pdf.pages, dropped);
  return { format: 'pdf', blocks: blocksOf(lines, edges), dropped };
}

/** The runs of a page as lines: a run's items joined, with a space where the gap between them shows one. */
function pageLines(items: readonly PdfItem[], page: number, edges: ColumnEdges): Line[] {
  const lines: Line[] = [];
  for (const run of runsOf(items).flatMap((r) => splitAtColumn(r, edges))) {
    const column: Column = run.x >= edges.cut ? 'side' : 'body';
    // A run of the same column on the same baseline (text after a tab stop) continues the line.
    const previous = lines[lines.length - 1];
    const line = previous && previous.column === column && Math.abs(previous.y - run.y) <= run.fontSize * 0.35 ? previous : undefined;
    const target: Line = line ?? { page, column, x: run.x, end: run.end, y: run.y, fontSize: run.fontSize, spans: [], text: '', cells: [] };
    const cell: Cell = { x: run.x, end: run.end, spans: [] };
    // No gap before a line's first item; a run that continues the line (a table's next cell) is always apart from it.
    let end = line ? Number.NEGATIVE_INFINITY : run.x;
    for (const item of run.items) {
      const space = item.x - end > item.fontSize * 0.15 && !/\s$/.test(target.text) && !/^\s/.test(item.text);
      const span = spanOf(item);
      if (space) target.spans.push(spaceBetween(target.spans[target.spans.length - 1], span));
      if (space && cell.spans.length) cell.spans.push(spaceBetween(cell.spans[cell.spans.length - 1], span));
      target.spans.push(span);
      cell.spans.push(span);
      target.text += (space ? ' ' : '') + item.text;
      end = item.x + item.width;
    }
    target.cells.push(cell);
    target.fontSize = Math.max(target.fontSize, run.fontSize);
    target.end = Math.max(target.end, run.end);
    if (!line) lines.push(target);
  }
  // Reading order: the right-hand column first (it is the head of page 1, the running header later), then the text.
  // The runs came top down, so a stable sort by column keeps each column's lines in order.
  return lines.sort((a, b) => Number(a.column === 'body') - Number(b.column === 'body'));
}

/**
 * A run that reaches across into the right-hand column (a long line of the
 * subject beside a value of the column, with a gap narrower than a gutter)
 * is two runs: the part from the first item that starts in the column on.
 */
function splitAtColumn(run: Run, edges: ColumnEdges): Run[] {
  if (run.x >= edges.cut) return [run];
  // The first item starts left of the cut, so the one found (if any) has one before it.
  const at = run.items.findIndex((item, i) => item.x >= edges.cut && item.x - (run.items[i - 1] as PdfItem).x - (run.items[i - 1] as PdfItem).width > item.fontSize * 0.3);
  // Stryker disable next-line EqualityOperator: `at` is never 0 (the first item starts left of the cut)
  if (at < 0) return [run];
  const part = (list: PdfItem[]): Run => ({ y: run.y, x: (list[0] as PdfItem).x, end: Math.max(...list.map((i) => i.x + i.width)), fontSize: Math.max(...list.map((i) => i.fontSize)), items: list });
  return [part(run.items.slice(0, at)), part(run.items.slice(at))];
}

function spanOf(item: PdfItem): Span {
  return { text: item.text, ...(item.bold ? { bold: true } : {}), ...(item.italic ? { italic: true } : {}) };
}

/** Lines that repeat at the same height on several pages, and page numbers at the top or bottom edge. */
function dropFurniture(lines: readonly Line[], pages: readonly PdfPage[], dropped: DroppedText[]): Line[] {
  const key = (line: Line) => `${Math.round(line.y / 2)}|${line.text.trim().toLowerCase().replace(/\d+/g, '#')}`;
  const pagesWith = new Map<string, Set<number>>();
  for (const line of lines) pagesWith.set(key(line), (pagesWith.get(key(line)) ?? new Set()).add(line.page));
  return lines.filter((line) => {
    const height = (pages[line.page - 1] as PdfPage).height;
    const edge = line.y < height * 0.08 || line.y > height * 0.92;
    // Page 1 holds the head, whose column a running header repeats: only later pages lose their repeated lines.
    const repeated = line.page > 1 && (pagesWith.get(key(line)) as Set<number>).size > 1 && edge;
    const pageNumber = edge && (isPageNumberLine(line.text) || /^\d{1,3}$/.test(line.text.trim()));
    if (!repeated && !pageNumber) return true;
    dropped.push({ kind: pageNumber ? 'page-number' : 'running-header', text: line.text.trim(), page: line.page });
    return false;
  });
}

/** Paragraphs: a new one where the column, the page or a wide vertical gap says so. */
function blocksOf(lines: readonly Line[], edges: ColumnEdges): SourceBlock[] {
  const bodySize = edges.bodyFontSize;
  const largerSizes = [...new Set(lines.map((l) => Math.round(l.fontSize)).filter((s) => s > bodySize * 1.15))].sort((a, b) => b - a);
  const blocks: SourceBlock[] = [];
  const body = lines.filter((l) => l.column === 'body');
  const leading = usualLeading(body, bodySize);
  // Running text: lines of the body's size (a subject or heading set larger wraps by its own measure).
  const bodySized = (l: Line) => Math.abs(l.fontSize - bodySize) <= 0.5;
  // The edge of running text: measured on lines of the body's size (a large subject or heading may stand out further).
  const right = rightEdge(body.filter(bodySized));
  // A line is full when the next line's first word would not have fitted after it: the text went on.
  const full = new Map(body.map((line, i) => [line, fits(line, body[i + 1], right)]));
  const tables = new Map(tablesOf(lines).map((found) => [found.start, found]));
  let previous: Line | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const table = tables.get(i);
    if (table) {
      blocks.push(table.table);
      i = table.end - 1;
      continue;
    }
    const left = line.column === 'side' ? (edges.side as number) : edges.body;
    const sourceLine: SourceLine = { spans: line.spans, indent: Math.max(0, Math.round(line.x - left)) };
    if (line.column === 'body') sourceLine.full = full.get(line) as boolean;
    const sizeChanged = previous !== undefined && Math.abs(previous.fontSize - line.fontSize) > 0.5;
    // Lines of one column and page come top down, so the gap is never negative.
    const gap = previous ? previous.y - line.y : 0;
    // Larger type has a larger leading: a two-line heading is one block.
    const expected = leading * Math.max(1, line.fontSize / bodySize);
    // A heading set in bold right above its text, with no more space than a line: the change of face starts a block.
    const faceChanged = previous !== undefined && bold(previous) !== bold(line);
    // A body line that stopped short of the edge (the next word would have fitted) ended its paragraph, even without space below it.
    // (Only body lines are measured, so `full` is false for a line of the body only.)
    const stoppedShort = previous !== undefined && bodySized(previous) && bodySized(line) && full.get(previous) === false;
    // A line that starts left of the one above leaves it: the text after a (nested) list item.
    const dedented = previous !== undefined && line.x < previous.x - 2;
    const newBlock = !previous || previous.page !== line.page || previous.column !== line.column || gap > expected * 1.45 || sizeChanged || faceChanged || stoppedShort || dedented;
    const current = blocks[blocks.length - 1];
    // The text after a table starts a block of its own.
    if (newBlock || !current || current.kind === 'table') {
      const block: SourceParagraph = { kind: 'paragraph', lines: [sourceLine], page: line.page, column: line.column };
      const rank = largerSizes.indexOf(Math.round(line.fontSize));
      if (rank >= 0) block.headingLevel = rank + 1;
      blocks.push(block);
    } else current.lines.push(sourceLine);
    previous = line;
  }
  return blocks;
}

function bold(line: Line): boolean {
  return isBoldLine({ spans: line.spans, indent: 0 });
}

/** Whether the first word of `next` would not have fitted on `line` (so the line broke because it was full). */
function fits(line: Line, next: Line | undefined, right: number): boolean {
  if (!next) return false;
  const word = /^\S+/.exec(next.text)?.[0] ?? '';
  const perCharacter = (next.end - next.x) / Math.max(1, next.text.length);
  // A few points' grace: widths are estimated from the next line's average character.
  return line.end + perCharacter * (word.length + 1) > right - 3;
}

/** Where body lines end when they are full: most lines of running text reach it. */
function rightEdge(lines: readonly Line[]): number {
  const ends = lines.map((l) => l.end).sort((a, b) => a - b);
  return ends[Math.floor(ends.length * 0.9)] ?? 0;
}

/**
 * The distance between the lines of a paragraph: the smallest distance that
 * recurs. (Not the most common one: in a note of short paragraphs and list
 * items, the space between paragraphs is the commoner.)
 */
function usualLeading(body: readonly Line[], bodySize: number): number {
  const gaps = new Map<number, number>();
  for (let i = 1; i < body.length; i++) {
    const a = body[i - 1] as Line;
    const b = body[i] as Line;
    if (a.page !== b.page) continue;
    const gap = Math.round((a.y - b.y) * 2) / 2;
    if (gap >= bodySize * 0.8) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
  }
  const recurring = [...gaps].filter(([, count]) => count >= 2).map(([gap]) => gap);
  return recurring.length ? Math.min(...recurring) : bodySize * 1.2;
}

/** Artifact items as line texts, for the report. */
function linesOf(items: readonly PdfItem[]): string[] {
  // Every run holds an item with text (blank artifacts are left out), so no line is empty.
  return runsOf(items).map((run) => run.items.map((i) => i.text).join(' ').replace(/\s+/g, ' ').trim());
}
