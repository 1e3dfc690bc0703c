/** Output of `nota check`: compiler-style text, or JSON with LSP ranges. */
import type { Locale } from '../core/findings/messages';
import type { FileResult } from './checkFiles';
import type { Finding } from '../core/findings/finding';

export function formatText(results: readonly FileResult[], locale: Locale): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let information = 0;
  for (const { file, findings } of results) {
    for (const finding of findings) {
      lines.push(findingLine(file, finding));
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
      else information++;
    }
  }
  lines.push(summary(results.filter((r) => !r.config).length, errors, warnings, information, locale));
  return lines.join('\n') + '\n';
}

/** One finding as a compiler prints it: `path:line:col: severity code message`. */
export function findingLine(file: string, finding: Finding): string {
  const { line, character } = finding.range.start;
  return `${file}:${line + 1}:${character + 1}: ${finding.severity} ${finding.code} ${finding.message}`;
}

function summary(notes: number, errors: number, warnings: number, information: number, locale: Locale): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (locale === 'en') {
    return `${count(notes, 'note', 'notes')} checked: ${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')}, ${information} information`;
  }
  return `${count(notes, 'nota', "nota's")} gecontroleerd: ${count(errors, 'fout', 'fouten')}, ${count(warnings, 'waarschuwing', 'waarschuwingen')}, ${information} ter informatie`;
}

export function formatJson(results: readonly FileResult[]): string {
  const out = results.map(({ file, findings }) => ({
    file,
    diagnostics: findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, range: f.range })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
