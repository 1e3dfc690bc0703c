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
  if (!FENCE.test(text.slice(0, lineEnd))) return null;
  const valueStart = nextLineStart(text, lineEnd);
  // Stryker disable next-line EqualityOperator: the empty line at the very end is no fence either
  for (let lineStart = valueStart; lineStart < text.length; lineStart = nextLineStart(text, lineEnd)) {
    lineEnd = endOfLine(text, lineStart);
    if (!FENCE.test(text.slice(lineStart, lineEnd))) continue;
    // The value ends before the line break that ends the line above the fence. In an empty
    // block that is the opening fence's line break: the end falls before the start, and slice gives ''.
    const valueEnd = lineStart - (text.charCodeAt(lineStart - 1) === 10 && text.charCodeAt(lineStart - 2) === 13 ? 2 : 1);
    return { start: 0, end: lineEnd, value: text.slice(valueStart, valueEnd) };
  }
  return null;
}
