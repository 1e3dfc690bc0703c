import type { Finding } from '../../core/findings/finding';

/** One finding as a compiler prints it: `path:line:col: severity code message`. */
export function findingLine(file: string, finding: Finding): string {
  const { line, character } = finding.range.start;
  return `${file}:${line + 1}:${character + 1}: ${finding.severity} ${finding.code} ${finding.message}`;
}
