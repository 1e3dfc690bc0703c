/**
 * Whether and how a note may leave as a document. A note with an
 * error-level finding is not exported (it would go to a minister with a
 * defect in it), unless the author forces it, and then every page says
 * CONCEPT. Warnings do not block. The writers (Word, PDF) are the adapters';
 * this decides what they get.
 */
import type { Finding } from '../findings/finding';
import type { NotePage } from './notePage';

export type ExportFormat = 'docx' | 'pdf';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf'];

/**
 * Notes above this size are not exported: a note of several megabytes is a
 * pasted data dump, not a note, and its thousands of pages would take
 * minutes. The same bound as the editor's live checks.
 */
export const EXPORT_SIZE_LIMIT = 2_000_000;

export type PreparedExport =
  | { kind: 'page'; page: NotePage; warnings: Finding[] }
  | { kind: 'refused'; errors: Finding[] }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'not-a-note' };

export interface ExportSource {
  size: number;
  /** The note's findings, or null when the document is not a note. */
  findings(): Finding[] | null;
  /** The page description, marked as a draft when asked. */
  page(concept: boolean): NotePage | null;
}

export function prepareExport(source: ExportSource, force: boolean): PreparedExport {
  if (source.size > EXPORT_SIZE_LIMIT) return { kind: 'too-large', size: source.size, limit: EXPORT_SIZE_LIMIT };
  const findings = source.findings();
  if (!findings) return { kind: 'not-a-note' };
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length && !force) return { kind: 'refused', errors };
  const page = source.page(errors.length > 0);
  return page ? { kind: 'page', page, warnings: findings.filter((f) => f.severity !== 'error') } : { kind: 'not-a-note' };
}
