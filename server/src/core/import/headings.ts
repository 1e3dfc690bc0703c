/**
 * Which lines are headings: numbered sections and subsections in sequence
 * ("1. Aanleiding", "4.1. Afstemming"), Word heading styles and automatic
 * numbers, section titles the note types know, and short lines standing
 * alone ("Bevindingen"). The numbering so far decides whether "2. …" is the
 * next section or an item of a numbered list.
 */
import { matchLabel, matchListMarker, matchNumberedHeading, plausibleHeadingTitle } from './patterns';
import { isBoldRow, standsAlone, type Row } from './rows';
import { normalizeTitle } from '../schema/keywords/sectionSpec';
import type { SourceFormat } from './source';

export interface Heading {
  depth: number;
  text: string;
  /** Rows the heading takes (a long title can wrap onto a second line). */
  rows: number;
  /** A top-level section of the note (depth 2). */
  section: boolean;
}

export class HeadingRecogniser {
  /** The last top-level section number, and the numbers of the last subsection under it. */
  private top = 0;
  // Stryker disable next-line ArrayDeclaration: read only after a section has set it
  private sub: number[] = [];
  /** The Word heading level that sections use, once one is seen. */
  private sectionStyleLevel: number | undefined;
  private seenSection = false;

  constructor(
    private readonly sectionTitles: ReadonlySet<string>,
    private readonly format: SourceFormat,
  ) {}

  /** The heading that `rows[at]` starts, or null. */
  headingAt(rows: readonly Row[], at: number): Heading | null {
    const row = rows[at];
    if (!row || !row.blockStart || row.table || !row.text) return null;
    const block = row.block;
    const text = block.number ? `${block.number} ${row.text}` : row.text;
    const numbered = matchNumberedHeading(text, (title) => this.sectionTitles.has(normalizeTitle(title)));
    const known = this.sectionTitles.has(normalizeTitle(numbered?.title ?? text));
    // Only a block's first row gets here, so a heading style is this row's.
    const styled = block.headingLevel !== undefined;
    if (block.list && !block.number && !styled) return null;

    if (numbered && (styled || this.fitsSequence(numbered.parts) || (known && numbered.parts.length === 1))) {
      if (!styled && !this.numberedLineQualifies(rows, at, numbered.parts)) return null;
      const { title, taken } = this.wrappedTitle(rows, at, text);
      this.record(numbered.parts, block.headingLevel);
      return { depth: Math.min(6, numbered.parts.length + 1), text: title, rows: taken, section: numbered.parts.length === 1 };
    }
    // A subsection number out of sequence ("3.1." under section 4) that is set apart as a heading is one still: no list item looks like it.
    if (numbered && numbered.parts.length > 1 && this.seenSection && isBoldRow(row) && standsAlone(row)) {
      return { depth: Math.min(6, numbered.parts.length + 1), text, rows: 1, section: false };
    }
    // An unnumbered known title is a section only in a note whose sections carry no numbers; among numbered ones it is a subheading.
    if (known && this.top === 0 && (styled || standsAlone(row) || isBoldRow(row)) && !matchListMarker(row.text)) {
      this.seenSection = true;
      this.sectionStyleLevel ??= block.headingLevel;
      return { depth: 2, text, rows: 1, section: true };
    }
    if (!this.seenSection) return null;
    if (styled && plausibleHeadingTitle(text)) {
      const level = block.headingLevel as number;
      const depth = this.sectionStyleLevel === undefined ? 3 : Math.max(2, Math.min(6, 2 + level - this.sectionStyleLevel));
      return { depth, text, rows: 1, section: depth === 2 };
    }
    if (this.isSubheading(rows, at)) return { depth: 3, text: row.text, rows: 1, section: false };
    return null;
  }

  /** The next section (n + 1), or the next subsection of the current section. */
  private fitsSequence(parts: readonly number[]): boolean {
    if (parts.length === 1) return parts[0] === this.top + 1;
    if (parts[0] !== this.top || this.top === 0) return false;
    const parent = parts.slice(1, -1);
    const last = parts[parts.length - 1] as number;
    if (parent.some((n, i) => n !== this.sub[i])) return false;
    // The first subsection at a level follows 0: none before it.
    const before = this.sub[parent.length] ?? 0;
    return last === before + 1;
  }

  /**
   * A numbered line without a heading style is a heading when it stands alone
   * (or opens a block of text) and is not the first of a numbered list.
   */
  private numberedLineQualifies(rows: readonly Row[], at: number, parts: readonly number[]): boolean {
    const row = rows[at] as Row;
    const previous = rows[at - 1];
    if (previous && matchLabel(previous.text)?.field === 'bijlagen') return false;
    // A Word paragraph is a block of its own: in sequence (checked before) is enough.
    if (this.format === 'docx' || standsAlone(row)) return true;
    // The row opens a block that goes on: the next row is the block's second line.
    const nextMarker = matchListMarker((rows[at + 1] as Row).text);
    return !(nextMarker?.ordered && nextMarker.number === (parts[parts.length - 1] ?? 0) + 1);
  }

  private record(parts: readonly number[], styleLevel: number | undefined): void {
    this.seenSection = true;
    if (parts.length === 1) {
      this.top = parts[0] as number;
      this.sub = [];
      // The first section's style level holds; a section without a style leaves it unknown.
      this.sectionStyleLevel ??= styleLevel;
    } else {
      this.top = parts[0] as number;
      this.sub = parts.slice(1);
    }
  }

  /** A heading's title and the wrapped line after it ("… niet openbaar gemaakt kan" / "worden"). */
  private wrappedTitle(rows: readonly Row[], at: number, text: string): { title: string; taken: number } {
    const next = rows[at + 1];
    if (this.format !== 'docx' && next && !next.blockStart && /^\p{Ll}/u.test(next.text) && next.text.split(' ').length <= 4 && !/[.:;]$/.test(next.text) && next.blockEnd) {
      return { title: `${text} ${next.text}`, taken: 2 };
    }
    return { title: text, taken: 1 };
  }

  /** "Bevindingen": a short line standing alone, not a sentence, a lead-in or a list item. */
  private isSubheading(rows: readonly Row[], at: number): boolean {
    const row = rows[at] as Row;
    // Text has only the blank lines to go by; Word and PDF set a subheading apart by its face too.
    const marked = isBoldRow(row) || row.line.spans.every((s) => s.italic || !s.text.trim());
    const alone = standsAlone(row) && (this.format === 'txt' || marked);
    if (!alone || row.block.list) return false;
    // The row's text has its white space as single spaces.
    const words = row.text.split(' ').length;
    if (words > 8 || row.text.length > 70 || !plausibleHeadingTitle(row.text) || /[?!]$/.test(row.text) || /[.!?] \p{Lu}/u.test(row.text)) return false;
    if (matchListMarker(row.text) || matchLabel(row.text)) return false;
    // Something must follow it: a heading ends nothing.
    return rows.slice(at + 1).some((r) => r.text !== '' || r.table);
  }
}
