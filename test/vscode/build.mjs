// Compiles the extension-host suites to CommonJS with esbuild: one bundle per
// suite (out/test/vscode/<suite>/index.js), test files and mocha
// included, `vscode` left to the extension host. Type checking is tsc -b's job
// (test/vscode/tsconfig.json); this only has to be fast.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SUITE_OUT = path.join(ROOT, 'out/test/vscode');

const SUITES = { dev: 'suite', vsix: 'packaged', restricted: 'restricted' };

export async function buildSuites() {
  await build({
    absWorkingDir: ROOT,
    entryPoints: Object.values(SUITES).map((dir) => ({ in: `test/vscode/${dir}/index.ts`, out: `${dir}/index` })),
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    // For a debugger attached to the extension host. (Stack traces in the
    // output stay in .js lines: the extension host formats them itself.)
    sourcemap: 'inline',
    logLevel: 'warning',
    // Mocha's parallel mode (unused here) resolves worker files at run time;
    // the bundle never takes that path, so the warning is noise.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return Object.fromEntries(Object.entries(SUITES).map(([name, dir]) => [name, path.join(SUITE_OUT, dir, 'index.js')]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await buildSuites());
}
