/**
 * Placeholders: text Nota writes for the author to replace (the new-note
 * template, completions, snippets, the fix that inserts a missing section).
 * They are recognised by their text, so "not yet edited" needs no memory:
 *
 * - a frontmatter value "…", or one that ends in " …" ("Beleidsreactie op …");
 * - a section whose only text is the hint Nota writes for it, an HTML
 *   comment holding the section's description (or "Nog in te vullen").
 *
 * A placeholder counts as empty, so the check reminds the author of it.
 * Findings about untouched placeholders carry `data.placeholder`; while a
 * note is being written the editor shows them as information, a to-do list
 * (see `whileWriting`), and `nota check` and export keep their severities.
 */
import { formatMessage } from '../findings/messages';
import type { Finding } from '../findings/finding';
import type { SectionSpecEntry } from '../schema/keywords/sectionSpec';

const ELLIPSIS = '…';

export function isPlaceholderValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text === ELLIPSIS || text.endsWith(` ${ELLIPSIS}`);
}

/** The hint Nota writes into an empty section: its description as an HTML comment, which is not content. */
export function sectionHint(section: Pick<SectionSpecEntry, 'description'>): string {
  const text = section.description?.trim() || formatMessage('nl', 'placeholder.section');
  // "--" would end the comment early.
  return `<!-- ${text.replace(/--/g, '—')} -->`;
}

/** Whether a section's text (after its heading) is nothing but the hint Nota wrote for it. */
export function isPlaceholderSection(text: string, section: Pick<SectionSpecEntry, 'description'>): boolean {
  const written = text.trim();
  return written === sectionHint(section) || written === sectionHint({});
}

/** Findings as the editor shows them while the note is written: untouched placeholders are things to do, not errors. */
export function whileWriting(findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => (finding.data?.placeholder === true ? { ...finding, severity: 'information' } : finding));
}
