// Import speed: `nota import` of the example note's .docx as a fresh process,
// as a user runs it, against `pandoc -f docx -t markdown` (what people use
// today) on the same file, alternating in the same run. Measured like the
// export rows: in the environment as it is, with the time without
// NODE_EXTRA_CA_CERTS given beside it.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { alternate, median, timeCommand } from './measure.mjs';
import { DIST, EXAMPLE, WORK, exampleText } from './generate.mjs';

const CLI = path.join(DIST, 'cli.js');

/** (h) The .docx is `nota export --to docx` of the example; the imported note must equal the example. */
export async function importSpeed({ rounds = 15 } = {}) {
  if (spawnSync('pandoc', ['--version']).status !== 0) throw new Error('pandoc is missing: bash scripts/install-test-tools.sh installs it');
  const dir = path.join(WORK, 'import');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const note = path.join(dir, 'nota.md');
  copyFileSync(EXAMPLE, note);
  const cache = path.join(dir, 'code-cache');
  const expect = (run, what) => {
    if (run.code !== 0) throw new Error(`${what} failed (${run.code}): ${run.stderr.slice(-500)}`);
    return run.ms;
  };
  expect(await timeCommand(process.execPath, [CLI, 'export', '--to', 'docx', 'nota.md'], { cwd: dir }), 'nota export');
  rmSync(note);
  const withoutCertsEnv = { ...process.env };
  delete withoutCertsEnv.NODE_EXTRA_CA_CERTS;
  const nota = (env = process.env) => timeCommand(process.execPath, [CLI, 'import', '--force', 'nota.docx'], { cwd: dir, env: { ...env, NOTA_CODE_CACHE: cache } });
  const pandoc = () => timeCommand('pandoc', ['-f', 'docx', '-t', 'markdown', 'nota.docx', '-o', 'pandoc.md'], { cwd: dir });
  // Warm-up: the file into the page cache; the first import writes the code cache every later start uses.
  expect(await nota(), 'nota import');
  expect(await pandoc(), 'pandoc');
  const sameAsExample = readFileSync(note, 'utf8') === exampleText();
  const withoutCerts = [];
  const times = await alternate(
    rounds,
    async () => expect(await nota(), 'nota import'),
    async () => expect(await pandoc(), 'pandoc'),
    async (pandocMs) => {
      if (process.env.NODE_EXTRA_CA_CERTS) withoutCerts.push({ nota: expect(await nota(withoutCertsEnv), 'nota import'), pandoc: pandocMs });
    },
  );
  return {
    ...times,
    sameAsExample,
    withoutCerts: withoutCerts.length ? { ms: median(withoutCerts.map((w) => w.nota)), ratio: median(withoutCerts.map((w) => w.nota / w.pandoc)) } : null,
  };
}
