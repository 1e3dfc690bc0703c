/**
 * JUnit XML in the shape GitLab, Jenkins and most CI services read:
 * <testsuites> holding one <testsuite> for the run, and in it one <testcase>
 * per checked file (each note, and each workspace configuration file with
 * problems). A file with errors fails: its <failure> lists every error. A
 * file's warnings and information go in its <system-out>. Nothing is an
 * <error> (that is for a test that could not run; a file that could not be
 * read makes `nota check` exit 2 instead).
 */
import type { Locale } from '../../core/findings/messages';
import { findingLine } from './findingLine';
import type { ReportEntry, ReportOptions } from './report';
import { xmlAttribute, xmlText } from './xml';

export interface JunitOptions extends ReportOptions {
  /** How long the check took, for the suite's `time`. */
  seconds: number;
}

const SUITE = 'nota check';

export function formatJunit(entries: readonly ReportEntry[], options: JunitOptions): string {
  const failures = entries.filter((entry) => entry.findings.some((f) => f.severity === 'error')).length;
  const time = options.seconds.toFixed(3);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${SUITE}" tests="${entries.length}" failures="${failures}" errors="0" time="${time}">`,
    `  <testsuite name="${SUITE}" tests="${entries.length}" failures="${failures}" errors="0" skipped="0" time="${time}">`,
  ];
  for (const entry of entries) lines.push(...testcase(entry, options.locale));
  lines.push('  </testsuite>', '</testsuites>');
  return `${lines.join('\n')}\n`;
}

function testcase(entry: ReportEntry, locale: Locale): string[] {
  const errors = entry.findings.filter((f) => f.severity === 'error');
  const others = entry.findings.filter((f) => f.severity !== 'error');
  const file = xmlAttribute(entry.file);
  const open = `    <testcase name="${file}" classname="nota" file="${file}" time="0"`;
  if (!errors.length && !others.length) return [`${open}/>`];
  const out = [`${open}>`];
  if (errors.length) {
    out.push(`      <failure message="${xmlAttribute(count(errors.length, locale))}" type="nota">${xmlText(errors.map((f) => findingLine(entry.file, f)).join('\n'))}</failure>`);
  }
  if (others.length) out.push(`      <system-out>${xmlText(others.map((f) => findingLine(entry.file, f)).join('\n'))}</system-out>`);
  out.push('    </testcase>');
  return out;
}

function count(errors: number, locale: Locale): string {
  if (locale === 'en') return `${errors} ${errors === 1 ? 'error' : 'errors'}`;
  return `${errors} ${errors === 1 ? 'fout' : 'fouten'}`;
}
