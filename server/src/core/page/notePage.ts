/**
 * The one description of a note's page, built in the core from the note
 * model and read by every writer: the house-style preview (HTML), Word
 * (.docx) and PDF. It says what stands where on the printed note (the
 * addressees top left, the right-hand column, the document word, the
 * subject, the body, the running header of later pages), never how a format
 * draws it. Writers are functions from this description to their bytes.
 */

export interface NotePage {
  /** BCP 47 tag of the document's language (the writers' metadata and tags). */
  language: string;
  /** The document title: the subject, or the note type's title when there is none. */
  title: string;
  /** The word set large on page 1: "nota", "informatienota", … */
  documentWord: string;
  subject: string;
  addressees: string[];
  column: PageColumn;
  body: Block[];
  /** What later pages repeat in their right-hand column. */
  runningHeader: RunningHeader;
  /** Exported despite errors: every page is marked as a draft. */
  concept: boolean;
}

export interface PageColumn {
  /** The sending organisation, one line each (set in bold). */
  organisation: string[];
  /** Its units, from large to small. */
  units: string[];
  visitingAddress: string[];
  postalAddress: string[];
  /** Datum, Onze referentie, Bijlage(n): each a label with its value below it. */
  fields: ColumnField[];
}

export interface ColumnField {
  label: string;
  value: string;
  /** The value has a finding (an invalid date, say): the preview marks it. */
  flagged?: boolean;
}

export interface RunningHeader {
  organisation: string[];
  units: string[];
  fields: ColumnField[];
}

/** Inline content: text with its marks, and line breaks. */
export type Inline =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean; strike?: boolean; code?: boolean; link?: string }
  | { kind: 'break' };

export type Block =
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][]; align: ('left' | 'center' | 'right' | null)[] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

export interface ListItem {
  /** A task list item's box: checked, unchecked, or not a task. */
  checked: boolean | null;
  blocks: Block[];
}

/** The text of inline content, as a reader would say it. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((inline) => (inline.kind === 'text' ? inline.text : '\n')).join('');
}
