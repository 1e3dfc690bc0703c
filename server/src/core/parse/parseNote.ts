/**
 * Parses a note's text into what the checks need: the frontmatter (with
 * source spans) and the outline of headings. Plain sections are read from
 * their lines (plainSection.ts); the rest go to remark-parse in runs, and a
 * NoteParser remembers the runs of the previous text it parsed, so parsing the
 * next version of the same document only re-parses the runs that changed.
 */
import { LineIndex, nextLineStart, type Span } from '../text/lineIndex';
import { MIN_CHUNK_CHARS, splitIntoChunks } from './chunks';
import { outlineChunk, sharedMarkdownParser, type ChunkOutline, type MarkdownParser } from './chunkOutline';
import { parseFrontmatterYaml, type FrontmatterYaml } from './frontmatterYaml';
import { outlinePlainSection } from './plainSection';

export interface Heading {
  level: number;
  text: string;
  span: Span;
  contentAfter: boolean;
  /** The section number written at the start of the heading ("4.1"), if any. */
  number: string | null;
  /** The heading text after the number. */
  title: string;
  /** Where the number stands in the source, for fixes that renumber. */
  numberSpan: Span | null;
}

export type FrontmatterStatus = 'ok' | 'missing' | 'unclosed' | 'invalid';

export interface FrontmatterInfo {
  status: FrontmatterStatus;
  /** The whole block, fences included. */
  block?: Span;
  openLine?: Span;
  closeLine?: Span;
  yaml?: FrontmatterYaml;
}

export interface ParsedNote {
  text: string;
  lines: LineIndex;
  frontmatter: FrontmatterInfo;
  headings: Heading[];
  /** Offset where the body starts: after the frontmatter block, or 0. */
  bodyStart: number;
}

const NUMBERED_TITLE = /^(\d{1,3}(?:\.\d{1,3})*)(?:\.[ \t]*|[ \t]+|$)/;
/** Read in a heading's line: the number in the source, after the indentation and the hashes. */
const NUMBER_IN_SOURCE = /^[ \t]{0,3}(?:#{1,6}[ \t]+)?(\d{1,3}(?:\.\d{1,3})*)/;

export class NoteParser {
  private chunkCache = new Map<string, ChunkOutline>();
  private yamlCache: { source: string; offset: number; result: FrontmatterYaml } | null = null;

  /**
   * @param minChunk sections that go to the Markdown parser are parsed in runs
   *   of at least this many characters, as each parser call has a fixed cost.
   * @param readPlainSections read plain sections from their lines (see
   *   plainSection.ts); off, every section goes to the parser.
   */
  constructor(
    private readonly markdown: MarkdownParser = sharedMarkdownParser(),
    private readonly minChunk = MIN_CHUNK_CHARS,
    private readonly readPlainSections = true,
  ) {}

  parse(text: string): ParsedNote {
    const lines = new LineIndex(text);
    const bodyFrom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const nextCache = new Map<string, ChunkOutline>();
    const headings: Heading[] = [];
    let frontmatterNode: ChunkOutline['frontmatter'] & { base: number } | undefined;

    const take = (outline: ChunkOutline, base: number) => {
      // Only the first section can open with frontmatter: every other one starts at a heading.
      if (outline.frontmatter) frontmatterNode = { ...outline.frontmatter, base };
      for (const heading of outline.headings) {
        headings.push(toHeading(text, heading.level, heading.text, base + heading.start, base + heading.end, heading.contentAfter));
      }
    };
    // Sections the lines do not settle, gathered into one run for the parser.
    let runStart = -1;
    // Set whenever a run starts.
    let runEnd = 0;
    const parseRun = () => {
      if (runStart < 0) return;
      const runText = text.slice(runStart, runEnd);
      const outline = nextCache.get(runText) ?? this.chunkCache.get(runText) ?? outlineChunk(this.markdown, runText);
      nextCache.set(runText, outline);
      take(outline, runStart);
      runStart = -1;
    };

    const whole = linksMayCrossSections(text);
    const readPlain = this.readPlainSections && !whole;
    const minChunk = whole ? Infinity : this.minChunk;
    for (const section of splitIntoChunks(text, bodyFrom, readPlain ? 0 : minChunk)) {
      const plain = readPlain ? outlinePlainSection(text.slice(section.start, section.end)) : null;
      if (plain) {
        parseRun();
        take(plain, section.start);
        continue;
      }
      // The parser drops one byte order mark at the start of its text: it is given the note's own, so a second one stays text.
      if (runStart < 0) runStart = section.start === bodyFrom ? 0 : section.start;
      runEnd = section.end;
      if (runEnd - runStart >= minChunk) parseRun();
    }
    parseRun();
    this.chunkCache = nextCache;

    const frontmatter = this.readFrontmatter(text, lines, bodyFrom, frontmatterNode);
    return { text, lines, frontmatter, headings, bodyStart: frontmatter.block?.end ?? bodyFrom };
  }

  private readFrontmatter(
    text: string,
    lines: LineIndex,
    from: number,
    node: (ChunkOutline['frontmatter'] & { base: number }) | undefined,
  ): FrontmatterInfo {
    if (!node) {
      const firstLine = lines.lineSpanAt(from);
      const opensFrontmatter = /^---[ \t]*$/.test(text.slice(from, firstLine.end));
      return opensFrontmatter ? { status: 'unclosed', openLine: { start: from, end: firstLine.end } } : { status: 'missing' };
    }
    const block = { start: node.base + node.start, end: node.base + node.end };
    const openLine = { start: block.start, end: lines.lineSpanAt(block.start).end };
    const closeLine = lines.lineSpanAt(Math.max(block.start, block.end - 1));
    const contentStart = nextLineStart(text, openLine.end);
    const source = node.value;
    let yaml: FrontmatterYaml;
    if (this.yamlCache && this.yamlCache.source === source && this.yamlCache.offset === contentStart) {
      yaml = this.yamlCache.result;
    } else {
      yaml = parseFrontmatterYaml(text.slice(contentStart, closeLine.start), contentStart);
      this.yamlCache = { source, offset: contentStart, result: yaml };
    }
    return { status: yaml.issue ? 'invalid' : 'ok', block, openLine, closeLine, yaml };
  }
}

/**
 * A heading's text can hold a reference link (`## [Wet] en praktijk`) whose
 * definition stands anywhere in the note, so read apart the sections could
 * disagree with the note read whole. When a note has something like a
 * definition (`]:`) and a `[` where a heading may be, it is parsed in one
 * piece: slower, for the rare note that has both, never different.
 */
function linksMayCrossSections(text: string): boolean {
  if (!text.includes(']:')) return false;
  return /^ {0,3}#{1,6}[ \t][^\n\r]*\[/m.test(text) || (text.includes('[') && /^ {0,3}(?:=+|-+)[ \t]*$/m.test(text));
}

function toHeading(text: string, level: number, plain: string, start: number, end: number, contentAfter: boolean): Heading {
  const numbered = NUMBERED_TITLE.exec(plain);
  let numberSpan: Span | null = null;
  if (numbered) {
    const inSource = NUMBER_IN_SOURCE.exec(text.slice(start, end));
    if (inSource && inSource[1] === numbered[1]) {
      const numberStart = start + inSource[0].length - (inSource[1] as string).length;
      numberSpan = { start: numberStart, end: numberStart + (inSource[1] as string).length };
    }
  }
  return {
    level,
    text: plain,
    span: { start, end },
    contentAfter,
    number: numbered ? (numbered[1] as string) : null,
    title: numbered ? plain.slice(numbered[0].length).trim() : plain,
    numberSpan,
  };
}

/** Parses without reusing anything: what a one-off check (the CLI) wants. */
export function parseNote(text: string, markdown?: MarkdownParser): ParsedNote {
  return new NoteParser(markdown).parse(text);
}
