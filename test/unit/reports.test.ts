/** The CI report formats as pure functions: findings in, text out (the CLI tests run them end to end). */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import type { Finding } from '../../server/src/core/findings/finding';
import { FINDING_CODES } from '../../server/src/core/findings/codes';
import { formatSarif } from '../../server/src/cli/reports/sarif';
import { formatJunit } from '../../server/src/cli/reports/junit';
import { formatGitlab } from '../../server/src/cli/reports/gitlab';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/cli/reports/github';
import { fingerprints } from '../../server/src/cli/reports/fingerprint';
import { folderUri, reportPath, uriReference } from '../../server/src/cli/reports/paths';
import { xmlAttribute, xmlText } from '../../server/src/cli/reports/xml';
import type { ReportEntry } from '../../server/src/cli/reports/report';
import { EXAMPLES, FIXTURES, ROOT, doc } from '../support/fixtures';
import { assertValidJunit } from '../support/junitSchema';

const tool = { version: '1.2.3', homepage: 'https://nota.example/' };
const service = createLanguageService();

function check(file: string, text = readFileSync(file, 'utf8'), locale: 'nl' | 'en' = 'nl'): Finding[] {
  const findings = service.check(doc(file, text), { locale, force: true }) ?? [];
  service.close(file);
  return findings;
}

function finding(code: Finding['code'], severity: Finding['severity'], message: string, line = 0, character = 0, length = 1): Finding {
  return { code, severity, message, range: { start: { line, character }, end: { line, character: character + length } } };
}

describe('report formats (pure functions)', () => {
  const dateFile = path.join(FIXTURES, 'date-invalid.md');
  const entries: ReportEntry[] = [
    { file: 'examples/beslisnota.md', findings: check(path.join(EXAMPLES, 'beslisnota.md')) },
    { file: 'notes/datum.md', findings: check(dateFile), text: readFileSync(dateFile, 'utf8') },
    { file: 'notes/veld.md', findings: [finding('field-unknown', 'warning', 'Onbekend veld ‘auteur’', 7, 0, 6), finding('note-too-large', 'information', 'Groot', 0, 0, 0)] },
  ];

  // Each report is made inside its test, not while the tests are collected: a mutation run switches its mutants per test.
  describe('SARIF', () => {
    const sarif = () => JSON.parse(formatSarif(entries, { locale: 'en', tool, baseUri: 'file:///work/repo/' }));

    it('is one 2.1.0 run of the tool nota, with its version, home page and UTF-16 columns', () => {
      const log = sarif();
      const run = log.runs[0];
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      assert.deepEqual({ name: run.tool.driver.name, version: run.tool.driver.version, informationUri: run.tool.driver.informationUri }, { name: 'nota', version: '1.2.3', informationUri: 'https://nota.example/' });
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/repo/' } });
    });

    it('has one rule per finding code, described in the message language, linked to its documentation', () => {
      const run = sarif().runs[0];
      assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), FINDING_CODES);
      const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'date-invalid');
      assert.equal(rule.shortDescription.text, 'The date does not exist or is not in an accepted form.');
      assert.equal(rule.helpUri, 'https://nota.example/docs/findings.md#date-invalid');
      assert.equal(rule.defaultConfiguration.level, 'error');
      const dutch = JSON.parse(formatSarif(entries, { locale: 'nl', tool, baseUri: 'file:///x/' }));
      assert.equal(dutch.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'date-invalid').shortDescription.text, 'De datum bestaat niet of staat niet in een geaccepteerde vorm.');
    });

    it('has a result per finding with its level, rule and 1-based region (end column exclusive)', () => {
      const run = sarif().runs[0];
      assert.deepEqual(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]), [['date-invalid', 'error'], ['field-unknown', 'warning'], ['note-too-large', 'note']]);
      const [date, unknown] = run.results;
      const range = entries[1]!.findings[0]!.range;
      assert.deepEqual(date.locations[0].physicalLocation.region, { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 });
      assert.deepEqual(unknown.locations[0].physicalLocation.region, { startLine: 8, startColumn: 1, endLine: 8, endColumn: 7 });
      assert.equal(run.tool.driver.rules[date.ruleIndex].id, 'date-invalid');
      assert.deepEqual(date.locations[0].physicalLocation.artifactLocation, { uri: 'notes/datum.md', uriBaseId: '%SRCROOT%', index: 1 });
      assert.equal(run.artifacts.length, 3, 'every checked file, findings or not');
    });

    it('names each rule as an identifier, lists every artifact with its type, and gives each result its message and fingerprint', () => {
      const log = sarif();
      assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      const run = log.runs[0];
      const names = new Map(run.tool.driver.rules.map((r: { id: string; name: string }) => [r.id, r.name]));
      assert.equal(names.get('date-invalid'), 'DateInvalid');
      assert.equal(names.get('section-missing'), 'SectionMissing');
      assert.equal(names.get('portfolio-holder-unknown'), 'PortfolioHolderUnknown');
      const withConfig: ReportEntry[] = [...entries, { file: '.nota/types/memo schema.json', findings: [], config: true }];
      const artifacts = JSON.parse(formatSarif(withConfig, { locale: 'en', tool, baseUri: 'file:///r/' })).runs[0].artifacts;
      assert.deepEqual(artifacts, [
        { location: { uri: 'examples/beslisnota.md', uriBaseId: '%SRCROOT%' }, mimeType: 'text/markdown', roles: ['analysisTarget'] },
        { location: { uri: 'notes/datum.md', uriBaseId: '%SRCROOT%' }, mimeType: 'text/markdown', roles: ['analysisTarget'] },
        { location: { uri: 'notes/veld.md', uriBaseId: '%SRCROOT%' }, mimeType: 'text/markdown', roles: ['analysisTarget'] },
        { location: { uri: '.nota/types/memo%20schema.json', uriBaseId: '%SRCROOT%' }, mimeType: 'application/json', roles: ['analysisTarget'] },
      ]);
      const [date, unknown, large] = run.results;
      assert.deepEqual([date.message, unknown.message, large.message], [{ text: entries[1]!.findings[0]!.message }, { text: 'Onbekend veld ‘auteur’' }, { text: 'Groot' }]);
      assert.deepEqual(date.partialFingerprints, { 'notaFinding/v1': fingerprints('notes/datum.md', entries[1]!.findings, entries[1]!.text)[0] });
      assert.deepEqual([unknown.partialFingerprints, large.partialFingerprints], fingerprints('notes/veld.md', entries[2]!.findings, undefined).map((print) => ({ 'notaFinding/v1': print })));
    });
  });

  it('every rule\'s helpUri leads to a heading of docs/findings.md, one per finding code, with its Dutch message', () => {
    const doc = readFileSync(path.join(ROOT, 'docs', 'findings.md'), 'utf8');
    const headings = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual([...headings].sort(), [...FINDING_CODES].sort());
    const log = JSON.parse(formatSarif([], { locale: 'nl', tool, baseUri: 'file:///x/' }));
    for (const rule of log.runs[0].tool.driver.rules as { id: string; helpUri: string }[]) {
      // GitHub's anchor for '## section-missing' is 'section-missing'.
      assert.equal(new URL(rule.helpUri).hash, `#${rule.id}`);
      const section = doc.slice(doc.indexOf(`## ${rule.id}\n`)).split(/^## /m)[1] ?? '';
      assert.match(section, /Dutch messages?(, for example)?: \*/, `${rule.id}: its Dutch message`);
      assert.match(section, /\*\*How to fix\.\*\*/, `${rule.id}: how to fix it`);
    }
  });

  describe('JUnit', () => {
    it('has one suite with a test case per file; a file with errors fails and lists them; warnings go to system-out', () => {
      const xml = formatJunit(entries, { locale: 'nl', tool, seconds: 1.5 });
      assert.equal((xml.match(/<testsuite /g) ?? []).length, 1);
      assert.equal((xml.match(/<testcase /g) ?? []).length, 3);
      assert.match(xml, /<testsuite name="nota check" tests="3" failures="1" errors="0" skipped="0" time="1\.500">/);
      assert.match(xml, /<testcase name="examples\/beslisnota\.md" classname="nota" file="examples\/beslisnota\.md" time="0"\/>/);
      assert.match(xml, /<failure message="1 fout" type="nota">notes\/datum\.md:6:8: error date-invalid ‘29 februari 2026’ is geen geldige datum\./);
      assert.match(xml, /<system-out>notes\/veld\.md:8:1: warning field-unknown Onbekend veld ‘auteur’\nnotes\/veld\.md:1:1: information note-too-large Groot<\/system-out>/);
      assert.doesNotMatch(xml.split('notes/veld.md')[1] ?? '', /<failure/);
    });

    it('writes the whole report: a passed file, failures counted in the message language, other findings as output', () => {
      const report: ReportEntry[] = [
        { file: 'a.md', findings: [] },
        { file: 'b.md', findings: [finding('date-invalid', 'error', 'Fout één', 5, 7, 3), finding('field-unknown', 'warning', 'Let op', 7, 0, 6), finding('field-invalid', 'error', 'Fout twee', 6, 0, 2)] },
        { file: 'c.md', findings: [finding('note-too-large', 'information', 'Groot', 0, 0, 0)] },
        { file: 'd.md', findings: [finding('date-invalid', 'error', 'E', 0, 0, 1)] },
      ];
      const lines = (one: string, two: string) => [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="nota check" tests="4" failures="2" errors="0" time="2.000">',
        '  <testsuite name="nota check" tests="4" failures="2" errors="0" skipped="0" time="2.000">',
        '    <testcase name="a.md" classname="nota" file="a.md" time="0"/>',
        '    <testcase name="b.md" classname="nota" file="b.md" time="0">',
        `      <failure message="${two}" type="nota">b.md:6:8: error date-invalid Fout één\nb.md:7:1: error field-invalid Fout twee</failure>`,
        '      <system-out>b.md:8:1: warning field-unknown Let op</system-out>',
        '    </testcase>',
        '    <testcase name="c.md" classname="nota" file="c.md" time="0">',
        '      <system-out>c.md:1:1: information note-too-large Groot</system-out>',
        '    </testcase>',
        '    <testcase name="d.md" classname="nota" file="d.md" time="0">',
        `      <failure message="${one}" type="nota">d.md:1:1: error date-invalid E</failure>`,
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n');
      assert.equal(formatJunit(report, { locale: 'nl', tool, seconds: 2 }), lines('1 fout', '2 fouten'));
      assert.equal(formatJunit(report, { locale: 'en', tool, seconds: 2 }), lines('1 error', '2 errors'));
      // Only a file with an error fails.
      assert.match(formatJunit(report.slice(2, 3), { locale: 'nl', tool, seconds: 0 }), /<testsuites name="nota check" tests="1" failures="0" errors="0" time="0\.000">/);
    });

    it('escapes markup and writes characters XML 1.0 forbids as visible escapes, in text and attributes', () => {
      assert.equal(xmlText('a < b && c > d\u0000\u001B\uFFFE\uD800x'), 'a &lt; b &amp;&amp; c &gt; d\\u0000\\u001B\\uFFFE\\uD800x');
      assert.equal(xmlText('emoji 😀 stays'), 'emoji 😀 stays');
      assert.equal(xmlAttribute('"quoted"\ttab\nline\r'), '&quot;quoted&quot;&#9;tab&#10;line&#13;');
      const nasty: ReportEntry[] = [{ file: 'a"<&>\u0001.md', findings: [finding('field-invalid', 'error', ']]> <x> & \u0007 \uDFFF')] }];
      const dir = mkdtempSync(path.join(tmpdir(), 'nota-junit-'));
      try {
        const file = path.join(dir, 'report.xml');
        writeFileSync(file, formatJunit(nasty, { locale: 'en', tool, seconds: 0 }));
        assertValidJunit(file);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('GitLab Code Quality', () => {
    it('has an issue per finding with description, check_name, severity, relative path and begin line', () => {
      const issues = JSON.parse(formatGitlab(entries));
      assert.deepEqual(issues.map((i: { check_name: string; severity: string; location: { path: string; lines: { begin: number } } }) => [i.check_name, i.severity, i.location.path, i.location.lines.begin]), [
        ['date-invalid', 'major', 'notes/datum.md', 6],
        ['field-unknown', 'minor', 'notes/veld.md', 8],
        ['note-too-large', 'info', 'notes/veld.md', 1],
      ]);
      assert.equal(issues[0].description, entries[1]!.findings[0]!.message);
      assert.equal(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size, issues.length);
    });
  });

  describe('fingerprints', () => {
    const text = readFileSync(path.join(FIXTURES, 'date-invalid.md'), 'utf8');

    it('stay the same when lines are added above a finding or the language changes, and differ per file', () => {
      const before = fingerprints('a.md', check('a.md', text), text);
      const shifted = text.replace('---\n', '---\n# opmerking: nieuw\n').replace(/\n## 1\./, '\nEen nieuwe regel.\n\n## 1.');
      const shiftedFindings = check('a.md', shifted);
      assert.notEqual(shiftedFindings[0]?.range.start.line, check('a.md', text)[0]?.range.start.line, 'the finding moved');
      assert.deepEqual(fingerprints('a.md', shiftedFindings, shifted), before);
      assert.notDeepEqual(fingerprints('b.md', check('b.md', text), text), before);
      assert.deepEqual(fingerprints('a.md', check('a.md', text, 'en'), text), before, 'the message language changes nothing');
    });

    it('are the same from one version of Nota to the next (notaFinding/v1): file, code, covered text with white space collapsed, string data by name, order among equals', () => {
      const text = 'regel een\n  twee   woorden\n\tdrie\n';
      const at = (data: Finding['data']): Finding => ({ ...finding('date-invalid', 'error', 'bericht', 1, 0, 0), range: { start: { line: 1, character: 0 }, end: { line: 2, character: 5 } }, data });
      // sha256 of 'notes/a.md␀date-invalid␀twee woorden drie␀b=x␀veld=datum␀' followed by 0, then 1.
      const expected = ['c752494909624dcb36ec9a94ace5009255db3f8a7f72cc01b1b580c1683ca201', 'bf89054164bbe4baf59f9f602764b2bdee21dd170a5a6d9286bf131b7de02e28'];
      assert.deepEqual(fingerprints('notes/a.md', [at({ veld: 'datum', b: 'x', count: 3 }), at({ b: 'x', veld: 'datum', flag: true })], text), expected);
      // The message and the data that is no text change nothing; the covered text and the string data do.
      const one = (data: Finding['data'], source = text) => fingerprints('notes/a.md', [at(data)], source)[0];
      assert.equal(one({ b: 'x', veld: 'datum' }), expected[0]);
      assert.notEqual(one({ b: 'y', veld: 'datum' }), expected[0]);
      assert.notEqual(one({ b: 'x', veld: 'datum', c: '' }), expected[0]);
      assert.equal(one({ b: 'x', veld: 'datum' }, 'x\ntwee woorden \n drie'), expected[0]);
      assert.notEqual(one({ b: 'x', veld: 'datum' }, 'x\ntwee woorden\ndrei\n'), expected[0]);
      // Without the file's text, findings differ by code, data and order alone.
      const blind = fingerprints('notes/a.md', [at({ veld: 'datum' }), { ...at({ veld: 'datum' }), range: { start: { line: 9, character: 0 }, end: { line: 9, character: 3 } } }], undefined);
      assert.equal(new Set(blind).size, 2);
      assert.deepEqual(fingerprints('notes/a.md', [at({ veld: 'datum' })], undefined), blind.slice(0, 1));
    });

    it('tell apart the same finding on identical text in one file', () => {
      const twice = readFileSync(path.join(FIXTURES, 'personal-data.md'), 'utf8').replace(/(\n[^\n]*j\.jansen@minjenv\.nl[^\n]*\n)/, '$1$1');
      const findings = check('p.md', twice).filter((f) => f.code === 'personal-data');
      const prints = fingerprints('p.md', findings, twice);
      assert.equal(findings.length, 6);
      assert.equal(new Set(prints).size, prints.length);
      assert.deepEqual(fingerprints('p.md', findings, twice), prints, 'and are the same on every run');
    });
  });

  describe('GitHub workflow commands', () => {
    it('writes ::error, ::warning and ::notice with file, lines, columns and the code as title', () => {
      assert.deepEqual(formatGithub(entries).trimEnd().split('\n'), [
        `::error file=notes/datum.md,line=6,col=8,endLine=6,endColumn=${entries[1]!.findings[0]!.range.end.character + 1},title=date-invalid::${entries[1]!.findings[0]!.message}`,
        '::warning file=notes/veld.md,line=8,col=1,endLine=8,endColumn=7,title=field-unknown::Onbekend veld ‘auteur’',
        '::notice file=notes/veld.md,line=1,col=1,endLine=1,endColumn=1,title=note-too-large::Groot',
      ]);
      assert.equal(formatGithub([{ file: 'x.md', findings: [] }]), '');
    });

    it('escapes % CR LF in messages, and also : and , in properties', () => {
      assert.equal(escapeData('100% a\r\nb: c, d'), '100%25 a%0D%0Ab: c, d');
      assert.equal(escapeProperty('dir,1/a:b%.md'), 'dir%2C1/a%3Ab%25.md');
      const line = formatGithub([{ file: 'a,b:c.md', findings: [finding('field-invalid', 'error', 'x\ny::z')] }]);
      assert.equal(line, '::error file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=2,title=field-invalid::x%0Ay::z\n');
    });
  });

  it('links each rule to its section of docs/findings.md under the home page, with or without its closing slash', () => {
    const rules = (homepage: string) => JSON.parse(formatSarif([], { locale: 'en', tool: { version: '1', homepage }, baseUri: 'file:///x/' })).runs[0].tool.driver.rules;
    assert.equal(rules('https://example.org/nota')[0].helpUri, `https://example.org/nota/docs/findings.md#${FINDING_CODES[0]}`);
    assert.equal(rules('https://example.org/nota/')[0].helpUri, `https://example.org/nota/docs/findings.md#${FINDING_CODES[0]}`);
  });

  describe('paths', () => {
    it('are relative to the base folder with forward slashes, and percent-encoded as URI references', () => {
      assert.equal(reportPath(path.join('/work', 'repo', 'notes', 'a.md'), '/work/repo'), 'notes/a.md');
      assert.equal(reportPath('/work/other/a.md', '/work/repo'), '../other/a.md');
      assert.equal(uriReference('notes/nota 1#?.md'), 'notes/nota%201%23%3F.md');
      assert.equal(uriReference('../a:b.md'), '../a%3Ab.md');
      assert.equal(folderUri('/work/my repo'), 'file:///work/my%20repo/');
      assert.equal(folderUri('/work/repo/'), 'file:///work/repo/');
      assert.equal(folderUri('/'), 'file:///');
      assert.equal(uriReference('./a/../b c/.'), './a/../b%20c/.');
    });
  });
});
