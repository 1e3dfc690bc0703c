/**
 * Page furniture in the text itself: page numbers ("Pagina 2 van 3") and the
 * running header that later pages repeat (the seed repeats its sender, Datum
 * and Onze referentie in the middle of its text). A running header is a run
 * of at least two lines that all repeat lines of the note's head; lines that
 * only happen to look alike, one at a time, stay.
 */
import { isPageNumberLine } from './patterns';
import { echoKey, type Row } from './rows';
import type { DroppedText } from './source';

export function pageNumberRows(rows: readonly Row[]): Row[] {
  return rows.filter((row) => !row.table && isPageNumberLine(row.text));
}

/**
 * Runs of head lines repeated after the head. `from` is the first row of the
 * body; `column` the right-hand column's lines and values; `skip` rows
 * already dropped (page numbers inside a running header do not break it).
 */
/**
 * Whether a line repeats the column: one of its lines, or a piece of one of
 * its values in whole words (a running header wraps "Directoraat-generaal
 * Openbaar Bestuur en Democratische Rechtsstaat" where it likes).
 */
export function echoes(text: string, lines: ReadonlySet<string>, values: readonly string[]): boolean {
  const key = echoKey(text);
  if (lines.has(key)) return true;
  return key.length >= 4 && values.some((value) => ` ${value} `.includes(` ${key} `));
}

export function runningHeaderRuns(rows: readonly Row[], from: number, column: { lines: ReadonlySet<string>; values: readonly string[] }, skip: ReadonlySet<number>): Row[][] {
  const runs: Row[][] = [];
  let run: Row[] = [];
  const flush = () => {
    if (run.length >= 2 || (run.length === 1 && run[0]!.block.column === 'side' && run[0]!.block.page > 1)) runs.push(run);
    run = [];
  };
  for (let i = from; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (skip.has(i)) continue;
    // A table's row has no text, so it repeats nothing.
    const echo = row.text !== '' && echoes(row.text, column.lines, column.values);
    // A running header starts a block and ends one: it never shares a paragraph with the text.
    if (echo && (run.length > 0 || row.blockStart)) run.push(row);
    else {
      if (run.length && !run[run.length - 1]!.blockEnd) run = [];
      flush();
    }
  }
  if (run.length && run[run.length - 1]!.blockEnd) flush();
  return runs;
}

/** A lone number right beside a running header is its page number. */
export function adjacentPageNumbers(rows: readonly Row[], runs: readonly Row[][], skip: ReadonlySet<number>): Row[] {
  const found: Row[] = [];
  for (const run of runs) {
    for (const neighbour of [rows[run[0]!.index - 1], rows[run[run.length - 1]!.index + 1]]) {
      if (neighbour && !skip.has(neighbour.index) && /^\d{1,3}$/.test(neighbour.text) && neighbour.blockStart && neighbour.blockEnd) found.push(neighbour);
    }
  }
  return found;
}

export function droppedOf(rows: readonly Row[], kind: DroppedText['kind']): DroppedText[] {
  return rows.map((row) => ({ kind, text: row.text, page: row.block.page }));
}
