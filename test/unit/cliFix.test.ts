/**
 * `nota check --fix`: the safe fixes of Fix all applied to files. They remove
 * numbering and missing-section findings, lose no line of the author's, keep
 * the byte order mark and line breaks, and a second run changes nothing;
 * `--dry-run` prints a diff that `git apply` applies and writes nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { fixTargets } from '../../server/src/cli/fixFiles';
import { EXAMPLES, FIXTURES } from '../support/fixtures';
import { nota } from '../support/cli';
import { keepsAuthorText } from '../support/edits';
import { mutate, mutation, runs } from '../support/mutations';

interface JsonEntry {
  file: string;
  diagnostics: { code: string }[];
}

const DEFECTIVE = readdirSync(FIXTURES).filter((name) => name.endsWith('.md') && name !== 'README.md' && !name.startsWith('valid')).sort();
/** Fixes may change section numbers and the one value they fix (a date); nothing else of the author's. */
const withoutDates = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).filter((line) => !/^datum:/.test(line)).join('\n');

describe('nota check --fix', function () {
  this.timeout(60_000);
  let work: string;

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'nota-fix-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('fixes the defective fixtures in place: no numbering or missing-section finding remains, no line is lost, a second run changes nothing', () => {
    for (const name of DEFECTIVE) cpSync(path.join(FIXTURES, name), path.join(work, name));
    const before = nota(['check', '--format', 'json', ...DEFECTIVE], work);
    // The fixtures share the example's reference, so checked together they are duplicates of each other: no fix is about that.
    const codes = (stdout: string) => (JSON.parse(stdout) as JsonEntry[]).flatMap((e) => e.diagnostics.filter((d) => d.code !== 'reference-duplicate').map((d) => `${e.file} ${d.code}`));
    assert.ok(codes(before.stdout).some((c) => c.endsWith('section-numbering')) && codes(before.stdout).some((c) => c.endsWith('section-missing')));

    const fixed = nota(['check', '--fix', '--format', 'json', ...DEFECTIVE], work);
    assert.ok(fixed.code === 0 || fixed.code === 1, fixed.stderr);
    assert.match(fixed.stderr, /^\d+ bestanden gecorrigeerd\n$/, 'with a report on standard output, the fix line goes to standard error');
    const remaining = codes(fixed.stdout);
    // By code (a file name such as section-missing.md is not a code). An inserted section's hint
    // is left for the author, so section-empty reminds them of it.
    assert.deepEqual(remaining.filter((c) => / (section-numbering|section-missing|date-invalid-form)$/.test(c)), []);
    assert.ok(remaining.includes('section-missing.md section-empty'), remaining.join('\n'));
    for (const name of DEFECTIVE) {
      const original = readFileSync(path.join(FIXTURES, name), 'utf8');
      const now = readFileSync(path.join(work, name), 'utf8');
      assert.ok(keepsAuthorText(withoutDates(original), withoutDates(now)), `${name}: a line was lost`);
    }
    assert.deepEqual(remaining, codes(nota(['check', '--format', 'json', ...DEFECTIVE], work).stdout), '--fix reports what a check then finds');

    const snapshot = DEFECTIVE.map((name) => readFileSync(path.join(work, name)));
    const again = nota(['check', '--fix', ...DEFECTIVE], work);
    assert.match(again.stdout, /^0 bestanden gecorrigeerd\n/);
    assert.deepEqual(DEFECTIVE.map((name) => readFileSync(path.join(work, name))), snapshot, 'idempotent');
  });

  it('keeps a byte order mark and CRLF line breaks, and leaves a file that is not UTF-8 alone', () => {
    const crlf = `\uFEFF${readFileSync(path.join(FIXTURES, 'section-missing.md'), 'utf8').replace(/\n/g, '\r\n')}`;
    writeFileSync(path.join(work, 'crlf.md'), crlf);
    const latin1 = Buffer.concat([Buffer.from(readFileSync(path.join(FIXTURES, 'section-numbering.md'), 'utf8').replace('Tekst.', 'Tekst met caf')), Buffer.from([0xe9]), Buffer.from('.\n')]);
    writeFileSync(path.join(work, 'latin1.md'), latin1);
    const run = nota(['check', '--fix', '--lang', 'en', 'crlf.md', 'latin1.md'], work);
    assert.match(run.stdout, /^1 file fixed\n/);
    assert.equal(run.stderr, "nota: 'latin1.md' is not valid UTF-8 text: not fixed\n");
    const fixed = readFileSync(path.join(work, 'crlf.md'), 'utf8');
    assert.ok(fixed.startsWith('\uFEFF---\r\n'), 'BOM kept');
    assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /[\r\n]/, 'every line break is still CRLF');
    // The inserted section holds its hint, which counts as empty: section-empty reminds the author to write it.
    assert.match(fixed, /\r\n## 3\. Kernpunten\r\n\r\n<!-- De kernpunten, kort\. -->\r\n/);
    assert.deepEqual(readFileSync(path.join(work, 'latin1.md')), latin1);
  });

  it('--dry-run prints a unified diff that git applies to the same result, and writes nothing', () => {
    const names = ['section-missing.md', 'section-numbering.md', 'date-invalid-form.md', 'field-unknown.md'];
    mkdirSync(path.join(work, 'notes'));
    for (const name of names) cpSync(path.join(FIXTURES, name), path.join(work, 'notes', name));
    const copy = path.join(work, 'copy');
    cpSync(path.join(work, 'notes'), path.join(copy, 'notes'), { recursive: true });

    const dry = nota(['check', '--fix', '--dry-run', 'notes'], work);
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(dry.stderr, '3 bestanden zouden worden gecorrigeerd\n');
    assert.match(dry.stdout, /^--- a\/notes\/date-invalid-form\.md\n\+\+\+ b\/notes\/date-invalid-form\.md\n@@ -3,7 \+3,7 @@\n/);
    assert.match(dry.stdout, /^-datum: 19-03-2026\n\+datum: 19 maart 2026$/m);
    for (const name of names) assert.deepEqual(readFileSync(path.join(work, 'notes', name)), readFileSync(path.join(FIXTURES, name)), `${name} untouched`);

    writeFileSync(path.join(work, 'fix.patch'), dry.stdout);
    const applied = spawnSync('git', ['apply', '--unsafe-paths', path.join(work, 'fix.patch')], { cwd: copy, encoding: 'utf8' });
    assert.equal(applied.status, 0, applied.stderr);
    nota(['check', '--fix', 'notes'], work);
    for (const name of names) assert.equal(readFileSync(path.join(copy, 'notes', name), 'utf8'), readFileSync(path.join(work, 'notes', name), 'utf8'), name);

    const none = nota(['check', '--fix', '--dry-run', 'notes'], work);
    assert.equal(none.stdout, '');
    assert.equal(none.stderr, '0 bestanden zouden worden gecorrigeerd\n');
  });

  it('--dry-run exits 1 when errors would remain after the fixes, and can write the diff to --output', () => {
    cpSync(path.join(FIXTURES, 'date-invalid.md'), path.join(work, 'datum.md'));
    cpSync(path.join(FIXTURES, 'section-numbering.md'), path.join(work, 'nummers.md'));
    const run = nota(['check', '--fix', '--dry-run', '--output', 'fix.diff', 'datum.md', 'nummers.md'], work);
    assert.equal(run.code, 1, 'date-invalid has no safe fix');
    assert.equal(run.stdout, '1 bestand zou worden gecorrigeerd\n');
    assert.match(readFileSync(path.join(work, 'fix.diff'), 'utf8'), /^--- a\/nummers\.md\n/);
  });

  it('property: on mutated notes (LF or CRLF, with or without BOM) it loses no line, keeps BOM and line breaks, and is idempotent', async () => {
    const valid = [readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8'), readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8'), readFileSync(path.join(FIXTURES, 'informatienota-valid.md'), 'utf8')];
    const defective = fc.record({
      text: fc.tuple(fc.constantFrom(...valid), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([text, mutations]) => mutate(text, mutations)),
      crlf: fc.boolean(),
      bom: fc.boolean(),
    });
    const file = path.join(work, 'nota.md');
    let changed = 0;
    await fc.assert(fc.asyncProperty(defective, async ({ text, crlf, bom }) => {
      writeFileSync(file, `${bom ? '\uFEFF' : ''}${crlf ? text.replace(/\r?\n/g, '\r\n') : text}`);
      // As written: a lone surrogate in the generated text became U+FFFD in UTF-8.
      const original = readFileSync(file, 'utf8');
      const first = await fixTargets([{ path: file, explicit: true }], 'nl', { write: true });
      assert.deepEqual(first.errors, []);
      const fixed = readFileSync(file, 'utf8');
      if (fixed !== original) changed++;
      assert.ok(keepsAuthorText(withoutDates(original), withoutDates(fixed)), `a line was lost:\n--- before\n${original}\n--- after\n${fixed}`);
      assert.equal(fixed.startsWith('\uFEFF'), bom, 'BOM kept as it was');
      // A file whose line breaks are all CRLF keeps them so; one with LF only gets no CRLF.
      const breaks = (t: string) => t.match(/\r\n|\r|\n/g) ?? [];
      if (breaks(original).length && breaks(original).every((b) => b === '\r\n')) assert.ok(breaks(fixed).every((b) => b === '\r\n'), 'CRLF kept');
      if (breaks(original).length && breaks(original).every((b) => b === '\n')) assert.ok(breaks(fixed).every((b) => b === '\n'), 'LF kept');
      const second = await fixTargets([{ path: file, explicit: true }], 'nl', { write: true });
      assert.deepEqual(second.fixed.map((f) => f.path), [], `not idempotent:\n--- after one run\n${fixed}\n--- after two\n${readFileSync(file, 'utf8')}`);
    }), { numRuns: runs(80, 3_000) });
    assert.ok(changed > 10, `the fixes changed only ${changed} of the notes: the property tested too little`);
  });
});
