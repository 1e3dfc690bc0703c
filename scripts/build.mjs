// Bundles the extension client, the language server and the CLI with esbuild.
// Each bundle carries its dependencies, so the extension package and `npx nota`
// need nothing from node_modules at run time.
import { build } from 'esbuild';
import { chmod, readFile } from 'node:fs/promises';
import { checkWebBundles } from './checkWebBundles.mjs';
import { createRequire } from 'node:module';
import { writeFonts } from './fonts.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  keepNames: true,
  // Prefer ESM builds: some packages' UMD builds (jsonc-parser) hide their requires from the bundler.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // Some dependencies are ESM and read import.meta.url; in a CommonJS bundle it
  // must come from __filename.
  define: { NOTA_VERSION: JSON.stringify(pkg.version), NOTA_HOMEPAGE: JSON.stringify(pkg.homepage), 'import.meta.url': '__notaImportMetaUrl' },
  banner: { js: 'const __notaImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
};

// The server, the CLI and its workers each start through a small launcher
// (server/src/launch/) that runs the real bundle, *-main.js, from V8's code cache.
// Those three are minified in every build: V8 compiles less source at each
// start without a cache (the source maps still lead back to the TypeScript).
const started = { ...common, minify: true };
/**
 * fontkit reads WOFF2 fonts with a Brotli decoder (over 80 KB with its
 * dictionary); Nota embeds TrueType fonts only, so it is left
 * out of both writers' bundles (a WOFF2 font would be refused with fontkit's
 * own error), which keeps the package within its budget.
 */
const withoutWoff2 = {
  name: 'without-woff2',
  setup(build) {
    build.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli-decompress', namespace: 'nota-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'nota-stub' }, () => ({ contents: 'export default function decompress() { return null; }', loader: 'js' }));
  },
};
// The bundles that export notes load the writers' bundle (dist/export-main.js) from beside them, when they need it;
// likewise the import engine (dist/import-main.js, readers and Markdown writer; PDF.js runs in dist/pdf-worker.js).
const exporting = { ...started, define: { ...common.define, NOTA_EXPORT_BUNDLE: '"export-main.js"', NOTA_IMPORT_BUNDLE: '"import-main.js"', NOTA_CHECK_BUNDLE: '"checkWorker-main.js"' } };
// `nota import` runs from a bundle of its own, which holds the engine and loads the checker only for --check.
const importing = { ...started, define: { ...common.define, NOTA_CHECK_BUNDLE: '"checkWorker-main.js"' } };
await Promise.all([
  // Only in the package: without function names, as the web bundles (below).
  build({ ...common, keepNames: !production, entryPoints: ['client/src/desktop.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...exporting, entryPoints: ['server/src/serverMain.ts'], outfile: 'dist/server-main.js' }),
  build({ ...exporting, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js' }),
  // The Word and PDF writers, loaded only when a note is exported.
  build({ ...started, entryPoints: ['server/src/export/index.ts'], outfile: 'dist/export-main.js', plugins: [withoutWoff2] }),
  // The fonts the writers embed, subset (scripts/fonts.mjs).
  writeFonts(),
  // The import engine, loaded only when something is imported; `nota import` without the rest of the CLI
  // (dist/cli.js picks it for that command); PDF.js, in the worker thread that reads a PDF.
  build({ ...started, entryPoints: ['server/src/import/engine.ts'], outfile: 'dist/import-main.js' }),
  build({ ...importing, entryPoints: ['server/src/cli/importMain.ts'], outfile: 'dist/import-cli-main.js' }),
  build({ ...started, entryPoints: ['server/src/import/pdfWorkerMain.ts'], outfile: 'dist/pdf-worker-main.js' }),
  build({ ...common, entryPoints: ['server/src/launch/pdfWorker.ts'], outfile: 'dist/pdf-worker.js' }),
  // The worker threads of `nota check` (started from dist/cli.js for large batches).
  build({ ...started, entryPoints: ['server/src/cli/checkParallel.ts'], outfile: 'dist/checkWorker-main.js' }),
  build({ ...common, entryPoints: ['server/src/launch/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/launch/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } }),
  build({ ...common, entryPoints: ['server/src/launch/checkWorker.ts'], outfile: 'dist/checkWorker.js' }),
]);
await chmod('dist/cli.js', 0o755);

// VS Code for the Web: the client for the browser's web-worker extension host
// (CommonJS, `vscode` its only import) and the server as a classic Web Worker
// script, from the same core. Platform browser: the LSP packages' /browser
// entries, and packages' browser builds where they have them. Checked for
// anything of Node before they count as built (checkWebBundles.mjs).
const web = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  sourcemap: production ? false : 'linked',
  minify: production,
  // Function names kept in development builds (stack traces); the packaged ones go without: nothing
  // in them reads a function's name, and it keeps the package within its budget (about 30 KB).
  keepNames: !production,
  mainFields: ['browser', 'module', 'main'],
  // Both run in workers, where there is no DOM: packages' worker builds before
  // their browser builds (decode-named-character-reference's uses `document`).
  conditions: ['worker'],
  logLevel: 'warning',
  define: { NOTA_VERSION: JSON.stringify(pkg.version) },
  metafile: true,
};
const webBuilds = await Promise.all([
  build({ ...web, format: 'cjs', entryPoints: ['client/src/browser.ts'], outfile: 'dist/web/client.js', external: ['vscode'] }),
  build({ ...web, format: 'iife', entryPoints: ['server/src/serverWorker.ts'], outfile: 'dist/web/server.js' }),
  // The Word and PDF writers for the worker, loaded at its first export (server/src/browser/writersFromClient.ts).
  // pdfkit's browser build names its own data files by import.meta.url: any fixed URL serves.
  build({
    ...web, format: 'iife', globalName: 'notaWriters', entryPoints: ['server/src/export/index.ts'], outfile: 'dist/web/export.js',
    define: { ...web.define, 'import.meta.url': '"file:///nota/dist/web/export.js"' },
    plugins: [withoutWoff2],
  }),
]);
const webProblems = await checkWebBundles(webBuilds);
if (webProblems.length) {
  console.error(`[build] ERROR: the web bundles need Node:\n  ${webProblems.join('\n  ')}`);
  process.exit(1);
}

// Files generated from the schemas (snippets): built, never committed.
await build({ ...common, sourcemap: false, entryPoints: ['server/src/tools/writeGenerated.ts'], outfile: 'out/build/writeGenerated.cjs' });
createRequire(import.meta.url)('../out/build/writeGenerated.cjs').writeGenerated('dist');

