/**
 * `nota check --fix`: applies *Fix all* (the language service's fixAll, the
 * same safe fixes as `source.fixAll.nota` in the editor) to each note's text.
 * Fixes only insert lines or replace a number or a single value; each file
 * keeps its byte order mark and its line breaks (inserted lines take the
 * file's own). A file that is not valid UTF-8 is left untouched: decoding it
 * would replace bytes the author wrote.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Locale } from '../core/findings/messages';
import { describeFsError, type Target } from './collectFiles';
import { planJobs, ServicePool } from './checkParallel';

export interface FixedFile {
  path: string;
  before: string;
  after: string;
}

export interface FixRun {
  /** The files a fix changed (or would change, without writing). */
  fixed: FixedFile[];
  /** Files that could not be read or written. */
  errors: string[];
  /** Files left alone, with the reason. */
  skipped: string[];
  /** Without writing: whether an error finding would remain after the fixes (configuration problems included). */
  errorsRemain: boolean;
}

const BOM = '\uFEFF';
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export async function fixTargets(targets: readonly Target[], locale: Locale, options: { write: boolean }): Promise<FixRun> {
  const { jobs, workspaces } = await planJobs(targets);
  const services = new ServicePool(workspaces);
  const run: FixRun = { fixed: [], errors: [], skipped: [], errorsRemain: false };
  // Configuration problems are errors (config-invalid) that no fix removes.
  if (jobs.some((job) => services.problems(job.root).length > 0)) run.errorsRemain = true;
  for (const { target, root } of jobs) {
    let text: string;
    try {
      text = strictUtf8.decode(readFileSync(target.path));
    } catch (error) {
      if (error instanceof TypeError) run.skipped.push(`'${target.path}' is not valid UTF-8 text: not fixed`);
      else run.errors.push(`cannot read '${target.path}': ${describeFsError(error)}`);
      continue;
    }
    const bom = text.startsWith(BOM) ? BOM : '';
    const before = text.slice(bom.length);
    const service = services.get(root);
    const document = { uri: target.path, version: 1, getText: () => before };
    const fixed = service.fixAll(document, { locale, force: target.explicit });
    service.close(target.path);
    const after = fixed ?? before;
    if (!options.write) {
      // Nothing is written, so nothing is checked again later: what would remain is checked here.
      const remaining = service.check({ uri: target.path, version: 2, getText: () => after }, { locale, force: target.explicit });
      service.close(target.path);
      if (remaining?.some((finding) => finding.severity === 'error')) run.errorsRemain = true;
    }
    if (fixed === null || fixed === before) continue;
    if (options.write) {
      try {
        writeFileSync(target.path, bom + after);
      } catch (error) {
        run.errors.push(`cannot write '${target.path}': ${describeFsError(error)}`);
        continue;
      }
    }
    run.fixed.push({ path: target.path, before: bom + before, after: bom + after });
  }
  return run;
}
