/**
 * Builds the page description of a note (notePage.ts) from its model. Which
 * frontmatter field fills which part of the page is the note type's to say
 * (`x-nota-page` in its schema, see docs/schema-keywords.md); the defaults
 * are the fields of the built-in types.
 */
import type { NoteContext } from '../features/noteContext';
import type { Finding } from '../findings/finding';
import { formatDutchDate, parseNoteDate } from '../domain/dutchDate';
import type { Span } from '../text/lineIndex';
import { escapePointerToken } from '../model/jsonPointer';
import { bodyBlocks } from './bodyBlocks';
import { PAGE_KEYWORD } from '../schema/noteTypes';
import type { ColumnField, NotePage } from './notePage';

/** Which frontmatter field holds each part of the page. */
export interface PageFields {
  documentWord: string;
  subject: string;
  addressees: string;
  date: string;
  reference: string;
  attachments: string;
  sender: string;
}

export const DEFAULT_PAGE_FIELDS: PageFields = {
  documentWord: 'nota',
  subject: 'onderwerp',
  addressees: 'aan',
  date: 'datum',
  reference: 'referentie',
  attachments: 'bijlagen',
  sender: 'afzender',
};

/** The house style's labels: part of the document, so Dutch whatever the editor's language. */
const LABELS = { date: 'Datum', reference: 'Onze referentie', attachments: 'Bijlage(n)', image: 'afbeelding' };

/** The labels of the right-hand column's fields. */
export const COLUMN_LABELS = { date: LABELS.date, reference: LABELS.reference, attachments: LABELS.attachments } as const;

export interface PageRequest {
  /** Exported despite errors: every page is marked as a draft. */
  concept?: boolean;
}

export function pageFieldsOf(schema: Record<string, unknown>): PageFields {
  // Only a mapping names fields: the entries of a text or a list are indexes, which name none; a number or yes/no has none.
  const spec = (schema[PAGE_KEYWORD] ?? {}) as object;
  const given = Object.fromEntries(Object.entries(spec).filter(([key, value]) => Object.hasOwn(DEFAULT_PAGE_FIELDS, key) && typeof value === 'string' && value.trim()));
  return { ...DEFAULT_PAGE_FIELDS, ...given };
}

/** The whole page: the frame and the body. */
export function describePage(context: NoteContext, findings: readonly Finding[], request: PageRequest = {}): NotePage {
  return { ...describeFrame(context, findings, request), body: bodyBlocks(context.text, { image: LABELS.image }) };
}

/**
 * Everything on the page but the body: what the live preview needs on every
 * keystroke (it renders the body itself, chunk by chunk, from the same Markdown).
 */
export function describeFrame(context: NoteContext, findings: readonly Finding[], request: PageRequest = {}): Omit<NotePage, 'body'> {
  const fields = pageFieldsOf(context.type.schema);
  const frontmatter = context.model.frontmatter ?? {};
  // A sender that is no mapping (a text, a list) has none of its parts: they are read as absent.
  const sender = (frontmatter[fields.sender] ?? {}) as Record<string, unknown>;
  const flaggedSpans = findings.map((f) => ({ start: context.parsed.lines.offsetAt(f.range.start), end: context.parsed.lines.offsetAt(f.range.end) }));
  const flagged = (field: string) => {
    const span = context.sourceMap.spans.get(`/frontmatter/${escapePointerToken(field)}`);
    return !!span && flaggedSpans.some((f) => overlaps(f, span));
  };

  const columnFields: ColumnField[] = [];
  const date = scalar(frontmatter[fields.date]);
  if (date !== undefined) {
    const parsed = parseNoteDate(date);
    columnFields.push(field(LABELS.date, parsed ? formatDutchDate(parsed) : date, flagged(fields.date)));
  }
  const reference = scalar(frontmatter[fields.reference]);
  if (reference !== undefined) columnFields.push(field(LABELS.reference, reference, flagged(fields.reference)));
  const attachments = scalar(frontmatter[fields.attachments]);
  if (attachments !== undefined) columnFields.push(field(LABELS.attachments, attachments, flagged(fields.attachments)));

  const organisation = textLines(sender.organisatie);
  const units = textLines(sender.onderdeel);
  const subject = scalar(frontmatter[fields.subject]) ?? '';
  return {
    language: 'nl-NL',
    title: subject.trim() || context.type.title,
    // pageFieldsOf takes only a documentWord with text in it; it is set without the spaces around it.
    documentWord: fields.documentWord.trim(),
    subject: subject.trim(),
    addressees: textLines(frontmatter[fields.addressees]),
    column: {
      organisation,
      units,
      // An address written on one line ("Turfmarkt 147, 2511 DP Den Haag") is set as street and town.
      visitingAddress: textLines(sender.bezoekadres).flatMap(splitAddress),
      postalAddress: textLines(sender.postadres).flatMap(splitAddress),
      fields: columnFields,
    },
    runningHeader: {
      organisation,
      units,
      fields: columnFields.filter((f) => f.label !== LABELS.attachments).map(({ label, value }) => ({ label, value })),
    },
    concept: request.concept === true,
  };
}

function field(label: string, value: string, isFlagged: boolean): ColumnField {
  return isFlagged ? { label, value, flagged: true } : { label, value };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start >= b.start && a.start <= b.end);
}

/**
 * A scalar frontmatter value as the author wrote it; undefined when absent or
 * not a scalar. (YAML's core schema reads no dates: 2026-03-19 stays text.)
 */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A value or a list of values, as non-empty lines of text. */
function textLines(value: unknown): string[] {
  // An absent value (undefined, null) is no scalar: it gives an empty line, which is left out.
  const values = Array.isArray(value) ? value : [value];
  return values.map((v) => scalar(v) ?? '').map((v) => v.trim()).filter(Boolean);
}

function splitAddress(line: string): string[] {
  return line.split(/,\s*/).map((part) => part.trim()).filter(Boolean);
}
