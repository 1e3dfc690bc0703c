/**
 * Where the YAML frontmatter stands, as remark-frontmatter reads it: a `---`
 * line at the very start, up to the next line that is `---` (trailing spaces
 * and tabs allowed on both). The value is the text between, without the line
 * break before the closing fence; `end` is the end of the closing fence line.
 */
import { endOfLine, nextLineStart } from '../text/lineIndex';

export interface FrontmatterBlock {
  start: number;
  end: number;
  value: string;
}

const FENCE = /^---[ \t]*$/;

export function readFrontmatterBlock(text: string): FrontmatterBlock | null {
  let lineEnd = endOfLine(text, 0);
  if (!FENCE.test(text.slice(0, lineEnd)) || lineEnd === text.length) return null;
  const valueStart = nextLineStart(text, lineEnd);
  for (let lineStart = valueStart; lineStart < text.length; lineStart = nextLineStart(text, lineEnd)) {
    lineEnd = endOfLine(text, lineStart);
    if (!FENCE.test(text.slice(lineStart, lineEnd))) continue;
    let valueEnd = lineStart;
    if (valueEnd > valueStart) valueEnd -= text.charCodeAt(valueEnd - 1) === 10 && text.charCodeAt(valueEnd - 2) === 13 ? 2 : 1;
    return { start: 0, end: lineEnd, value: text.slice(valueStart, valueEnd) };
  }
  return null;
}
