/**
 * The finding codes of the note format (docs: note-format.md). They are the
 * stable contract with authors and CI scripts: a code never changes meaning.
 * Severity is decided here and nowhere else.
 */
export const FINDING_SEVERITY = {
  'frontmatter-missing': 'error',
  'frontmatter-syntax': 'error',
  'field-missing': 'error',
  'field-invalid': 'error',
  'field-unknown': 'warning',
  'date-invalid': 'error',
  'reference-invalid': 'error',
  'reference-duplicate': 'error',
  'section-missing': 'error',
  'section-order': 'error',
  'section-numbering': 'warning',
  'section-empty': 'warning',
  'portfolio-holder-missing': 'error',
  'portfolio-holder-unknown': 'warning',
  'personal-data': 'warning',
  'woo-ground-unknown': 'warning',
  'note-too-large': 'information',
  'config-invalid': 'error',
} as const;

export type FindingCode = keyof typeof FINDING_SEVERITY;
export type Severity = 'error' | 'warning' | 'information';

export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

export function isFindingCode(value: unknown): value is FindingCode {
  return typeof value === 'string' && Object.hasOwn(FINDING_SEVERITY, value);
}

export function severityOf(code: FindingCode): Severity {
  return FINDING_SEVERITY[code];
}

/** The `source` every finding carries, in the editor and in JSON output. */
export const FINDING_SOURCE = 'nota';
