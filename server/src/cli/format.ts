/**
 * Output of `nota check`: compiler-style text, JSON with LSP ranges, and the
 * CI formats in reports/ (SARIF, JUnit, GitLab Code Quality, GitHub
 * workflow commands). Every format reports the same findings; each is a pure
 * function of the entries and options.
 */
import type { Locale } from '../core/findings/messages';
import type { ReportEntry, ReportOptions } from './reports/report';
import { formatSarif } from './reports/sarif';
import { formatJunit } from './reports/junit';
import { formatGitlab } from './reports/gitlab';
import { formatGithub } from './reports/github';
import { findingLine } from './reports/findingLine';

export { findingLine };

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'gitlab', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** Formats whose report identifies findings by the text they cover, and so need each file's text. */
export const NEEDS_TEXT: ReadonlySet<Format> = new Set(['sarif', 'gitlab']);

export interface FormatOptions extends ReportOptions {
  /** The folder the report's paths are relative to, as an absolute file URI ending in '/'. */
  baseUri: string;
  seconds: number;
}

export function formatReport(format: Format, entries: readonly ReportEntry[], options: FormatOptions): string {
  switch (format) {
    case 'text': return formatText(entries, options.locale);
    case 'json': return formatJson(entries);
    case 'sarif': return formatSarif(entries, options);
    case 'junit': return formatJunit(entries, options);
    case 'gitlab': return formatGitlab(entries);
    case 'github': return formatGithub(entries);
  }
}

export function formatText(entries: readonly ReportEntry[], locale: Locale): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let information = 0;
  for (const { file, findings } of entries) {
    for (const finding of findings) {
      lines.push(findingLine(file, finding));
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
      else information++;
    }
  }
  lines.push(summary(entries.filter((r) => !r.config).length, errors, warnings, information, locale));
  return lines.join('\n') + '\n';
}

function summary(notes: number, errors: number, warnings: number, information: number, locale: Locale): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (locale === 'en') {
    return `${count(notes, 'note', 'notes')} checked: ${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')}, ${information} information`;
  }
  return `${count(notes, 'nota', "nota's")} gecontroleerd: ${count(errors, 'fout', 'fouten')}, ${count(warnings, 'waarschuwing', 'waarschuwingen')}, ${information} ter informatie`;
}

/** The line `--fix` prints: how many files it changed (or, with --dry-run, would change). */
export function fixSummary(files: number, dryRun: boolean, locale: Locale): string {
  const one = files === 1;
  if (locale === 'en') return `${files} ${one ? 'file' : 'files'} ${dryRun ? 'would be fixed' : 'fixed'}`;
  return `${files} ${one ? 'bestand' : 'bestanden'} ${dryRun ? (one ? 'zou worden gecorrigeerd' : 'zouden worden gecorrigeerd') : 'gecorrigeerd'}`;
}

export function formatJson(entries: readonly ReportEntry[]): string {
  const out = entries.map(({ file, findings }) => ({
    file,
    diagnostics: findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, range: f.range })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
