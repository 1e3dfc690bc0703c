/**
 * GitLab Code Quality: a JSON array of Code Climate issues, one per finding,
 * which GitLab shows in the merge request widget and the diff. Severity:
 * error → major, warning → minor, information → info (GitLab's `critical`
 * and `blocker` are left for problems worse than a defective note). The
 * fingerprint (fingerprint.ts) lets GitLab tell new findings from old ones.
 */
import type { Severity } from '../../core/findings/codes';
import { fingerprints } from './fingerprint';
import { oneBased } from './region';
import type { ReportEntry } from './report';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export const CODE_QUALITY_SEVERITY: Record<Severity, CodeQualitySeverity> = { error: 'major', warning: 'minor', information: 'info' };

export function formatGitlab(entries: readonly ReportEntry[]): string {
  const issues = entries.flatMap((entry) => {
    const prints = fingerprints(entry.file, entry.findings, entry.text);
    return entry.findings.map((finding, i) => {
      const { startLine, endLine } = oneBased(finding.range);
      return {
        description: finding.message,
        check_name: finding.code,
        fingerprint: prints[i],
        severity: CODE_QUALITY_SEVERITY[finding.severity],
        location: { path: entry.file, lines: { begin: startLine, end: endLine } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
