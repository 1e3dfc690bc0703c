/**
 * Renumbering: the edits that make section numbers 1, 2, 3… and subsection
 * numbers N.1, N.2… again. Only numbers change; every other character of the
 * author's text stays where it is.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { NoteContext } from './noteContext';
import type { SectionModel } from '../model/noteModel';
import { editAt } from './textEdits';

export interface RenumberOptions {
  /** Renumber only sections from this index on (the others keep their numbers). */
  fromSection?: number;
  /** A new section will be inserted before this index: later sections move up by one. */
  insertBefore?: number;
}

export function renumberEdits(context: NoteContext, options: RenumberOptions = {}): TextEdit[] {
  const { model, sourceMap, parsed } = context;
  const edits: TextEdit[] = [];
  const from = options.fromSection ?? 0;
  model.sections.forEach((section, index) => {
    if (index < from) return;
    const shift = options.insertBefore !== undefined && index >= options.insertBefore ? 1 : 0;
    const wanted = String(index + 1 + shift);
    const pointer = `/sections/${index}`;
    const numberSpan = sourceMap.numberSpans.get(pointer);
    if (numberSpan) {
      if (section.number !== wanted) edits.push(editAt(parsed.lines, numberSpan, wanted));
    } else if (section.number === null) {
      const heading = sourceMap.spans.get(pointer);
      const marker = heading ? /^ {0,3}#{1,6}[ \t]+/.exec(parsed.text.slice(heading.start, heading.end)) : null;
      // Setext headings have no place for a number that would stay a heading; leave them.
      if (heading && marker) edits.push(editAt(parsed.lines, { start: heading.start + marker[0].length, end: heading.start + marker[0].length }, `${wanted}. `));
    }
    renumberSubsections(section.subsections, wanted, pointer, context, edits);
  });
  return edits;
}

function renumberSubsections(subsections: SectionModel[], parent: string, parentPointer: string, context: NoteContext, edits: TextEdit[]): void {
  let count = 0;
  subsections.forEach((sub, index) => {
    const pointer = `${parentPointer}/subsections/${index}`;
    if (sub.number === null) return; // unnumbered subheadings take no part
    count++;
    const wanted = `${parent}.${count}`;
    const numberSpan = context.sourceMap.numberSpans.get(pointer);
    if (numberSpan && sub.number !== wanted) edits.push(editAt(context.parsed.lines, numberSpan, wanted));
    renumberSubsections(sub.subsections, wanted, pointer, context, edits);
  });
}
