/**
 * The recipes of docs/ci.md, run as far as they can run here: in a copy of a
 * repository of notes (a valid note, a defective one, a README) whose
 * `npx nota` is this checkout's build, each recipe's Nota commands run as its
 * CI service would run them, and the reports it hands to the service
 * (SARIF upload, Code Quality and JUnit artifacts, test results, a diff)
 * must exist and be valid. The pre-commit configuration is run by pre-commit
 * in preCommit.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sarifProblems } from '../support/sarifMultitool';
import { assertValidJunit } from '../support/junitSchema';
import { git, linkNota, notesRepository, run, temporaryFolders, type Run } from './tools';
import { notaCommands, recipe, recipeNames } from './recipes';

interface Step {
  run?: string;
  script?: string;
  uses?: string;
  task?: string;
  if?: string;
  condition?: string;
  with?: Record<string, string>;
  inputs?: Record<string, string>;
}

describe('the recipes of docs/ci.md', function () {
  this.timeout(12 * 60_000);
  const folders = temporaryFolders('nota-recipe-');
  /** A fresh repository of notes with `npx nota` linked to this build. */
  const repository = () => {
    const dir = folders.make();
    notesRepository(dir);
    linkNota(dir);
    return dir;
  };
  const shell = (command: string, dir: string): Promise<Run> => run('bash', ['-c', command], dir);

  after(folders.removeAll);

  it('has the recipes the tests below run, and no other', () => {
    assert.deepEqual(recipeNames().sort(), ['azure', 'fix-dry-run', 'github-annotations', 'github-sarif', 'gitlab', 'pre-commit']);
  });

  it('GitHub Actions with SARIF: the check fails the job on errors, and the SARIF it uploads is valid', async () => {
    const workflow = recipe('github-sarif') as { permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
    assert.equal(workflow.permissions['security-events'], 'write', 'upload-sarif needs security-events: write');
    const steps = Object.values(workflow.jobs)[0]!.steps;
    const dir = repository();
    const [check] = notaCommands(steps.flatMap((s) => (s.run ? [s.run] : [])));
    const result = await shell(check!, dir);
    assert.equal(result.code, 1, result.output);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload?.with?.sarif_file, 'an upload-sarif step with sarif_file');
    assert.equal(upload.if, 'always()', 'uploads also when the check failed');
    const sarif = path.join(dir, upload.with.sarif_file);
    assert.deepEqual(sarifProblems(sarif), []);
    const results = JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    assert.deepEqual([...new Set(results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))], ['notes/kernpunten-ontbreken.md']);
  });

  it('GitHub Actions with annotations: one workflow command per finding', async () => {
    const workflow = recipe('github-annotations') as { jobs: Record<string, { steps: Step[] }> };
    const [check] = notaCommands(Object.values(workflow.jobs)[0]!.steps.flatMap((s) => (s.run ? [s.run] : [])));
    const dir = repository();
    const result = await shell(check!, dir);
    assert.equal(result.code, 1);
    const lines = result.output.trimEnd().split('\n');
    assert.ok(lines.length > 0);
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=notes\/kernpunten-ontbreken\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/);
  });

  it('GitLab CI: the job fails on errors and leaves a valid Code Quality report and JUnit report', async () => {
    const pipeline = recipe('gitlab') as Record<string, { script: string[]; artifacts: { when: string; reports: { codequality: string; junit: string } } }>;
    const job = Object.values(pipeline)[0]!;
    const dir = repository();
    // As GitLab runs a script: line by line, the job ends at the first line that fails.
    const commands = notaCommands(job.script);
    const codes: (number | null)[] = [];
    for (const command of commands) {
      const result = await shell(command, dir);
      codes.push(result.code);
      if (result.code !== 0) break;
    }
    assert.deepEqual(codes, [0, 1], 'the JUnit line never stops the job; the Code Quality line fails it');
    assert.equal(job.artifacts.when, 'always');
    const issues = JSON.parse(readFileSync(path.join(dir, job.artifacts.reports.codequality), 'utf8')) as { check_name: string; fingerprint: string; location: { path: string } }[];
    assert.ok(issues.length > 0);
    for (const issue of issues) assert.equal(issue.location.path, 'notes/kernpunten-ontbreken.md');
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
    assertValidJunit(path.join(dir, job.artifacts.reports.junit));
    assert.match(readFileSync(path.join(dir, job.artifacts.reports.junit), 'utf8'), /<testcase name="notes\/goed\.md"[^>]*\/>/);
  });

  it('Azure DevOps: the test results it publishes are valid JUnit, the failed note a failed test', async () => {
    const pipeline = recipe('azure') as { steps: Step[] };
    const [check] = notaCommands(pipeline.steps.flatMap((s) => (s.script ? [s.script] : [])));
    const dir = repository();
    assert.equal((await shell(check!, dir)).code, 1);
    const publish = pipeline.steps.find((s) => s.task === 'PublishTestResults@2');
    assert.equal(publish?.condition, 'succeededOrFailed()');
    assert.equal(publish?.inputs?.testResultsFormat, 'JUnit');
    const file = path.join(dir, publish!.inputs!.testResultsFiles!);
    assertValidJunit(file);
    assert.match(readFileSync(file, 'utf8'), /<testcase name="notes\/kernpunten-ontbreken\.md"[^>]*>\s*<failure /);
  });

  it('the --fix --dry-run job leaves a diff that git applies to the repository', async () => {
    const pipeline = recipe('fix-dry-run') as Record<string, { script: string[]; artifacts: { paths: string[] } }>;
    const job = Object.values(pipeline)[0]!;
    const dir = repository();
    for (const command of notaCommands(job.script)) assert.equal((await shell(command, dir)).code, 0);
    const diff = path.join(dir, job.artifacts.paths[0]!);
    assert.match(readFileSync(diff, 'utf8'), /^\+## 3\. Kernpunten$/m);
    git(dir, 'apply', '--check', diff);
  });
});
