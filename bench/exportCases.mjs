// Export speed: `nota export` as a fresh process, as a user runs it, against
// pandoc (Debian's, what people use today) writing a .docx of the same note,
// alternating in the same run.
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { alternate, median, timeCommand } from './measure.mjs';
import { DIST, EXAMPLE, WORK } from './generate.mjs';

const CLI = path.join(DIST, 'cli.js');

/** (f) and (g): the example note to .docx and to PDF with nota, each against pandoc's .docx. */
export async function exportSpeed(format, { rounds = 9 } = {}) {
  if (spawnSync('pandoc', ['--version']).status !== 0) throw new Error('pandoc is missing: bash scripts/install-test-tools.sh installs it');
  const dir = path.join(WORK, 'export');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(EXAMPLE, path.join(dir, 'nota.md'));
  const cache = path.join(dir, 'code-cache');
  const nota = (env = {}) => timeCommand(process.execPath, [CLI, 'export', '--to', format, 'nota.md'], { cwd: dir, env: { ...process.env, NOTA_CODE_CACHE: cache, ...env } });
  const pandoc = () => timeCommand('pandoc', ['nota.md', '-o', 'pandoc.docx'], { cwd: dir });
  const expect = (run, what) => {
    if (run.code !== 0) throw new Error(`${what} failed (${run.code}): ${run.stderr.slice(-500)}`);
    return run.ms;
  };
  // Warm-up: the first export writes the code cache that every later start uses, as after a user's first export.
  expect(await nota(), 'nota export');
  expect(await pandoc(), 'pandoc');
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const withoutCerts = [];
  const times = await alternate(
    rounds,
    async () => expect(await nota(), 'nota export'),
    async () => expect(await pandoc(), 'pandoc'),
    async () => {
      if (process.env.NODE_EXTRA_CA_CERTS) withoutCerts.push(expect(await timeCommand(process.execPath, [CLI, 'export', '--to', format, 'nota.md'], { cwd: dir, env: { ...env, NOTA_CODE_CACHE: cache } }), 'nota export'));
    },
  );
  const size = statSync(path.join(dir, `nota.${format}`)).size;
  return { ...times, size, withoutCerts: withoutCerts.length ? median(withoutCerts) : null };
}
