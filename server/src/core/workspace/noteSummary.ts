/**
 * What the workspace needs to know about one note without reading it again:
 * its type, subject, date, reference ("Onze referentie") and how many findings
 * it has. Plain data, so it can be kept in the index, sent to the notes view
 * and passed between threads.
 */
import type { AnySchemaObject } from 'ajv';
import type { Range } from '../text/lineIndex';
import type { Finding } from '../findings/finding';
import type { NoteContext } from '../features/noteContext';
import { frontmatterSchemaOf } from '../check/checkNote';
import { DATE_KEYWORD } from '../schema/keywords/dateKeyword';
import { FINDING_KEYWORD } from '../schema/noteTypes';
import { formatIsoDate, parseNoteDate } from '../domain/dutchDate';

export interface FindingCounts {
  errors: number;
  warnings: number;
  information: number;
}

export interface NoteSummary {
  uri: string;
  /** The note type's name (`beslisnota`) and title (`Beslisnota`). */
  type: string;
  typeTitle: string;
  /** `onderwerp`, else the title heading. */
  subject?: string;
  /** The date as written, and as YYYY-MM-DD when it is a real date (for sorting). */
  date?: string;
  dateIso?: string;
  /** The reference value (trimmed) and where it stands. */
  reference?: { value: string; range: Range };
  /** The note's own findings, without those across notes. */
  counts: FindingCounts;
}

/** The field a note type uses as its reference: marked `"x-nota-finding": "reference-invalid"`, else `referentie`. */
const DEFAULT_REFERENCE_FIELD = 'referentie';
const DEFAULT_SUBJECT_FIELD = 'onderwerp';

export function summarizeNote(context: Pick<NoteContext, 'uri' | 'type' | 'model' | 'sourceMap' | 'parsed'>, findings: readonly Finding[]): NoteSummary {
  const { type, model, sourceMap, parsed } = context;
  const frontmatter = model.frontmatter ?? {};
  const properties = (frontmatterSchemaOf(type)?.properties ?? {}) as Record<string, AnySchemaObject>;
  const fieldWith = (test: (property: AnySchemaObject) => boolean) => Object.keys(properties).find((key) => test(properties[key] as AnySchemaObject));

  const summary: NoteSummary = { uri: context.uri, type: type.name, typeTitle: type.title, counts: countFindings(findings) };
  // The title comes from a heading's text, which the parser has trimmed already.
  const subject = text(frontmatter[DEFAULT_SUBJECT_FIELD]) ?? model.title;
  if (subject) summary.subject = subject;

  const dateField = fieldWith((p) => p[DATE_KEYWORD] === true);
  const date = dateField ? text(frontmatter[dateField]) : undefined;
  if (date) {
    summary.date = date;
    const calendar = parseNoteDate(date);
    if (calendar) summary.dateIso = formatIsoDate(calendar);
  }

  const referenceField = fieldWith((p) => p[FINDING_KEYWORD] === 'reference-invalid') ?? DEFAULT_REFERENCE_FIELD;
  const reference = text(frontmatter[referenceField]);
  const span = sourceMap.spans.get(`/frontmatter/${referenceField}`);
  if (reference && span) summary.reference = { value: reference, range: parsed.lines.rangeOf(span) };
  return summary;
}

export function countFindings(findings: readonly Pick<Finding, 'severity'>[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, information: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.information++;
  }
  return counts;
}

/** A scalar frontmatter value as trimmed text, or undefined when there is none. */
function text(value: unknown): string | undefined {
  // Number.isFinite is true for real numbers only: not for text, NaN or .inf.
  if (Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
