/**
 * `nota check --format sarif|junit|gitlab|github` end to end: over every
 * fixture note and the example, each format reports exactly the findings of
 * `--format json`; the SARIF validates with the SARIF Multitool and the
 * JUnit against the schema CI services read; --output, --base and --lang.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXAMPLES, FIXTURES } from '../support/fixtures';
import { nota } from '../support/cli';
import { sarifProblems } from '../support/sarifMultitool';
import { assertValidJunit } from '../support/junitSchema';

interface JsonEntry {
  file: string;
  diagnostics: { code: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
}

/** One finding as every format can state it: file, code, severity, message, 1-based region. */
type Row = [file: string, code: string, severity: string, message: string, startLine: number, startColumn: number, endLine: number, endColumn: number];

const NOTES = [path.join('examples', 'beslisnota.md'), ...readdirSync(FIXTURES).filter((name) => name.endsWith('.md') && name !== 'README.md').sort().map((name) => path.join('test', 'fixtures', 'notes', name))];
const SEVERITY: Record<string, string> = { error: 'error', warning: 'warning', note: 'information', notice: 'information' };
const sorted = (rows: Row[]) => rows.map((row) => JSON.stringify(row)).sort();

function jsonRows(stdout: string): Row[] {
  return (JSON.parse(stdout) as JsonEntry[]).flatMap((entry) =>
    entry.diagnostics.map((d): Row => [entry.file, d.code, d.severity, d.message, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1]),
  );
}

describe('nota check: CI report formats', function () {
  this.timeout(60_000);
  const reference: Record<'nl' | 'en', Row[]> = { nl: [], en: [] };
  let work: string;

  before(() => {
    for (const locale of ['nl', 'en'] as const) {
      const run = nota(['check', '--format', 'json', '--lang', locale, ...NOTES]);
      assert.equal(run.code, 1, run.stderr);
      reference[locale] = jsonRows(run.stdout);
    }
    assert.ok(reference.nl.length > 30, 'the fixtures have findings of every kind');
    work = mkdtempSync(path.join(tmpdir(), 'nota-reports-'));
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  for (const locale of ['nl', 'en'] as const) {
    it(`SARIF (${locale}): a result per finding of --format json, same codes, levels, messages and regions`, () => {
      const run = nota(['check', '--format', 'sarif', '--lang', locale, ...NOTES]);
      assert.equal(run.code, 1, run.stderr);
      const [sarifRun] = JSON.parse(run.stdout).runs;
      const rows = sarifRun.results.map((r: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[] }): Row => {
        const { artifactLocation, region } = r.locations[0]!.physicalLocation;
        return [decodeURIComponent(artifactLocation.uri), r.ruleId, SEVERITY[r.level] ?? r.level, r.message.text, region.startLine, region.startColumn, region.endLine, region.endColumn];
      });
      assert.deepEqual(sorted(rows), sorted(reference[locale]));
      assert.equal(sarifRun.language, locale);
    });
  }

  it('GitLab Code Quality: an issue per finding, with unique fingerprints that are the same on the next run', () => {
    const run = nota(['check', '--format', 'gitlab', ...NOTES]);
    assert.equal(run.code, 1, run.stderr);
    const issues = JSON.parse(run.stdout) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    const mapped = issues.map((i) => JSON.stringify([i.location.path, i.check_name, { major: 'error', minor: 'warning', info: 'information' }[i.severity], i.description, i.location.lines.begin]));
    assert.deepEqual(mapped.sort(), reference.nl.map(([file, code, severity, message, line]) => JSON.stringify([file, code, severity, message, line])).sort());
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'unique');
    const again = JSON.parse(nota(['check', '--format', 'gitlab', '--lang', 'en', ...NOTES]).stdout) as { fingerprint: string }[];
    assert.deepEqual(again.map((i) => i.fingerprint), issues.map((i) => i.fingerprint), 'stable (and independent of the language)');
  });

  it('GitHub workflow commands: an annotation per finding, with the finding\'s region and code', () => {
    const run = nota(['check', '--format', 'github', '--lang', 'en', ...NOTES]);
    assert.equal(run.code, 1, run.stderr);
    const rows = run.stdout.trimEnd().split('\n').map((line): Row => {
      const match = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]+)::(.*)$/.exec(line);
      assert.ok(match, line);
      const [, command, file, l, c, el, ec, code, message] = match;
      const unescape = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
      return [unescape(file!), code!, SEVERITY[command!]!, unescape(message!), Number(l), Number(c), Number(el), Number(ec)];
    });
    assert.deepEqual(sorted(rows), sorted(reference.en));
  });

  it('JUnit: one suite, a test case per note, a failure listing the errors of each note that has them, valid against the schema', () => {
    const output = path.join(work, 'junit.xml');
    const run = nota(['check', '--format', 'junit', '--output', output, ...NOTES]);
    assert.equal(run.code, 1, run.stderr);
    const xml = readFileSync(output, 'utf8');
    assertValidJunit(output);
    assert.equal((xml.match(/<testsuite /g) ?? []).length, 1);
    const cases = [...xml.matchAll(/<testcase name="([^"]+)"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)];
    assert.deepEqual(cases.map((c) => c[1]).sort(), [...NOTES].sort());
    for (const [, file, body = ''] of cases) {
      const errors = reference.nl.filter((row) => row[0] === file && row[2] === 'error');
      const failure = /<failure [^>]*>([\s\S]*?)<\/failure>/.exec(body);
      assert.equal(Boolean(failure), errors.length > 0, `${file}: a failure exactly when it has errors`);
      if (failure) assert.equal(failure[1]!.split('\n').length, errors.length, `${file}: one line per error`);
      const others = reference.nl.filter((row) => row[0] === file && row[2] !== 'error').length;
      assert.equal(/<system-out>/.test(body), others > 0, `${file}: warnings in system-out`);
    }
  });

  it('the SARIF log is valid for the SARIF Multitool: no errors, no warnings', () => {
    const output = path.join(work, 'nota.sarif');
    assert.equal(nota(['check', '--format', 'sarif', '--output', output, ...NOTES]).code, 1);
    assert.deepEqual(sarifProblems(output), []);
  });

  it('--output writes the report to the file and the text report to the terminal, with the same exit status', () => {
    for (const format of ['sarif', 'junit', 'gitlab', 'github', 'json']) {
      const output = path.join(work, 'out', `report.${format}`);
      const run = nota(['check', '--format', format, '--output', output, path.join('test', 'fixtures', 'notes', 'date-invalid.md')]);
      assert.equal(run.code, 1, run.stderr);
      assert.ok(readFileSync(output, 'utf8').includes('date-invalid'), format);
      assert.match(run.stdout, /^test\/fixtures\/notes\/date-invalid\.md:6:8: error date-invalid /m);
      assert.match(run.stdout, /^1 nota gecontroleerd: 1 fout, 0 waarschuwingen, 0 ter informatie$/m);
    }
  });

  it('--output to a file that cannot be written is an error with exit status 2', () => {
    const folder = path.join(work, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const run = nota(['check', '--format', 'sarif', '--output', folder, path.join('examples', 'beslisnota.md')]);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, `nota: cannot write '${folder}': is a folder\n`);
    const blocked = nota(['check', '--output', path.join(work, 'junit.xml', 'below.xml'), path.join('examples', 'beslisnota.md')]);
    assert.equal(blocked.code, 2);
    assert.match(blocked.stderr, /^nota: cannot write '.*below\.xml': /);
  });

  it('--base makes paths relative to another folder, with forward slashes, in every format', () => {
    const repo = path.join(work, 'repo');
    mkdirSync(path.join(repo, 'docs', 'notes'), { recursive: true });
    cpSync(path.join(FIXTURES, 'date-invalid.md'), path.join(repo, 'docs', 'notes', 'datum.md'));
    const file = path.join(repo, 'docs', 'notes', 'datum.md');
    const args = (format: string) => nota(['check', '--format', format, '--base', repo, file], EXAMPLES).stdout;
    assert.equal((JSON.parse(args('json')) as JsonEntry[])[0]?.file, 'docs/notes/datum.md');
    const sarif = JSON.parse(args('sarif')).runs[0];
    assert.equal(sarif.results[0].locations[0].physicalLocation.artifactLocation.uri, 'docs/notes/datum.md');
    assert.equal(sarif.originalUriBaseIds['%SRCROOT%'].uri, `file://${repo}/`);
    assert.equal(JSON.parse(args('gitlab'))[0].location.path, 'docs/notes/datum.md');
    assert.match(args('github'), /^::error file=docs\/notes\/datum\.md,line=6,/);
    assert.match(args('junit'), /<testcase name="docs\/notes\/datum\.md"/);
    assert.match(args('text'), /^docs\/notes\/datum\.md:6:8: /);
    // Without --base: relative to the working directory, even for a path given in full.
    assert.equal((JSON.parse(nota(['check', '--format', 'json', file], repo).stdout) as JsonEntry[])[0]?.file, 'docs/notes/datum.md');
  });

  it('--notes-only skips named files that are not notes by the detection rules', () => {
    const dir = path.join(work, 'notes-only');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'README.md'), '# Project\n\nNot a note.\n');
    cpSync(path.join(FIXTURES, 'date-invalid.md'), path.join(dir, 'datum.md'));
    const readme = nota(['check', '--notes-only', 'README.md'], dir);
    assert.equal(readme.code, 0, readme.stderr);
    assert.equal(readme.stdout, "0 nota's gecontroleerd: 0 fouten, 0 waarschuwingen, 0 ter informatie\n");
    const both = nota(['check', '--notes-only', '--format', 'json', 'README.md', 'datum.md'], dir);
    assert.equal(both.code, 1);
    assert.deepEqual((JSON.parse(both.stdout) as JsonEntry[]).map((e) => e.file), ['datum.md']);
  });

  it('rejects --dry-run without --fix, a report format with --dry-run, and unknown formats (exit 2)', () => {
    for (const args of [['--dry-run'], ['--fix', '--dry-run', '--format', 'sarif'], ['--format', 'xml'], ['--format']]) {
      const run = nota(['check', ...args, path.join('examples', 'beslisnota.md')]);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /^nota: /);
    }
  });
});
