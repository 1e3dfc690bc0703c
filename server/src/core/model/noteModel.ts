/**
 * The note as JSON, for the schema to validate: frontmatter values, the
 * numbered sections with their subsections, and the portfolio holders each
 * section names. Beside it a source map from each JSON pointer back to a span
 * of the text, so every schema error lands on the exact spot.
 */
import type { Span } from '../text/lineIndex';
import type { ParsedNote, Heading } from '../parse/parseNote';
import type { PortfolioRegistry } from '../domain/portfolioRegistry';
import type { PortfolioHints } from '../domain/portfolioHints';

export interface MentionModel {
  text: string;
  /** The registry's id of the holder, or null when the registry does not know it. */
  holder: string | null;
  /** The portfolio after the title's dash ("Fiscaliteit, Belastingdienst en Douane"), when the text gives one. */
  portfolio?: string;
}

export interface SectionModel {
  number: string | null;
  title: string;
  level: number;
  hasContent: boolean;
  subsections: SectionModel[];
}

export interface TopSectionModel extends SectionModel {
  mentions: MentionModel[];
  /** The section's source text after its heading, for checks that search it. */
  text: string;
}

export interface NoteModel {
  frontmatter?: Record<string, unknown>;
  title?: string;
  sections: TopSectionModel[];
}

export interface NoteSourceMap {
  /** JSON pointer -> span: a frontmatter value, a section heading, a mention. */
  spans: Map<string, Span>;
  /** JSON pointer -> span of the frontmatter key that holds the value. */
  keySpans: Map<string, Span>;
  /** JSON pointer of a heading -> span of its number. */
  numberSpans: Map<string, Span>;
  /** Per top-level section: the offset where its content ends (the next section's heading, or the end). */
  sectionEnds: number[];
  frontmatterOpenLine?: Span;
  frontmatterCloseLine?: Span;
  titleSpan?: Span;
  bodyStart: number;
  textLength: number;
}

export interface NoteModelWithMap {
  model: NoteModel;
  sourceMap: NoteSourceMap;
  /** The portfolios the mentions were read with, for features that read titles in the same way. */
  hints?: PortfolioHints;
}

/** Level of the headings that make sections (`## 1. Aanleiding`). */
export const SECTION_LEVEL = 2;

/**
 * `hints`: portfolios to recognise after a title's dash beyond those the
 * registry lists (the note's own addressees'), see PortfolioHints.
 */
export function buildNoteModel(parsed: ParsedNote, registry: PortfolioRegistry, hints?: PortfolioHints): NoteModelWithMap {
  const sourceMap: NoteSourceMap = {
    spans: new Map(),
    keySpans: new Map(),
    numberSpans: new Map(),
    sectionEnds: [],
    bodyStart: parsed.bodyStart,
    textLength: parsed.text.length,
  };
  const model: NoteModel = { sections: [] };

  const { frontmatter } = parsed;
  sourceMap.frontmatterOpenLine = frontmatter.openLine;
  sourceMap.frontmatterCloseLine = frontmatter.closeLine;
  // The YAML has a value only when it was read without an issue (the status is then 'ok').
  if (frontmatter.yaml?.value) {
    model.frontmatter = frontmatter.yaml.value;
    for (const [pointer, span] of frontmatter.yaml.valueSpans) sourceMap.spans.set(`/frontmatter${pointer}`, span);
    for (const [pointer, span] of frontmatter.yaml.keySpans) sourceMap.keySpans.set(`/frontmatter${pointer}`, span);
  }

  // A heading without a title ("## ", "## 3." while it is being typed) is not
  // a section yet: it must not renumber the others or report a missing one.
  // Every reader of headings gives their text trimmed.
  const headings = parsed.headings.filter((heading) => heading.title !== '');
  let index = 0;
  // The title is a level-1 heading before the first section.
  for (; index < headings.length && (headings[index] as Heading).level !== SECTION_LEVEL; index++) {
    const heading = headings[index] as Heading;
    if (heading.level === 1 && model.title === undefined) {
      model.title = heading.text;
      sourceMap.titleSpan = heading.span;
    }
  }

  while (index < headings.length) {
    const heading = headings[index] as Heading;
    if (heading.level !== SECTION_LEVEL) {
      index++;
      continue;
    }
    const pointer = `/sections/${model.sections.length}`;
    let next = index + 1;
    while (next < headings.length && (headings[next] as Heading).level > SECTION_LEVEL) next++;
    const end = next < headings.length ? (headings[next] as Heading).span.start : parsed.text.length;
    const subsections = nestHeadings(headings.slice(index + 1, next), pointer, sourceMap);
    const text = parsed.text.slice(heading.span.end, end);
    const mentions = registry.findMentions(text, hints).map((mention, k): MentionModel => {
      sourceMap.spans.set(`${pointer}/mentions/${k}`, { start: heading.span.end + mention.start, end: heading.span.end + mention.end });
      return mention.portfolio === undefined ? { text: mention.text, holder: mention.holderId } : { text: mention.text, holder: mention.holderId, portfolio: mention.portfolio };
    });
    const section: TopSectionModel = {
      number: heading.number,
      title: heading.title,
      level: heading.level,
      hasContent: heading.contentAfter || subsections.some((s) => s.hasContent),
      subsections,
      mentions,
      text,
    };
    recordHeading(pointer, heading, sourceMap);
    model.sections.push(section);
    sourceMap.sectionEnds.push(end);
    index = next;
  }
  return { model, sourceMap, hints };
}

function recordHeading(pointer: string, heading: Heading, sourceMap: NoteSourceMap): void {
  sourceMap.spans.set(pointer, heading.span);
  if (heading.numberSpan) sourceMap.numberSpans.set(pointer, heading.numberSpan);
}

/** Turns a flat run of deeper headings into a tree by level. */
function nestHeadings(headings: Heading[], parentPointer: string, sourceMap: NoteSourceMap): SectionModel[] {
  const result: SectionModel[] = [];
  let index = 0;
  while (index < headings.length) {
    const heading = headings[index] as Heading;
    let next = index + 1;
    while (next < headings.length && (headings[next] as Heading).level > heading.level) next++;
    const pointer = `${parentPointer}/subsections/${result.length}`;
    const subsections = nestHeadings(headings.slice(index + 1, next), pointer, sourceMap);
    recordHeading(pointer, heading, sourceMap);
    result.push({
      number: heading.number,
      title: heading.title,
      level: heading.level,
      hasContent: heading.contentAfter || subsections.some((s) => s.hasContent),
      subsections,
    });
    index = next;
  }
  return result;
}
