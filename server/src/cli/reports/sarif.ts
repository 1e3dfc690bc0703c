/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning and other SARIF viewers read
 * it: one run; a rule for every finding code, with a description in the
 * message language and a link to its documentation; a result per finding.
 * Regions are 1-based with UTF-16 columns (the run says so: columnKind), end
 * column exclusive. Artifact URIs are relative to %SRCROOT%, the working
 * directory or --base, which originalUriBaseIds gives as an absolute URI.
 */
import { FINDING_CODES, FINDING_SOURCE, severityOf, type Severity } from '../../core/findings/codes';
import { describeCode } from '../../core/findings/descriptions';
import { fingerprints } from './fingerprint';
import { oneBased } from './region';
import { uriReference } from './paths';
import { helpUri, type ReportEntry, type ReportOptions } from './report';

export interface SarifOptions extends ReportOptions {
  /** The absolute file URI (ending in '/') of the folder report paths are relative to. */
  baseUri: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note' };
const SRCROOT = '%SRCROOT%';

export function formatSarif(entries: readonly ReportEntry[], options: SarifOptions): string {
  const rules = FINDING_CODES.map((code) => ({
    id: code,
    name: ruleName(code),
    shortDescription: { text: describeCode(code, options.locale) },
    helpUri: helpUri(options.tool, code),
    defaultConfiguration: { level: LEVEL[severityOf(code)] },
  }));
  const ruleIndex = new Map<string, number>(FINDING_CODES.map((code, index) => [code, index]));
  // Every checked file, findings or not: the artifacts record what was analyzed.
  const artifacts = entries.map((entry) => ({
    location: { uri: uriReference(entry.file), uriBaseId: SRCROOT },
    mimeType: entry.config ? 'application/json' : 'text/markdown',
    roles: ['analysisTarget'],
  }));
  const results = entries.flatMap((entry, artifactIndex) => {
    const prints = fingerprints(entry.file, entry.findings, entry.text);
    return entry.findings.map((finding, i) => ({
      ruleId: finding.code,
      ruleIndex: ruleIndex.get(finding.code),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: uriReference(entry.file), uriBaseId: SRCROOT, index: artifactIndex }, region: oneBased(finding.range) } }],
      partialFingerprints: { 'notaFinding/v1': prints[i] },
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: FINDING_SOURCE, version: options.tool.version, informationUri: options.tool.homepage, rules } },
      originalUriBaseIds: { [SRCROOT]: { uri: options.baseUri } },
      artifacts,
      results,
      columnKind: 'utf16CodeUnits',
      language: options.locale,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** 'section-missing' → 'SectionMissing': SARIF's rule name is an identifier, the id stays the finding code. */
function ruleName(code: string): string {
  return code.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}
