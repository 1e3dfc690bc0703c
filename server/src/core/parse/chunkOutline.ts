/**
 * What the checker needs from the Markdown of one chunk: its top-level
 * headings, whether real content follows each, and the frontmatter node.
 * unified + remark-parse (+ remark-frontmatter) do the parsing; the result is
 * kept small and free of positions outside the chunk, so it can be cached by
 * the chunk's text and reused wherever that text appears again.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import { endOfLine, nextLineStart } from '../text/lineIndex';
import { closesFence, fenceOpening } from './chunks';
import { readFrontmatterBlock } from './frontmatterBlock';
import { isPathological } from './pathological';

export interface HeadingOutline {
  level: number;
  /** Plain text of the heading, without markup. */
  text: string;
  /** Offsets relative to the chunk start. */
  start: number;
  end: number;
  /** Whether any content (not a heading, not a comment) follows before the next heading. */
  contentAfter: boolean;
}

export interface ChunkOutline {
  headings: HeadingOutline[];
  /** Content before the first heading of the chunk. */
  contentBefore: boolean;
  frontmatter?: { start: number; end: number; value: string };
}

export type MarkdownParser = (text: string) => Root;

export function createMarkdownParser(): MarkdownParser {
  const processor: Processor<Root> = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']) as unknown as Processor<Root>;
  return (text) => processor.parse(text);
}

let shared: MarkdownParser | undefined;

/** One parser for every document: parsing keeps no state, and building a processor per note is a tenth of a check. */
export function sharedMarkdownParser(): MarkdownParser {
  return (shared ??= createMarkdownParser());
}

export function outlineChunk(parse: MarkdownParser, text: string): ChunkOutline {
  if (isPathological(text)) return outlineByLines(text);
  let root: Root;
  try {
    root = parse(text);
  } catch {
    // Whatever the parser chokes on, the note still gets an outline.
    return outlineByLines(text);
  }
  const outline: ChunkOutline = { headings: [], contentBefore: false };
  // micromark drops a byte order mark at the start and counts offsets without it.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (const node of root.children) {
    const start = (node.position?.start.offset ?? 0) + shift;
    const end = node.position?.end.offset === undefined ? start : node.position.end.offset + shift;
    if (node.type === 'yaml') {
      outline.frontmatter = { start, end, value: node.value };
    } else if (node.type === 'heading') {
      outline.headings.push({ level: node.depth, text: toString(node).trim(), start, end, contentAfter: false });
    } else if (isContent(node)) {
      const last = outline.headings.at(-1);
      if (last) last.contentAfter = true;
      else outline.contentBefore = true;
    }
  }
  return outline;
}

/**
 * The outline read line by line, for text the Markdown parser cannot take in
 * bounded time: column-0 ATX headings outside fenced code are headings (that
 * is all a chunk boundary is made of, too); any other non-blank line that is
 * not a comment is content. Lines end where the parser's do: at LF, CRLF or a
 * lone CR.
 */
export function outlineByLines(text: string): ChunkOutline {
  const outline: ChunkOutline = { headings: [], contentBefore: false };
  const frontmatter = readFrontmatterBlock(text);
  if (frontmatter) outline.frontmatter = frontmatter;
  let fence: string | null = null;
  // Stryker disable next-line EqualityOperator: one more pass would read an empty line past the end, which is neither a heading nor content.
  for (let start = frontmatter ? nextLineStart(text, frontmatter.end) : 0; start < text.length; ) {
    const end = endOfLine(text, start);
    const line = text.slice(start, end);
    if (fence) {
      // Lines in fenced code are content, but the opening fence already said so.
      if (closesFence(line, fence)) fence = null;
    } else {
      const heading = ATX_HEADING.exec(line);
      if (heading) {
        outline.headings.push({ level: (heading[1] as string).length, text: (heading[2] ?? '').trim(), start, end, contentAfter: false });
      } else if (NOT_BLANK.test(line) && !COMMENT_LINE.test(line)) {
        const last = outline.headings.at(-1);
        if (last) last.contentAfter = true;
        else outline.contentBefore = true;
      }
      fence = fenceOpening(line)?.marker ?? null;
    }
    start = nextLineStart(text, end);
  }
  return outline;
}

/**
 * One space or tab after the hashes is enough: the text is trimmed, so the
 * lazy text takes any further ones. `s`: a line holds no CR or LF, and the
 * other characters JavaScript ends a line at are text to Markdown.
 */
const ATX_HEADING = /^(#{1,6})(?:[ \t](.*?))?(?:[ \t]#+)?[ \t]*$/s;
const COMMENT_LINE = /^\s*<!--.*-->\s*$/;
/** Blank for CommonMark is spaces and tabs only (a no-break space is text). */
const NOT_BLANK = /[^ \t]/;

/** HTML comments (placeholders like `<!-- schrijf hier -->`) and link definitions are not content. */
function isContent(node: RootContent): boolean {
  if (node.type === 'html') return node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() !== '';
  return node.type !== 'definition';
}
