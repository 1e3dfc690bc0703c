/**
 * The outline of one section read from its lines, without a syntax tree.
 *
 * A note's sections are mostly plain: a column-0 ATX heading with plain text,
 * then paragraphs and lists. For such a section the outline the checker needs
 * (the heading's level, text and span, and whether content follows it) is
 * settled by the lines alone, and building a tree for every word of every
 * paragraph would be most of the cost of a check. Anything that could make the
 * reading differ from remark-parse's answers a `null`, and the section goes to
 * the parser: markup in the heading, a line that could be another heading
 * (setext underline, indented or column-0 ATX), or a first block that could be
 * an HTML comment or a link definition (the two kinds of block that are not
 * content). A property test holds this reading to the parser's on random text.
 *
 * The text must be one section as `splitIntoChunks(…, 0)` cuts it: it starts
 * at a column-0 ATX heading that is certainly a top-level block, or it is the
 * start of the note (then it may open with the frontmatter).
 */
import { endOfLine } from '../text/lineIndex';
import type { ChunkOutline } from './chunkOutline';
import { readFrontmatterBlock } from './frontmatterBlock';

const ATX_OPENING = /^(#{1,6})(?:[ \t]+|$)/;
/** Characters that may be markup (or be replaced, like NUL) in heading text: the parser must read it. */
const HEADING_MARKUP = /[\\`*_[\]<>&\0]/;
const CLOSING_SEQUENCE = /[ \t]+#+[ \t]*$/;
const ONLY_HASHES = /^#+[ \t]*$/;
/**
 * A body line that could be, or end up, a heading at the top level: an ATX
 * opening indented up to three spaces, or a setext underline. `m` treats a
 * few more characters than CR and LF as line ends, which only adds doubt.
 */
const POSSIBLE_HEADING = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)/m;
const NOT_BLANK = /[^ \t\r\n]/g;

export function outlinePlainSection(text: string): ChunkOutline | null {
  // The parser drops a byte order mark at the start (a second one, after the one the note may start with).
  if (text.charCodeAt(0) === 0xfeff) return null;
  const outline: ChunkOutline = { headings: [], contentBefore: false };
  const opening = ATX_OPENING.exec(text);
  if (opening) {
    const lineEnd = endOfLine(text, 0);
    let content = text.slice(opening[0].length, lineEnd);
    if (HEADING_MARKUP.test(content)) return null;
    content = ONLY_HASHES.test(content) ? '' : content.replace(CLOSING_SEQUENCE, '');
    const contentAfter = readBody(text, lineEnd);
    if (contentAfter === null) return null;
    outline.headings.push({ level: (opening[1] as string).length, text: content.trim(), start: 0, end: lineEnd, contentAfter });
    return outline;
  }
  let bodyStart = 0;
  if (text.startsWith('---')) {
    const frontmatter = readFrontmatterBlock(text);
    // The parser turns NUL into U+FFFD; leave that to it.
    if (!frontmatter || frontmatter.value.includes('\0')) return null;
    outline.frontmatter = frontmatter;
    bodyStart = frontmatter.end;
  }
  const contentBefore = readBody(text, bodyStart);
  if (contentBefore === null) return null;
  outline.contentBefore = contentBefore;
  return outline;
}

/** Whether content follows `from`; null where a line might be a heading or the first block might not be content. */
function readBody(text: string, from: number): boolean | null {
  const body = text.slice(from);
  return POSSIBLE_HEADING.test(body) ? null : firstBlockIsContent(body);
}

/**
 * Whether the first block of `body` (which starts at a line end) is content:
 * false when the body is blank, null when the first non-blank line could open
 * an HTML block or a link definition. Any other block (paragraph, list, quote,
 * code, thematic break) is content.
 */
function firstBlockIsContent(body: string): boolean | null {
  NOT_BLANK.lastIndex = 0;
  const found = NOT_BLANK.exec(body);
  if (!found) return false;
  const first = found.index;
  const char = body.charCodeAt(first);
  if (char !== 60 /* < */ && char !== 91 /* [ */) return true;
  // Indented four columns or more, it is code, which is content. Only spaces and tabs stand between
  // the line's start and `first`, and a tab reaches the next multiple of four: four columns is four
  // characters or one tab.
  let lineStart = first;
  while (lineStart > 0 && body.charCodeAt(lineStart - 1) !== 10 && body.charCodeAt(lineStart - 1) !== 13) lineStart--;
  const indent = body.slice(lineStart, first);
  return indent.length >= 4 || indent.includes('\t') ? true : null;
}
