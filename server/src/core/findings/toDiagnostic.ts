/** The one place a core finding becomes an LSP diagnostic. */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { FINDING_SOURCE, type Severity } from './codes';
import type { Finding } from './finding';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3 };

export function toDiagnostic(finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: LSP_SEVERITY[finding.severity],
    code: finding.code,
    source: FINDING_SOURCE,
    message: finding.message,
  };
  if (finding.data) diagnostic.data = finding.data;
  return diagnostic;
}
