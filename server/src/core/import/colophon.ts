/**
 * The right-hand column after the text. A layout in which the column is set
 * beside the text (an HTML page, a Word frame anchored late) can flow it to
 * the end of the document: then the last rows are labels with their values,
 * addresses, and above them the sender block that opens with the bold
 * organisation.
 */
import { matchLabel, matchNumberedHeading, ONE_LINE_ADDRESS, POSTCODE_LINE } from './patterns';
import { isBoldRow, type Row } from './rows';

export function trailingColophon(rows: readonly Row[], start: number, skip: ReadonlySet<number>): Row[] {
  const live = rows.slice(start).filter((row) => !skip.has(row.index) && (row.text !== '' || row.table));
  let first = live.length;
  let labelled = false;
  const isLabelOnly = (row: Row | undefined) => row !== undefined && matchLabel(row.text)?.value === '';
  for (let i = live.length - 1; i >= 0; i--) {
    const row = live[i] as Row;
    if (row.table) break;
    const label = matchLabel(row.text);
    const value = isLabelOnly(live[i - 1]);
    // A street line before a postcode line; the row after this one is the colophon's first so far.
    const address = POSTCODE_LINE.test(row.text) || ONE_LINE_ADDRESS.test(row.text) || (live[i + 1] !== undefined && POSTCODE_LINE.test(live[i + 1]!.text));
    if (!label && !value && !address) break;
    if (label) labelled = true;
    first = i;
  }
  if (!labelled) return [];
  // The sender block just above: from the line that opens with the bold organisation, a few short lines at most.
  for (let i = first - 1; i >= Math.max(0, first - 8); i--) {
    const row = live[i] as Row;
    // Never a heading or a sentence of the text above: a sender block is names.
    if (row.table || row.text.length > 160 || row.block.headingLevel !== undefined || matchNumberedHeading(row.text) || /[.!?]$/.test(row.text)) break;
    if (row.blockStart && (isBoldRow(row) || row.line.spans[0]?.bold === true)) return live.slice(i);
  }
  return live.slice(first);
}
