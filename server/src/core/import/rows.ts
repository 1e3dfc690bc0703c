/**
 * The source as one sequence of rows, one per line, each knowing its block.
 * Recognition walks rows: a sender block or a running header can span
 * blocks, and a heading can open a block that goes on with text.
 */
import { matchListMarker } from './patterns';
import { dropPrefix } from './phrasing';
import { isBoldLine, lineText, type SourceDocument, type SourceLine, type SourceParagraph, type SourceTable } from './source';

export interface Row {
  /** Position in the sequence. */
  index: number;
  line: SourceLine;
  /** The line's text, trimmed, with white space runs as single spaces. */
  text: string;
  block: SourceParagraph;
  lineIndex: number;
  /** The first line of its block: a blank line (text), a new paragraph (Word) or a vertical gap (PDF) stands before it. */
  blockStart: boolean;
  blockEnd: boolean;
  /** A table of the source, as one row. */
  table?: SourceTable;
  /** The line started with a bullet, taken off (addressees are often a bulleted list). */
  bulleted?: boolean;
}

const TABLE_HOLDER: SourceParagraph = { kind: 'paragraph', lines: [], page: 0 };

export function rowsOf(source: SourceDocument): Row[] {
  const rows: Row[] = [];
  for (const block of source.blocks) {
    if (block.kind === 'table') {
      rows.push({ index: rows.length, line: { spans: [], indent: 0 }, text: '', block: { ...TABLE_HOLDER, page: block.page, column: block.column }, lineIndex: 0, blockStart: true, blockEnd: true, table: block });
      continue;
    }
    block.lines.forEach((line, lineIndex) => {
      rows.push({
        index: rows.length,
        line,
        text: normalizeSpace(lineText(line)),
        block,
        lineIndex,
        blockStart: lineIndex === 0,
        blockEnd: lineIndex === block.lines.length - 1,
      });
    });
  }
  return rows;
}

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A key to compare lines by: case, marks and spacing do not count. */
export function echoKey(text: string): string {
  return normalizeSpace(text).toLowerCase();
}

export function isBoldRow(row: Row): boolean {
  return isBoldLine(row.line);
}

/** A row alone in its block: a line standing alone. */
export function standsAlone(row: Row): boolean {
  return row.blockStart && row.blockEnd;
}

/** The row without a leading bullet: in the head, addressees are often set as a bulleted list. */
export function withoutBullet(row: Row): Row {
  const raw = lineText(row.line);
  const marker = matchListMarker(raw);
  if (!marker || marker.ordered || marker.rest.startsWith(marker.marker)) return row;
  const line = { ...row.line, spans: dropPrefix(row.line.spans, raw.length - marker.rest.length) };
  return { ...row, line, text: normalizeSpace(lineText(line)), bulleted: true };
}
