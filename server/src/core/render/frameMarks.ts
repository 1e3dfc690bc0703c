/**
 * Which parts of the page's frame (the metadata: addressees, subject, the
 * column) carry a finding, for the preview to mark them as it marks a
 * missing section: the value with its finding (the worst, if several), or a
 * marked empty slot for a required value that is missing. The writers do not
 * draw marks; the preview does.
 */
import type { NoteContext } from '../features/noteContext';
import type { Finding } from '../findings/finding';
import type { Severity } from '../findings/codes';
import { escapePointerToken } from '../model/jsonPointer';
import { COLUMN_LABELS, pageFieldsOf } from '../page/describePage';

export interface FrameMarks {
  subject?: Finding;
  /** By index in the frontmatter list (0 for a single value written without a list). */
  addressees: Map<number, Finding>;
  /** By the column's label (Datum, Onze referentie, Bijlage(n)). */
  column: Map<string, Finding>;
  /** Required values that are missing: where the page would show them. */
  missing: { subject?: Finding; addressees?: Finding; column: { label: string; finding: Finding }[] };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2 };

export function frameMarks(context: NoteContext, findings: readonly Finding[]): FrameMarks {
  const fields = pageFieldsOf(context.type.schema);
  const { lines } = context.parsed;
  const spans = findings.map((finding) => ({ finding, start: lines.offsetAt(finding.range.start), end: lines.offsetAt(finding.range.end) }));
  const on = (pointer: string): Finding | undefined => {
    const span = context.sourceMap.spans.get(pointer);
    if (!span) return undefined;
    return spans
      .filter((f) => (f.start < span.end && span.start < f.end) || (f.start === f.end && f.start >= span.start && f.start <= span.end))
      .map((f) => f.finding)
      .sort((a, b) => RANK[a.severity] - RANK[b.severity])[0];
  };
  const pointer = (field: string) => `/frontmatter/${escapePointerToken(field)}`;
  const missingField = (field: string) => findings.find((f) => f.code === 'field-missing' && f.data?.pointer === pointer(field));

  const addressees = new Map<number, Finding>();
  const values = context.model.frontmatter?.[fields.addressees];
  if (Array.isArray(values)) {
    values.forEach((_, index) => {
      const finding = on(`${pointer(fields.addressees)}/${index}`);
      if (finding) addressees.set(index, finding);
    });
  } else {
    // One addressee written as a value instead of a list: the field's finding is the entry's.
    const finding = on(pointer(fields.addressees));
    if (finding) addressees.set(0, finding);
  }
  const column = new Map<string, Finding>();
  const missingColumn: { label: string; finding: Finding }[] = [];
  for (const [label, field] of [[COLUMN_LABELS.date, fields.date], [COLUMN_LABELS.reference, fields.reference], [COLUMN_LABELS.attachments, fields.attachments]] as const) {
    const finding = on(pointer(field));
    if (finding) column.set(label, finding);
    const missing = missingField(field);
    if (missing) missingColumn.push({ label, finding: missing });
  }
  return {
    subject: on(pointer(fields.subject)),
    addressees,
    column,
    missing: { subject: missingField(fields.subject), addressees: missingField(fields.addressees), column: missingColumn },
  };
}
