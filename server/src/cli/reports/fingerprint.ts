/**
 * Fingerprints of findings for CI services that track findings across
 * commits (GitLab Code Quality, SARIF's partialFingerprints). A fingerprint
 * must stay the same while a finding stays the same, and differ between two
 * findings of one report:
 *
 * - no line or column goes in, so lines added above a finding change nothing;
 * - in go the file, the code, the text the finding covers (white space
 *   collapsed) and the finding's string data (field, section, holder, ...),
 *   which tell apart findings that cover no text, such as a missing section;
 * - the same finding on identical text twice in one file (two equal dates,
 *   a duplicated paragraph) is told apart by its order among those equals.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../../core/findings/finding';
import { LineIndex } from '../../core/text/lineIndex';

/** Data entries by their names, in code-unit order (the same on every machine, unlike a locale's). */
// Stryker disable next-line EqualityOperator,ConditionalExpression: the names of one object's data are distinct, so no two tie, and a sort of a few names reads only whether a comparison is below 0
const byName = ([a]: [string, string], [b]: [string, string]) => (a < b ? -1 : a > b ? 1 : 0);

/** One fingerprint per finding of a file, in the findings' order; `text` is the file's text, if it could be read. */
export function fingerprints(file: string, findings: readonly Finding[], text: string | undefined): string[] {
  const source = text === undefined ? null : { text, lines: new LineIndex(text) };
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    // Stryker disable next-line StringLiteral: without the file's text every finding covers the same text, whichever it is
    const covered = source ? source.text.slice(source.lines.offsetAt(finding.range.start), source.lines.offsetAt(finding.range.end)) : '';
    const data = Object.entries(finding.data ?? {})
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .sort(byName)
      .map(([key, value]) => `${key}=${value}`);
    const key = [file, finding.code, covered.replace(/\s+/g, ' ').trim(), ...data].join('\u0000');
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return createHash('sha256').update(`${key}\u0000${ordinal}`).digest('hex');
  });
}
