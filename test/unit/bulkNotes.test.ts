/**
 * The generated workspace of the large-workspace test in VS Code
 * (test/vscode/bulkNotes.mjs) says where each defect's finding stands; here
 * `nota check` over the same notes must agree, note for note, so a failure in
 * VS Code is Nota's and not the generator's.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/fixtures';
// @ts-expect-error: a plain ES module shared with the VS Code runner, without types.
import { writeBulkNotes } from '../vscode/bulkNotes.mjs';

describe('the generated large workspace', function () {
  this.timeout(60_000);

  it('expects what nota check finds in each of its 2,002 notes: 200 defective, two sharing a reference', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'nota-bulk-'));
    try {
      const defective = (writeBulkNotes as (folder: string, count: number) => number)(folder, 2002);
      assert.equal(defective, 200);
      const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Record<string, string[]>;
      const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '.'], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.equal(run.status, 1, run.stderr);
      const found = Object.fromEntries((JSON.parse(run.stdout) as { file: string; diagnostics: { code: string; range: { start: { line: number; character: number } } }[] }[])
        .map((r) => [r.file, r.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`).sort()]));
      assert.deepEqual(found, expected);
      const withFindings = Object.values(expected).filter((lines) => lines.length > 0);
      assert.equal(withFindings.length, 202);
      assert.equal(withFindings.filter((lines) => lines.some((line) => line.endsWith('reference-duplicate'))).length, 2);
      assert.deepEqual(new Set(withFindings.flat().map((line) => line.split(' ')[1])), new Set(['date-invalid', 'reference-invalid', 'field-unknown', 'personal-data', 'section-empty', 'reference-duplicate']));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
