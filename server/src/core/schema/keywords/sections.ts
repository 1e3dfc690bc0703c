/**
 * `x-nota-sections`: the required sections of a note type, their order, their
 * numbering and that they are not empty. JSON Schema cannot say "these titles,
 * in this order, numbered 1..n", so this keyword does; the titles and order
 * themselves are data in the note type's schema.
 */
import type { NoteModel, NoteSourceMap, SectionModel, TopSectionModel } from '../../model/noteModel';
import type { LineIndex, Span } from '../../text/lineIndex';
import { keywordError, type NotaKeywordError } from '../context';
import type { MessageArgs, MessageId } from '../../findings/messages';
import { matchSections, type SectionsSpec, type SectionSpecEntry } from './sectionSpec';
import { isPlaceholderSection } from '../../check/placeholders';

export const SECTIONS_KEYWORD = 'x-nota-sections';

interface Located {
  sourceMap: NoteSourceMap;
  lines: LineIndex;
}

export function checkSections(spec: SectionsSpec, model: NoteModel, where: Located): NotaKeywordError[] {
  const errors: NotaKeywordError[] = [];
  const matches = matchSections(spec, model.sections);
  const required = spec.sections.map((entry, i) => ({ entry, docIndex: matches[i] as number })).filter((r) => r.entry.required);

  const misplaced = checkOrder(required, model.sections, errors);
  checkMissing(required, model.sections, where, errors);
  checkNumbering(model.sections, where, errors);
  for (const { entry, docIndex } of required) {
    const section = model.sections[docIndex];
    if (section && !section.hasContent && !misplaced.has(docIndex)) {
      const placeholder = isPlaceholderSection(section.text, entry);
      errors.push(keywordError(SECTIONS_KEYWORD, {
        code: 'section-empty', pointer: `/sections/${docIndex}`, messageId: placeholder ? 'section-empty.placeholder' : 'section-empty', args: { title: entry.title },
        data: placeholder ? { sectionId: entry.id, title: entry.title, placeholder: true } : { sectionId: entry.id, title: entry.title },
      }));
    }
  }
  return errors;
}

/**
 * Keeps the longest run of required sections that is in order and reports the
 * others, so moving one section reports that section only. Among equally long
 * runs the later sections are kept: of two swapped sections, the one that
 * stands before the one that should precede it is reported.
 */
function checkOrder(required: { entry: SectionSpecEntry; docIndex: number }[], sections: TopSectionModel[], errors: NotaKeywordError[]): Set<number> {
  const present = required.map((r, order) => ({ ...r, order })).filter((r) => r.docIndex >= 0).sort((a, b) => a.docIndex - b.docIndex);
  const length = present.map(() => 1);
  for (let i = 0; i < present.length; i++) {
    // Stryker disable next-line EqualityOperator: a section compared with itself does not precede itself
    for (let j = 0; j < i; j++) {
      // Stryker disable next-line EqualityOperator: no two sections share a place in the order
      if ((present[j] as { order: number }).order < (present[i] as { order: number }).order) length[i] = Math.max(length[i] as number, (length[j] as number) + 1);
    }
  }
  const keep = new Set<number>();
  // From the end, the last section of each length in turn: it always belongs before the one kept after it
  // (one that came after the right predecessor and ranked above it would have a greater length).
  let want = Math.max(0, ...length);
  for (const i of [...present.keys()].reverse()) {
    if (length[i] === want) {
      keep.add(i);
      want--;
    }
  }
  const misplaced = new Set<number>();
  present.forEach((item, i) => {
    if (keep.has(i)) return;
    misplaced.add(item.docIndex);
    // Stryker disable next-line EqualityOperator: the item itself is not kept, and no two sections share a place in the order
    const laterEarlier = present.find((other, k) => keep.has(k) && other.docIndex > item.docIndex && other.order < item.order);
    const title = (sections[item.docIndex] as SectionModel).title;
    // Without a kept section after it that belongs before it, a kept section before it belongs after it (else
    // the run could take it in): the first kept section that belongs after it, which therefore stands before it.
    const earlierLater = () => present.find((other, k) => keep.has(k) && other.order > item.order) as { docIndex: number };
    const args: Record<string, string> = laterEarlier
      ? { title, shouldPrecede: (sections[laterEarlier.docIndex] as SectionModel).title }
      : { title, shouldFollow: (sections[earlierLater().docIndex] as SectionModel).title };
    errors.push(keywordError(SECTIONS_KEYWORD, {
      code: 'section-order', pointer: `/sections/${item.docIndex}`,
      messageId: laterEarlier ? 'section-order' : 'section-order.after', args,
      data: { sectionId: item.entry.id, title: item.entry.title },
    }));
  });
  return misplaced;
}

/**
 * A missing section belongs before the first present required section that
 * follows it in the note type's order (or at the end). Its number counts the
 * sections before that spot and the other missing ones that go there first.
 * The finding stands where the section would be inserted, between the
 * sections it belongs between, so that neither of them looks wrong (in the
 * editor, the Problems panel and the outline), and its message names them.
 */
function checkMissing(required: { entry: SectionSpecEntry; docIndex: number }[], sections: TopSectionModel[], where: Located, errors: NotaKeywordError[]): void {
  const { sourceMap, lines } = where;
  const placements = required.map((item, order) => {
    if (item.docIndex >= 0) return null;
    const following = required.slice(order + 1).filter((r) => r.docIndex >= 0).map((r) => r.docIndex);
    const beforeIndex = following.length ? Math.min(...following) : sections.length;
    return { item, order, beforeIndex };
  });
  for (const placement of placements) {
    if (!placement) continue;
    const { item, beforeIndex } = placement;
    // Every missing section earlier in the order goes in at this spot or before it: its following sections include this one's.
    const missingBefore = placements.filter((p) => p && p.order < placement.order).length;
    const number = beforeIndex + missingBefore + 1;
    const insertOffset = beforeIndex < sections.length ? (sourceMap.spans.get(`/sections/${beforeIndex}`) as Span).start : sourceMap.textLength;
    const after = beforeIndex > 0 ? headingText(sections[beforeIndex - 1] as SectionModel) : null;
    const before = beforeIndex < sections.length ? headingText(sections[beforeIndex] as SectionModel) : null;
    const messageId = after !== null && before !== null ? 'section-missing.between' : before !== null ? 'section-missing.before' : after !== null ? 'section-missing.after' : 'section-missing';
    errors.push(keywordError(SECTIONS_KEYWORD, {
      code: 'section-missing', span: gapAt(insertOffset, lines),
      // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: the span places this finding; the pointer is read only without one
      pointer: beforeIndex < sections.length ? `/sections/${beforeIndex}` : '',
      messageId, args: { title: item.entry.title, number, ...(after === null ? {} : { after }), ...(before === null ? {} : { before }) },
      data: {
        sectionId: item.entry.id, title: item.entry.title, number: String(number),
        insertAt: lines.positionAt(insertOffset), beforeSection: beforeIndex < sections.length ? beforeIndex : null,
      },
    }));
  }
}

/** A heading as the note has it: "2. Geadviseerd besluit". */
function headingText(section: SectionModel): string {
  return section.number === null ? section.title : `${section.number}. ${section.title}`;
}

/**
 * An empty span where a section would be inserted at `offset` (the start of
 * a heading's line, or the end of the note): on the blank line just above,
 * when there is one, so that the editor marks the gap between two sections
 * (an empty range is drawn one character wide), and no section's range,
 * which ends at its text or on that line, holds it.
 */
function gapAt(offset: number, lines: LineIndex): Span {
  const { line, character } = lines.positionAt(offset);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: on the first line the offset is 0, and so is the end of the line "above" (lineEnd(-1))
  if (character === 0 && line > 0 && lines.isBlankLine(line - 1)) {
    const end = lines.lineEnd(line - 1);
    return { start: end, end };
  }
  return { start: offset, end: offset };
}

function checkNumbering(sections: TopSectionModel[], where: Located, errors: NotaKeywordError[]): void {
  let previous = 0;
  sections.forEach((section, i) => {
    const pointer = `/sections/${i}`;
    const expected = String(previous + 1);
    const written = section.number;
    const whole = written !== null && /^\d+$/.test(written) ? Number(written) : null;
    if (whole !== previous + 1) numberingError(errors, pointer, section, expected, null, where);
    previous = whole ?? previous + 1;
    checkSubNumbering(section.subsections, written ?? expected, pointer, where, errors);
  });
}

function checkSubNumbering(subsections: SectionModel[], parentNumber: string, parentPointer: string, where: Located, errors: NotaKeywordError[]): void {
  let previous = 0;
  subsections.forEach((sub, i) => {
    const pointer = `${parentPointer}/subsections/${i}`;
    // Unnumbered subheadings ("### Bevindingen") take no part in numbering.
    if (sub.number === null) return;
    const expected = `${parentNumber}.${previous + 1}`;
    const prefix = `${parentNumber}.`;
    const last = Number(sub.number.split('.').at(-1));
    const parentOk = sub.number.startsWith(prefix) && sub.number.split('.').length === parentNumber.split('.').length + 1;
    if (!parentOk) numberingError(errors, pointer, sub, expected, parentNumber, where);
    else if (last !== previous + 1) numberingError(errors, pointer, sub, expected, null, where);
    previous = parentOk ? last : previous + 1;
    checkSubNumbering(sub.subsections, sub.number, pointer, where, errors);
  });
}

function numberingError(errors: NotaKeywordError[], pointer: string, section: SectionModel, expected: string, parent: string | null, where: Located): void {
  const numberSpan = where.sourceMap.numberSpans.get(pointer);
  const { title, number: actual } = section;
  const message: { messageId: MessageId; args: MessageArgs } = actual === null
    ? { messageId: 'section-numbering.unnumbered', args: { title, expected } }
    : parent ? { messageId: 'section-numbering.parent', args: { actual, expected, parent } } : { messageId: 'section-numbering', args: { actual, expected } };
  errors.push(keywordError(SECTIONS_KEYWORD, {
    code: 'section-numbering', pointer, ...message,
    data: { expected, actual, numberRange: numberSpan ? where.lines.rangeOf(numberSpan) : null },
  }));
}
