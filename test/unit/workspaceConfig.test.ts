import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { configProblemFinding, readWorkspaceConfig, workspaceConfigOf, type ConfigFile } from '../../server/src/core/workspace/workspaceConfig';
import { isPathologicalPattern } from '../../server/src/core/schema/safePattern';
import { FIXTURES, ROOT, doc, summarize } from '../support/fixtures';
import { timeLimit } from '../support/timeLimit';

const memo = {
  'x-nota-type': 'memo',
  title: 'Memo',
  type: 'object',
  properties: { frontmatter: { type: 'object', required: ['type', 'aan'], properties: { type: { const: 'memo' }, aan: { type: 'array', items: { type: 'string', 'x-nota-portfolio-holder': true } } } } },
  'x-nota-sections': { sections: [{ id: 'vraag', title: 'Vraag', required: true }, { id: 'antwoord', title: 'Antwoord', required: true }] },
};
const memoNote = '---\ntype: memo\naan:\n  - MDZ\n---\n\n## 1. Vraag\n\nWaarom?\n';
const registry = JSON.stringify({ portfolioHolders: [{ role: 'minister', portfolio: 'Digitale Zaken', shortForms: ['MDZ'] }] });
const valid = readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8');

function file(kind: ConfigFile['kind'], name: string, text: string): ConfigFile {
  return { kind, path: `/ws/.nota/${name}`, text };
}

describe('workspace configuration', () => {
  it('adds a note type from a schema and extends the registry', () => {
    const service = createLanguageService();
    const problems = service.configure(readWorkspaceConfig([file('note-type', 'types/memo.schema.json', JSON.stringify(memo)), file('registry', 'portefeuilles.json', registry)]));
    assert.deepEqual(problems, []);
    assert.deepEqual(summarize(service.check(doc('file:///m.md', memoNote), { locale: 'nl' }) ?? []), ['10:1 section-missing']);
  });

  it('takes effect at once for open documents when the configuration changes', () => {
    const service = createLanguageService();
    const document = doc('file:///m.md', memoNote);
    assert.equal(service.check(document, { locale: 'nl' }), null, 'memo is not a known type yet');
    service.configure(readWorkspaceConfig([file('note-type', 'types/memo.schema.json', JSON.stringify(memo))]));
    assert.deepEqual(summarize(service.check(document, { locale: 'nl' }) ?? []), ['10:1 section-missing', '4:5 portfolio-holder-unknown']);
  });

  it('reports a file that is not JSON at the error, and keeps the built-in types working', () => {
    const service = createLanguageService();
    const problems = service.configure(readWorkspaceConfig([file('note-type', 'types/kapot.schema.json', '{\n  "x-nota-type": "kapot",\n  oops\n}')]));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.path, '/ws/.nota/types/kapot.schema.json');
    // The whole word that is not JSON, `oops`.
    assert.deepEqual([problems[0]?.message, problems[0]?.range], ['not valid JSON: InvalidSymbol', { start: { line: 2, character: 2 }, end: { line: 2, character: 6 } }]);
    assert.deepEqual(service.check(doc('file:///v.md', valid), { locale: 'nl' }), []);
  });

  it('refuses a file nested too deep to read safely, at the first bracket too many, and keeps the built-in types working', () => {
    const service = createLanguageService();
    // Thousands of levels would overflow the JSON parser's stack; brackets in strings and comments do not count.
    const deep = `{"x-nota-type": "diep", "d": "[[[[", /* [[[[ */\n"p": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const problems = service.configure(readWorkspaceConfig([file('note-type', 'types/diep.schema.json', deep), file('registry', 'portefeuilles.json', '['.repeat(3000))]));
    // The object is level 1, so the 200th bracket of line 1 (after `"p": `) opens level 201.
    const opening = '"p": '.length + 199;
    assert.deepEqual(problems.map((p) => [p.path, p.message, p.range.start, p.range.end]), [
      ['/ws/.nota/types/diep.schema.json', 'nested more than 200 levels deep', { line: 1, character: opening }, { line: 1, character: opening + 1 }],
      ['/ws/.nota/portefeuilles.json', 'nested more than 200 levels deep', { line: 0, character: 200 }, { line: 0, character: 201 }],
    ]);
    assert.deepEqual(service.check(doc('file:///v.md', valid), { locale: 'nl' }), []);
    // Exactly 200 levels are read as usual (and this schema is simply not a note type then).
    const within = readWorkspaceConfig([file('registry', 'r.json', `${'['.repeat(200)}${']'.repeat(200)}`)]);
    assert.deepEqual(within.problems.map((p) => p.message), ['not a valid portfolio registry: / must be object']);
  });

  it('refuses schemas that are not note types, do not compile, or hold a pathological pattern', () => {
    const service = createLanguageService();
    const problems = service.configure(readWorkspaceConfig([
      file('note-type', 'types/a.schema.json', JSON.stringify({ type: 'object' })),
      file('note-type', 'types/b.schema.json', JSON.stringify({ 'x-nota-type': 'b', type: 'nonsense' })),
      file('note-type', 'types/c.schema.json', JSON.stringify({ 'x-nota-type': 'c', properties: { frontmatter: { properties: { x: { pattern: '^(\\w+\\s?)*$' } } } } })),
      file('registry', 'portefeuilles.json', JSON.stringify({ portfolioHolders: [{ role: 'keizer', portfolio: 'X' }] })),
    ]));
    assert.deepEqual(problems.map((p) => path.basename(p.path)).sort(), ['a.schema.json', 'b.schema.json', 'c.schema.json', 'portefeuilles.json']);
    assert.match(problems.find((p) => p.path.endsWith('c.schema.json'))?.message ?? '', /exponential time/);
    assert.deepEqual(service.check(doc('file:///v.md', valid), { locale: 'nl' }), []);
  });

  it('never fetches a remote $ref: such a schema is refused, offline, at once', () => {
    const service = createLanguageService();
    const started = Date.now();
    const problems = service.configure(readWorkspaceConfig([file('note-type', 'types/remote.schema.json', JSON.stringify({ 'x-nota-type': 'remote', $ref: 'https://example.org/nota.schema.json' }))]));
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.message ?? '', /can't resolve reference|resolve/i);
    assert.ok(Date.now() - started < timeLimit(2000));
  });

  it('lets a workspace override a built-in type (an 8-digit reference, as OCW uses)', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'beslisnota.schema.json'), 'utf8')) as { properties: { frontmatter: { properties: { referentie: { pattern: string } } } } };
    schema.properties.frontmatter.properties.referentie.pattern = '^[0-9]{8}$';
    const service = createLanguageService();
    service.configure(readWorkspaceConfig([file('note-type', 'types/beslisnota.schema.json', JSON.stringify(schema))]));
    assert.deepEqual(summarize(service.check(doc('file:///v.md', valid), { locale: 'nl' }) ?? []), ['7:13 reference-invalid']);
    assert.deepEqual(service.check(doc('file:///v8.md', valid.replace('"7244668"', '"62163933"')), { locale: 'nl' }), []);
  });

  it('tells pathological patterns from safe ones', () => {
    for (const bad of ['(a+)+', '^(\\w*)*$', '(a|aa)+', '((ab)*)+', '(x+x+)+y', '(.*){2,}', '(a{1,3})*', '(a+){2,5}', '(a+){,9}', '(?:a|b)+', '((a)+)+', '([)]+)+']) assert.ok(isPathologicalPattern(bad), bad);
    for (const fine of ['(a+){2}', '(a+){0,1}', '(a+){1}', '(a+)?', '((a)+)', 'a|b+', '(a)(b)+', '[\\]a+]+', '\\(a+)+', '(\\|a)+']) assert.ok(!isPathologicalPattern(fine), fine);
    for (const good of ['^[0-9]{7}$', '\\S', '^(\\d{4})-(\\d{2})$', '(ab)+', '^[a-z]+(-[a-z]+)*$'.replace('(-[a-z]+)*', '(?:-[a-z]+)?'), '[(a+)+]', '\\(a+\\)+', '(a|b)?']) {
      assert.ok(!isPathologicalPattern(good), good);
    }
  });

  it('nota check uses the .nota folder of the workspace a note lies in, and reports broken files there', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'nota-ws-'));
    try {
      mkdirSync(path.join(root, '.nota', 'types'), { recursive: true });
      mkdirSync(path.join(root, 'notes'));
      writeFileSync(path.join(root, '.nota', 'types', 'memo.schema.json'), JSON.stringify(memo));
      writeFileSync(path.join(root, '.nota', 'types', 'kapot.schema.json'), '{ "x-nota-type": ');
      writeFileSync(path.join(root, '.nota', 'portefeuilles.json'), registry);
      writeFileSync(path.join(root, 'notes', 'memo.md'), memoNote);
      const result = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', path.join(root, 'notes')], { encoding: 'utf8', cwd: root });
      assert.equal(result.status, 1, result.stderr);
      const report = JSON.parse(result.stdout) as { file: string; diagnostics: { code: string }[] }[];
      assert.deepEqual(report.map((r) => [r.file, r.diagnostics.map((d) => d.code)]), [
        // Paths relative to the working directory, with forward slashes, for the configuration file and the note alike.
        ['.nota/types/kapot.schema.json', ['config-invalid']],
        ['notes/memo.md', ['section-missing']],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reports each problem on its file: the problems met reading the files first, each as a config-invalid error', () => {
    const read = { problems: [{ path: '/ws/.nota/types/x.schema.json', message: 'cannot read it', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }], files: [file('note-type', 'types/leeg.schema.json', '')] };
    const config = workspaceConfigOf(read);
    assert.deepEqual(config.problems.map((p) => [p.path, p.message, p.range]), [
      ['/ws/.nota/types/x.schema.json', 'cannot read it', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }],
      ['/ws/.nota/types/leeg.schema.json', 'not valid JSON: ValueExpected', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }],
    ]);
    const finding = configProblemFinding('en', config.problems[1] as never);
    assert.deepEqual([finding.code, finding.severity, finding.message, finding.range], ['config-invalid', 'error', 'Nota configuration skipped: not valid JSON: ValueExpected', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]);
  });

  it('takes comments in JSON files, not trailing commas; a registry must follow its schema', () => {
    const withComment = readWorkspaceConfig([file('registry', 'portefeuilles.json', `// eigen\n${registry}`)]);
    assert.deepEqual([withComment.problems, withComment.registries.length], [[], 1]);
    const trailing = readWorkspaceConfig([file('registry', 'portefeuilles.json', '{ "ministries": [], }')]);
    assert.deepEqual(trailing.problems.map((p) => [p.message, p.range.start.character, p.range.end.character]), [['not valid JSON: PropertyNameExpected', 20, 21]]);
    const wrong = readWorkspaceConfig([file('registry', 'portefeuilles.json', '[]')]);
    assert.deepEqual(wrong.problems.map((p) => p.message), ['not a valid portfolio registry: / must be object']);
    assert.deepEqual(wrong.registries, []);
    const missing = readWorkspaceConfig([file('registry', 'portefeuilles.json', JSON.stringify({ portfolioHolders: [{ role: 'minister' }] }))]);
    assert.deepEqual(missing.problems.map((p) => [p.message, p.range]), [
      ['not a valid portfolio registry: /portfolioHolders/0 must have required property \'portfolio\'', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }],
    ]);
  });
});
