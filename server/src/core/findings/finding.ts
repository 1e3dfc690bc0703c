import type { Range } from '../text/lineIndex';
import { severityOf, type FindingCode, type Severity } from './codes';
import { formatMessage, type Locale, type MessageArgs, type MessageId } from './messages';

/** A finding as the core reports it: LSP-shaped positions (0-based, UTF-16). */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: string;
  range: Range;
  /** What a quick fix needs (never parsed from the message). */
  data?: Record<string, unknown>;
}

export interface FindingSpec {
  code: FindingCode;
  messageId: MessageId;
  args?: MessageArgs;
  range: Range;
  data?: Record<string, unknown>;
}

export function createFinding(locale: Locale, spec: FindingSpec): Finding {
  const finding: Finding = {
    code: spec.code,
    severity: severityOf(spec.code),
    message: formatMessage(locale, spec.messageId, spec.args),
    range: spec.range,
  };
  if (spec.data) finding.data = { code: spec.code, ...spec.data };
  return finding;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code);
}
