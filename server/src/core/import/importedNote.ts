/**
 * What an import produces: the note's frontmatter values and body (mdast),
 * and a report of what was recognised, what was dropped as page furniture
 * and what could not be placed (and so went into the body as text).
 */
import type { Root } from 'mdast';
import type { Sender } from './header';
import type { DroppedText, SourceFormat } from './source';

export interface ImportedFrontmatter {
  type: string;
  onderwerp?: string;
  aan?: string[];
  datum?: string;
  referentie?: string;
  /** A count, or the value as written when it is none (the checker then says so). */
  bijlagen?: number | string;
  afzender?: Sender;
  'kopie-aan'?: string[];
}

/** Why the note got its type. */
export type TypeReason = 'word' | 'advised-decision' | 'no-advised-decision';

export interface ImportReport {
  format: SourceFormat;
  type: string;
  typeReason: TypeReason;
  /** The type word as the source wrote it ("nota"), if any. */
  typeWord?: string;
  /** Frontmatter keys that got a value, in frontmatter order. */
  fields: string[];
  sections: number;
  subsections: number;
  /** Unnumbered subheadings such as "Bevindingen". */
  subheadings: number;
  lists: number;
  tables: number;
  dropped: DroppedText[];
  /** Text of the head that fits no field, put into the body before the first section. */
  unplaced: string[];
  /** The date as written and as the note has it, when it was rewritten in an accepted form. */
  dateRewritten?: { written: string; value: string };
  /** No section heading was found: the whole text is body. */
  noSections: boolean;
}

export interface ImportedNote {
  frontmatter: ImportedFrontmatter;
  body: Root;
  report: ImportReport;
}
