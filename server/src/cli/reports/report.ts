/** What every report format is made from: the checked files with report paths, and facts about the tool. */
import type { Finding } from '../../core/findings/finding';
import type { FindingCode } from '../../core/findings/codes';
import type { Locale } from '../../core/findings/messages';

export interface ReportEntry {
  /** Relative, with forward slashes (reportPath). */
  file: string;
  findings: readonly Finding[];
  /** A workspace configuration file rather than a note. */
  config?: boolean;
  /** The file's text as checked, where a format needs it (fingerprints). */
  text?: string;
}

export interface ToolInfo {
  version: string;
  /** The project's home page (package.json `homepage`). */
  homepage: string;
}

export interface ReportOptions {
  locale: Locale;
  tool: ToolInfo;
}

/** Where docs/findings.md explains a code: its heading's anchor, under the home page. */
export function helpUri(tool: ToolInfo, code: FindingCode): string {
  return new URL(`docs/findings.md#${code}`, tool.homepage.endsWith('/') ? tool.homepage : `${tool.homepage}/`).href;
}
