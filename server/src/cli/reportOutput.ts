/** What `nota check` needs around its reports: the tool's facts, the files' texts, and writing a report file. */
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeFsError } from './collectFiles';
import { decodeText } from './checkFiles';
import { reportError } from './commands/command';
import type { ToolInfo } from './reports/report';

declare const NOTA_VERSION: string;
declare const NOTA_HOMEPAGE: string;

/** From package.json, built in by esbuild; running from source (tests), placeholders. */
export function toolInfo(): ToolInfo {
  return {
    version: typeof NOTA_VERSION === 'string' ? NOTA_VERSION : '0.0.0-dev',
    homepage: typeof NOTA_HOMEPAGE === 'string' ? NOTA_HOMEPAGE : 'https://example.invalid/nota/',
  };
}

/** The texts of the checked files, as checked (a file that cannot be read again is left out). */
export function readReportTexts(files: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of files) {
    try {
      texts.set(file, decodeText(readFileSync(file)));
    } catch {
      // A configuration file's path, or a file gone since: its findings get fingerprints without its text.
    }
  }
  return texts;
}

/** Writes a report file (making its folder); false, with the error reported, when that fails. */
export async function writeReport(file: string, report: string): Promise<boolean> {
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await fs.writeFile(file, report);
    return true;
  } catch (error) {
    reportError(`cannot write '${file}': ${describeFsError(error)}`);
    return false;
  }
}
