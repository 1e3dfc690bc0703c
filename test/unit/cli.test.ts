import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXAMPLES, FIXTURES, withReference } from '../support/fixtures';
import { nota } from '../support/cli';

function copyWithReference(source: string, target: string, reference: string): void {
  writeFileSync(target, withReference(readFileSync(source, 'utf8'), reference));
}

describe('nota check (command line)', () => {
  let workspace: string;

  before(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'nota-cli-'));
    mkdirSync(path.join(workspace, 'notes', 'deep'), { recursive: true });
    mkdirSync(path.join(workspace, 'node_modules', 'pkg'), { recursive: true });
    mkdirSync(path.join(workspace, '.hidden'), { recursive: true });
    // Each note its own reference: two notes checked in one run must not share one (reference-duplicate).
    copyWithReference(path.join(EXAMPLES, 'beslisnota.md'), path.join(workspace, 'notes', 'goed.md'), '7000001');
    copyWithReference(path.join(FIXTURES, 'date-invalid.md'), path.join(workspace, 'notes', 'deep', 'datum.md'), '7000002');
    copyWithReference(path.join(FIXTURES, 'field-unknown.md'), path.join(workspace, 'notes', 'veld.md'), '7000003');
    writeFileSync(path.join(workspace, 'notes', 'README.md'), '# Uitleg\n\nGeen nota.\n');
    writeFileSync(path.join(workspace, 'notes', 'concept.nota.md'), '## 1. Aanleiding\n\nTekst.\n');
    cpSync(path.join(FIXTURES, 'date-invalid.md'), path.join(workspace, 'node_modules', 'pkg', 'note.md'));
    cpSync(path.join(FIXTURES, 'date-invalid.md'), path.join(workspace, '.hidden', 'note.md'));
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('checks the shipped examples with exit status 0', () => {
    const { code, stdout, stderr } = nota(['check', 'examples']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.match(stdout, /^1 nota gecontroleerd: 0 fouten, 0 waarschuwingen/m);
  });

  it('walks folders, picks notes by the detection rules and skips node_modules and dot-folders', () => {
    const { code, stdout } = nota(['check', '--format', 'json', 'notes'], workspace);
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as { file: string; diagnostics: { code: string }[] }[];
    assert.deepEqual(report.map((r) => r.file).sort(), ['notes/concept.nota.md', 'notes/deep/datum.md', 'notes/goed.md', 'notes/veld.md'].map((p) => path.normalize(p)));
    const byFile = Object.fromEntries(report.map((r) => [r.file, r.diagnostics.map((d) => d.code)]));
    assert.deepEqual(byFile[path.normalize('notes/goed.md')], []);
    assert.deepEqual(byFile[path.normalize('notes/deep/datum.md')], ['date-invalid']);
    assert.deepEqual(byFile[path.normalize('notes/veld.md')], ['field-unknown']);
  });

  it('prints compiler-style text: path:line:col: severity code message, then a summary', () => {
    const { code, stdout } = nota(['check', path.join('notes', 'deep', 'datum.md')], workspace);
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.equal(lines[0], `${path.join('notes', 'deep', 'datum.md')}:6:8: error date-invalid ‘29 februari 2026’ is geen geldige datum. Schrijf een bestaande datum als ‘19 maart 2026’ of ‘2026-03-19’.`);
    assert.equal(lines[1], '1 nota gecontroleerd: 1 fout, 0 waarschuwingen, 0 ter informatie');
  });

  it('exits 0 when there are only warnings', () => {
    assert.equal(nota(['check', path.join('notes', 'veld.md')], workspace).code, 0);
  });

  it('writes JSON with 0-based UTF-16 ranges and exactly the documented fields', () => {
    const { code, stdout } = nota(['check', '--format=json', path.join(FIXTURES, 'unicode-columns.md')]);
    assert.equal(code, 0);
    const [entry] = JSON.parse(stdout) as { file: string; diagnostics: Record<string, unknown>[] }[];
    assert.ok(entry);
    assert.deepEqual(Object.keys(entry).sort(), ['diagnostics', 'file']);
    const [diagnostic] = entry.diagnostics;
    assert.deepEqual(Object.keys(diagnostic ?? {}).sort(), ['code', 'message', 'range', 'severity']);
    assert.deepEqual(diagnostic?.range, { start: { line: 15, character: 31 }, end: { line: 15, character: 53 } });
    assert.equal(diagnostic?.severity, 'warning');
  });

  it('treats a file named explicitly as a note, even without frontmatter', () => {
    const { code, stdout } = nota(['check', '--format', 'json', path.join('notes', 'README.md')], workspace);
    assert.equal(code, 1);
    const [entry] = JSON.parse(stdout) as { diagnostics: { code: string }[] }[];
    assert.ok(entry?.diagnostics.some((d) => d.code === 'frontmatter-missing'));
  });

  it('expands globs itself', () => {
    const { stdout } = nota(['check', '--format', 'json', 'notes/**/*.md'], workspace);
    const files = (JSON.parse(stdout) as { file: string }[]).map((r) => r.file).sort();
    assert.deepEqual(files, ['notes/concept.nota.md', 'notes/deep/datum.md', 'notes/goed.md', 'notes/veld.md']);
  });

  it('reports two notes of one run that share a reference, on the reference of each, naming the other as the report names files', () => {
    const example = path.join(EXAMPLES, 'beslisnota.md');
    const fixture = path.join(FIXTURES, 'field-unknown.md');
    const { code, stdout } = nota(['check', 'notes', example, fixture], workspace);
    assert.equal(code, 1);
    const [shownExample, shownFixture] = [example, fixture].map((file) => path.relative(workspace, file).split(path.sep).join('/'));
    const lines = stdout.trim().split('\n').filter((line) => line.includes('reference-duplicate'));
    assert.deepEqual(lines, [
      `${shownExample}:8:13: error reference-duplicate De referentie ‘7244668’ staat ook in ‘${shownFixture}’: elke nota heeft een eigen referentie.`,
      `${shownFixture}:7:13: error reference-duplicate De referentie ‘7244668’ staat ook in ‘${shownExample}’: elke nota heeft een eigen referentie.`,
    ]);
    // Checked in separate runs, neither knows the other.
    assert.equal(nota(['check', example]).code, 0);
  });

  it('reports a missing file in one line, without a stack trace, with exit status 2', () => {
    const { code, stderr } = nota(['check', 'bestaat-niet.md', path.join(EXAMPLES, 'beslisnota.md')]);
    assert.equal(code, 2);
    assert.equal(stderr, "nota: cannot read 'bestaat-niet.md': no such file or folder\n");
  });

  it('rejects bad usage with exit status 2', () => {
    assert.equal(nota(['check']).code, 2);
    assert.equal(nota(['check', '--format', 'xml', 'x.md']).code, 2);
    assert.equal(nota(['check', '--bogus', 'x.md']).code, 2);
    assert.equal(nota(['frobnicate']).code, 2);
    assert.equal(nota(['--help']).code, 0);
  });

  it('speaks English with --lang en', () => {
    const { stdout } = nota(['check', '--lang', 'en', path.join(FIXTURES, 'field-missing.md')]);
    assert.match(stdout, /error field-missing The required field ‘referentie’ is missing\./);
    assert.match(stdout, /1 note checked: 1 error, 0 warnings/);
  });

  it('checks a 10 MB note fully (the size limit is for live checks only)', function () {
    this.timeout(120000);
    const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
    const part = Array.from({ length: 200 }, (_, i) => `### 4.${i + 2}. Deel ${i}\n\n${'De monitor is gebaseerd op data uit de strafrechtketen. '.repeat(8)}\n`).join('\n');
    let body = '';
    while (body.length < 10_000_000) body += `${part}\n`;
    const file = path.join(workspace, 'groot.md');
    writeFileSync(file, example.replace('## 5. Informatie', `${body}\n## 5. Informatie`));
    const { code, stdout } = nota(['check', '--format', 'json', file]);
    assert.ok(code === 0 || code === 1, `exit ${code}`);
    const [entry] = JSON.parse(stdout) as { diagnostics: { code: string }[] }[];
    // Every repetition restarts the subsection numbers: the checker saw all of them.
    assert.ok((entry?.diagnostics.filter((d) => d.code === 'section-numbering').length ?? 0) > 100);
    assert.ok(!entry?.diagnostics.some((d) => d.code === 'note-too-large'));
  });

  it('reads a file with a BOM like an editor does (the BOM is not a character of line 1)', () => {
    const file = path.join(workspace, 'bom.md');
    writeFileSync(file, '\uFEFF' + readFileSync(path.join(FIXTURES, 'field-unknown.md'), 'utf8'));
    const { stdout } = nota(['check', '--format', 'json', file]);
    const [entry] = JSON.parse(stdout) as { diagnostics: { code: string; range: { start: { line: number; character: number } } }[] }[];
    assert.deepEqual(entry?.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['field-unknown', 7, 0]]);
  });
});
