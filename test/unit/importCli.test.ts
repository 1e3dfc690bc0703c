/**
 * `nota import` on the command line (the shipped dist/cli.js): where notes
 * are written, the report, exit statuses, and the hostile set: each bad file
 * gets one error line naming it and nothing written, while the good files of
 * the same run are imported; nothing of a file an entity points at reaches
 * any output.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXAMPLES, ROOT } from '../support/fixtures';
import { writeEncryptedPdf, writeHostileFiles } from '../support/hostileImports';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const SEED = path.join(ROOT, 'test', 'fixtures', 'import', 'nota-jenv-2026-03-19.txt');
const EXAMPLE = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');

function nota(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'nl_NL.UTF-8', NOTA_LANG: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('nota import (command line)', function () {
  this.timeout(120_000);
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'nota-import-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the note beside its source, reports what it recognised and dropped, and exits 0', () => {
    cpSync(SEED, path.join(folder, 'nota.txt'));
    const { code, stdout, stderr } = nota(['import', 'nota.txt'], folder);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(readFileSync(path.join(folder, 'nota.md'), 'utf8'), EXAMPLE);
    assert.deepEqual(stdout.split('\n'), [
      'nota.txt → nota.md: beslisnota (heeft ‘Geadviseerd besluit’)',
      '  herkend: onderwerp, aan, datum, referentie, bijlagen, afzender, 5 secties, 1 subsectie, 1 tussenkop, 3 lijsten',
      '  weggelaten: herhaalde paginakop (10 regels: ‘Directoraat-Generaal’ … ‘7244668’)',
      '',
    ]);
  });

  it('speaks English with --lang en, writes into -o, and refuses to overwrite unless --force', () => {
    cpSync(SEED, path.join(folder, 'nota.txt'));
    const first = nota(['import', '--lang', 'en', '-o', 'uit', 'nota.txt'], folder);
    assert.equal(first.code, 0);
    assert.match(first.stdout, /^nota\.txt → uit\/nota\.md: beslisnota \(has ‘Geadviseerd besluit’\)\n {2}recognised: /);
    assert.match(first.stdout, /dropped: repeated running header \(10 lines/);
    writeFileSync(path.join(folder, 'uit', 'nota.md'), 'mijn eigen tekst');
    const again = nota(['import', '-o', 'uit', 'nota.txt'], folder);
    assert.equal(again.code, 2);
    assert.equal(again.stderr, "nota: import 'nota.txt': 'uit/nota.md' bestaat al; gebruik --force om het te overschrijven\n");
    assert.equal(readFileSync(path.join(folder, 'uit', 'nota.md'), 'utf8'), 'mijn eigen tekst');
    assert.equal(nota(['import', '-o', 'uit', '--force', 'nota.txt'], folder).code, 0);
    assert.equal(readFileSync(path.join(folder, 'uit', 'nota.md'), 'utf8'), EXAMPLE);
  });

  it('with --check, checks the notes as nota check does: exit 1 when one has errors, 0 when none has', () => {
    cpSync(SEED, path.join(folder, 'goed.txt'));
    writeFileSync(path.join(folder, 'kaal.txt'), '1. Aanleiding\n\nEr is aanleiding.\n');
    const { code, stdout } = nota(['import', '--check', 'goed.txt', 'kaal.txt'], folder);
    assert.equal(code, 1);
    assert.match(stdout, /^kaal\.md:1:1: error field-missing /m);
    assert.match(stdout, /^2 nota's gecontroleerd: \d+ fouten/m);
    assert.ok(existsSync(path.join(folder, 'kaal.md')));
    const clean = nota(['import', '--check', '--force', 'goed.txt'], folder);
    assert.equal(clean.code, 0);
    assert.match(clean.stdout, /^1 nota gecontroleerd: 0 fouten, 0 waarschuwingen, 0 ter informatie$/m);
    // Without --check the import only reports, and exits 0 whatever the note holds.
    assert.equal(nota(['import', '--force', 'kaal.txt'], folder).code, 0);
  });

  it('gives usage errors exit 2: no files, an unknown option, a folder', () => {
    assert.equal(nota(['import'], folder).code, 2);
    assert.match(nota(['import', '--bogus', 'x.txt'], folder).stderr, /unknown option '--bogus'/);
    mkdirSync(path.join(folder, 'map'));
    const dir = nota(['import', 'map'], folder);
    assert.equal(dir.code, 2);
    assert.equal(dir.stderr, "nota: import 'map': is een map; noem de bestanden die geïmporteerd moeten worden\n");
    const missing = nota(['import', 'weg.docx'], folder);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^nota: import 'weg\.docx': cannot read: /);
  });

  it('refuses every hostile file with one line naming it, writes nothing for them, and still imports the good ones', () => {
    const secret = path.join(folder, 'geheim.txt');
    const marker = `GEHEIM-${process.pid}-${Date.now()}`;
    writeFileSync(secret, marker);
    const hostile = [...writeHostileFiles(folder, secret), writeEncryptedPdf(folder)];
    cpSync(SEED, path.join(folder, 'goed.txt'));
    const before = new Set(readdirSync(folder));
    // A small heap: no hostile file may need much memory.
    const { code, stdout, stderr } = nota(['import', ...hostile.map((h) => h.name), 'goed.txt'], folder, { NODE_OPTIONS: '--max-old-space-size=192' });
    assert.equal(code, 2);
    const lines = stderr.trimEnd().split('\n');
    assert.equal(lines.length, hostile.length, stderr);
    for (const file of hostile) {
      const line = lines.find((l) => l.startsWith(`nota: import '${file.name}': `));
      assert.ok(line, `no error line for ${file.name}:\n${stderr}`);
      assert.match(line, file.message, file.name);
    }
    // Only the good file's note was written.
    assert.deepEqual(readdirSync(folder).filter((name) => !before.has(name)), ['goed.md']);
    assert.equal(readFileSync(path.join(folder, 'goed.md'), 'utf8'), EXAMPLE);
    assert.match(stdout, /^goed\.txt → goed\.md/);
    for (const output of [stdout, stderr, readFileSync(path.join(folder, 'goed.md'), 'utf8')]) assert.ok(!output.includes(marker), 'the content of a file an entity points at leaked');
  });
});
