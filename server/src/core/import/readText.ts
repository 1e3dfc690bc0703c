/**
 * A text file (as text extracted from a PDF) read into blocks: a blank line
 * ends a block, a form feed starts a new page (pdftotext writes one between
 * pages), leading white space is the line's indentation, and `**…**` / `*…*`
 * marks are bold and italic.
 */
import { parseInlineMarks } from './inlineMarks';
import type { SourceDocument, SourceLine, SourceParagraph, Span } from './source';

/** A tab indents as far as four spaces. */
const TAB_WIDTH = 4;

export function readText(text: string): SourceDocument {
  const blocks: SourceParagraph[] = [];
  const pages = text.replace(/\r\n?/g, '\n').split('\f');
  pages.forEach((pageText, index) => {
    let lines: string[] = [];
    const flush = () => {
      if (lines.length) blocks.push(paragraphOf(lines, index + 1));
      lines = [];
    };
    for (const line of pageText.split('\n')) {
      if (line.trim() === '') flush();
      else lines.push(line);
    }
    flush();
  });
  // One page without form feeds: the file says nothing about pages.
  if (pages.length === 1) for (const block of blocks) block.page = 0;
  return { format: 'txt', blocks, dropped: [] };
}

function paragraphOf(rawLines: readonly string[], page: number): SourceParagraph {
  const indents = rawLines.map(indentOf);
  const stripped = rawLines.map((line) => line.trim());
  // Marks may span lines (a bold sender over three lines), so they are read over the whole block.
  const spans = parseInlineMarks(stripped.join('\n'));
  const lines: SourceLine[] = splitLines(spans).map((lineSpans, i) => ({ spans: lineSpans, indent: indents[i] ?? 0 }));
  return { kind: 'paragraph', lines, page };
}

function indentOf(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ' || char === '\u00a0') width++;
    else if (char === '\t') width += TAB_WIDTH - (width % TAB_WIDTH);
    else break;
  }
  return width;
}

/** Spans over several lines (joined with \n) back into one list of spans per line. */
export function splitLines(spans: readonly Span[]): Span[][] {
  const lines: Span[][] = [[]];
  for (const span of spans) {
    const parts = span.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]?.push({ ...span, text: part });
    });
  }
  return lines;
}
