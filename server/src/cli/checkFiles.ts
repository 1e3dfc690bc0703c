/** Reads and checks the collected files; one result per file that is a note. */
import { readFileSync } from 'node:fs';
import type { NotaLanguageService } from '../core/languageService';
import type { Finding } from '../core/findings/finding';
import type { NoteSummary } from '../core/workspace/noteSummary';
import type { Locale } from '../core/findings/messages';
import { describeFsError, type Target } from './collectFiles';

export interface FileResult {
  file: string;
  findings: Finding[];
  /** A workspace configuration file rather than a note. */
  config?: boolean;
  /** What checks across notes need (the reference), for the pass after all notes are checked. */
  summary?: NoteSummary;
}

export type CheckOutcome = { kind: 'note'; result: FileResult } | { kind: 'not-a-note' } | { kind: 'error'; message: string };

export function checkTarget(service: NotaLanguageService, target: Target, locale: Locale): CheckOutcome {
  let text: string;
  try {
    // A note is a few kilobytes: a synchronous read costs less than the round trip through the thread pool.
    text = decodeText(readFileSync(target.path));
  } catch (error) {
    return { kind: 'error', message: `cannot read '${target.path}': ${describeFsError(error)}` };
  }
  const document = { uri: target.path, version: 1, getText: () => text };
  const findings = service.check(document, { locale, force: target.explicit });
  const summary = findings ? service.summarize(document, { locale, force: target.explicit }) : null;
  // The CLI checks each file once: drop its parse state right away.
  service.close(target.path);
  if (!findings) return { kind: 'not-a-note' };
  return { kind: 'note', result: summary ? { file: target.path, findings, summary } : { file: target.path, findings } };
}

/** UTF-8 with invalid bytes replaced (never an exception), without a BOM, as editors show it. */
export function decodeText(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
