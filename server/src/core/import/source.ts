/**
 * What every reader (text, Word, PDF) turns its file into: blocks of lines
 * with the hints the format gives (bold and italic runs, indentation, the
 * column a line stands in, heading styles, Word list levels). Recognising the
 * house-style note works on this alone, so it is the same for every format.
 */

/** A run of text with one set of marks. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface SourceLine {
  spans: Span[];
  /**
   * How far the line is indented: leading spaces in a text file, points from
   * the column's left edge in a PDF. Word paragraphs carry list levels instead.
   */
  indent: number;
  /** In a PDF: the line runs to the column's right edge, so its paragraph may go on (on the next page, say). */
  full?: boolean;
}

/** The right-hand column (sender, Datum, Onze referentie) or the main text. */
export type Column = 'body' | 'side';

export interface SourceList {
  /** 0 for a top-level item. */
  level: number;
  ordered: boolean;
  /** The number as the source shows it ("3."), for ordered items. */
  label?: string;
}

export interface SourceParagraph {
  kind: 'paragraph';
  lines: SourceLine[];
  /** 1-based page, 0 where the format has no pages (text without form feeds, Word). */
  page: number;
  column?: Column;
  /** From a heading style or outline level: 1 is the document's top heading level. */
  headingLevel?: number;
  /** A Word list paragraph; its marker is not part of the text. */
  list?: SourceList;
  /** The heading number Word's automatic numbering shows before the text ("4.1."). */
  number?: string;
}

export interface SourceTable {
  kind: 'table';
  /** Rows of cells; each cell is its text as spans. */
  rows: Span[][][];
  page: number;
  column?: Column;
}

export type SourceBlock = SourceParagraph | SourceTable;

export type SourceFormat = 'txt' | 'docx' | 'pdf';

/** Text the reader itself recognised as page furniture from the layout (PDF artifacts, Word headers and footers). */
export interface DroppedText {
  kind: 'running-header' | 'page-number' | 'header-footer' | 'artifact' | 'title';
  text: string;
  page: number;
}

export interface SourceDocument {
  format: SourceFormat;
  blocks: SourceBlock[];
  dropped: DroppedText[];
}

export function lineText(line: SourceLine): string {
  return line.spans.map((span) => span.text).join('');
}

export function blockText(block: SourceBlock): string {
  return block.kind === 'paragraph' ? block.lines.map(lineText).join('\n') : block.rows.map((row) => row.map((cell) => cell.map((s) => s.text).join('')).join(' ')).join('\n');
}

/** Whether every character of the line that is not white space is bold. */
export function isBoldLine(line: SourceLine): boolean {
  const marked = line.spans.filter((span) => span.text.trim() !== '');
  return marked.length > 0 && marked.every((span) => span.bold === true);
}

export function plainLine(text: string, indent = 0): SourceLine {
  return { spans: [{ text }], indent };
}
