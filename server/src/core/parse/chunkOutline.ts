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

export function outlineChunk(parse: MarkdownParser, text: string): ChunkOutline {
  const root = parse(text);
  const outline: ChunkOutline = { headings: [], contentBefore: false };
  for (const node of root.children) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
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

/** HTML comments (placeholders like `<!-- schrijf hier -->`) and link definitions are not content. */
function isContent(node: RootContent): boolean {
  if (node.type === 'html') return node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() !== '';
  return node.type !== 'definition';
}
