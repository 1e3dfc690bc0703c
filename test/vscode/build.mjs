// Compiles the extension-host suites to CommonJS with esbuild: one bundle per
// suite (out/test/vscode/<suite>/index.js), test files and mocha
// included, `vscode` left to the extension host. The web suite is built for
// the browser's web-worker extension host, as the extension's web build is. Type checking is tsc -b's job
// (test/vscode/tsconfig.json); this only has to be fast.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SUITE_OUT = path.join(ROOT, 'out/test/vscode');

const SUITES = { dev: 'suite', vsix: 'packaged', restricted: 'restricted' };

/**
 * mocha's browser build is a UMD file: in a CommonJS bundle it would see the
 * bundle's own `module` and replace the suite's exports (run()) with mocha.
 * Wrapped so that it sees none and leaves Mocha on the global scope instead.
 */
const mochaBrowserBuild = {
  name: 'mocha-browser-build',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await readFile(args.path, 'utf8')}\n}).call(globalThis);`,
      loader: 'js',
    }));
  },
};

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
  await build({
    absWorkingDir: ROOT,
    entryPoints: [{ in: 'test/vscode/web/index.ts', out: 'web/index' }],
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'cjs',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    conditions: ['worker'],
    logLevel: 'warning',
    // require(name) with a name made at run time: the test's own probe for Node modules.
    logOverride: { 'unsupported-require-call': 'silent' },
    plugins: [mochaBrowserBuild],
  });
  return {
    ...Object.fromEntries(Object.entries(SUITES).map(([name, dir]) => [name, path.join(SUITE_OUT, dir, 'index.js')])),
    web: path.join(SUITE_OUT, 'web', 'index.js'),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await buildSuites());
}
