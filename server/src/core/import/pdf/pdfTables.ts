/**
 * Tables on a PDF page. A PDF has no tables, only text placed in a grid:
 * consecutive lines of the body that each hold two or more runs of text
 * apart by a gutter, whose runs stand in the same columns. Cells may be
 * aligned left, right or centred, so a run belongs to the column whose
 * extent it overlaps, not to a fixed start.
 */
import { holdsHead } from '../patterns';
import type { Column, SourceTable, Span } from '../source';

/** One run of a line: the text between two gutters. */
export interface Cell {
  x: number;
  end: number;
  spans: Span[];
}

export interface GridLine {
  page: number;
  column: Column;
  cells: Cell[];
}

export interface FoundTable {
  /** Index of the table's first line and one past its last. */
  start: number;
  end: number;
  table: SourceTable;
}

/** The tables among the lines, in order. */
export function tablesOf(lines: readonly GridLine[]): FoundTable[] {
  const found: FoundTable[] = [];
  let at = 0;
  // Stryker disable next-line EqualityOperator: one step past the end is an empty grid, which adds no table
  while (at < lines.length) {
    const end = gridEnd(lines, at);
    const table = end - at >= 2 ? tableOf(lines.slice(at, end)) : null;
    if (table) found.push({ start: at, end, table });
    at = Math.max(end, at + 1);
  }
  return found;
}

/** One past the last of the consecutive grid lines (two or more cells, same page, the body) from `start`. */
function gridEnd(lines: readonly GridLine[], start: number): number {
  const first = lines[start] as GridLine;
  let end = start;
  while (end < lines.length) {
    const line = lines[end] as GridLine;
    if (line.column !== 'body' || line.cells.length < 2 || line.page !== first.page) break;
    end++;
  }
  return end;
}

/** The lines as a table, or null when their runs do not stand in columns (or the grid lays out the note's head). */
function tableOf(lines: readonly GridLine[]): SourceTable | null {
  const widest = lines.reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
  const columns = widest.cells.map((cell) => ({ x: cell.x, end: cell.end }));
  const rows: Span[][][] = [];
  for (const line of lines) {
    const row: Span[][] = columns.map(() => []);
    for (const cell of line.cells) {
      const index = columnOf(cell, columns);
      if (index < 0 || (row[index] as Span[]).length) return null;
      row[index] = cell.spans;
    }
    rows.push(row);
  }
  if (holdsHead(lines.flatMap((line) => line.cells.map((cell) => cell.spans.map((s) => s.text).join(''))))) return null;
  return { kind: 'table', rows, page: (lines[0] as GridLine).page, column: 'body' };
}

/** The one column whose extent the cell overlaps; -1 when it overlaps none or several. */
function columnOf(cell: Cell, columns: readonly { x: number; end: number }[]): number {
  const overlapping = columns.flatMap((column, i) => (cell.x < column.end && cell.end > column.x ? [i] : []));
  return overlapping.length === 1 ? (overlapping[0] as number) : -1;
}
