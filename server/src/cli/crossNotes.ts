/**
 * Checks across notes for `nota check`: every note checked in one run goes
 * into one index (named as the report names files), and each note gets the
 * findings that index yields, in order with its own.
 */
import { compareFindings } from '../core/findings/finding';
import type { Locale } from '../core/findings/messages';
import { crossNoteFindings } from '../core/workspace/crossNoteChecks';
import { NoteIndex } from '../core/workspace/noteIndex';
import type { FileResult } from './checkFiles';

export function addCrossNoteFindings(results: FileResult[], locale: Locale, nameOf: (file: string) => string = (file) => file): void {
  const index = new NoteIndex();
  for (const result of results) if (result.summary) index.set({ ...result.summary, uri: result.file, name: nameOf(result.file) });
  for (const result of results) {
    const across = crossNoteFindings(result.file, index, locale);
    if (across.length) result.findings = [...result.findings, ...across].sort(compareFindings);
  }
}
