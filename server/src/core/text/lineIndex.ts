/**
 * Offsets into a JavaScript string are UTF-16 code units, which is exactly what
 * LSP positions count by default; so converting is only a matter of finding the
 * line starts. Line breaks are \n, \r\n and a lone \r, as in the LSP spec.
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    // Stryker disable next-line EqualityOperator: past the end, charCodeAt gives NaN, no line break
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (ch === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    // Stryker disable next-line ArithmeticOperator: a start past the last is undefined, never <= an offset, so the search ends the same
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= clamped) low = mid;
      else high = mid - 1;
    }
    const line = low;
    // Never point between the \r and \n of a CRLF pair.
    const character = Math.min(clamped, this.lineEnd(line)) - (this.lineStarts[line] as number);
    return { line, character };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line] as number;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))] as number;
  }

  /** Offset of the end of a line's content, before its line break. */
  lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    if (next === undefined) return this.text.length;
    // The next line starts right after this one's break: \n, \r or \r\n (a \r before a \n is always part of the same break).
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** Whether a line holds nothing but white space. */
  isBlankLine(line: number): boolean {
    return this.text.slice(this.lineStart(line), this.lineEnd(line)).trim() === '';
  }

  /** The span of the whole line holding `offset`, without its line break. */
  lineSpanAt(offset: number): Span {
    const { line } = this.positionAt(offset);
    return { start: this.lineStart(line), end: this.lineEnd(line) };
  }
}

/** Offset of the first line break (\n or \r) at or after `from`, or the text's end. */
export function endOfLine(text: string, from: number): number {
  let end = from;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end;
}

/** Where the next line starts, after the line break at `lineEnd` (\r\n counts as one). */
export function nextLineStart(text: string, lineEnd: number): number {
  return text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
}
