/**
 * GitHub Actions workflow commands: a line per finding that the runner turns
 * into an annotation on the file and lines of the pull request.
 *   ::error file=notes/x.md,line=7,col=8,endLine=7,endColumn=21,title=date-invalid::‘31 april 2026’ is …
 * Warnings are ::warning, information ::notice. Lines and columns as in SARIF
 * (1-based, UTF-16 columns, end column exclusive). The runner reads `%`, CR
 * and LF as escapes in the message, and also `:` and `,` in the properties.
 */
import type { Severity } from '../../core/findings/codes';
import { oneBased } from './region';
import type { ReportEntry } from './report';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice' };

export function formatGithub(entries: readonly ReportEntry[]): string {
  const lines = entries.flatMap((entry) =>
    entry.findings.map((finding) => {
      const { startLine, startColumn, endLine, endColumn } = oneBased(finding.range);
      const properties = [
        `file=${escapeProperty(entry.file)}`,
        `line=${startLine}`,
        `col=${startColumn}`,
        `endLine=${endLine}`,
        `endColumn=${endColumn}`,
        `title=${escapeProperty(finding.code)}`,
      ];
      return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`;
    }),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
