// Packages the extension as a .vsix with @vscode/vsce:
//   node scripts/package.mjs [--out <file.vsix>] [--keep-production]
// 1. builds the bundles for production (minified, no source maps) into dist/,
// 2. packs what .vscodeignore lets in, without node_modules (the bundles carry
//    their dependencies),
// 3. rebuilds the development bundles (with source maps) so that dist/ is as
//    `npm run build` left it, unless --keep-production,
// 4. prints the package's size, checks the archive for files that do not run, and fails above SIZE_BUDGET so that
//    a stray folder in the package shows up as an error, not as a big download.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Bytes. The desktop and web builds, the writers, the Word import and the walkthrough's pictures come to
// about 1.45 MB; PDF.js (dist/pdf-worker-main.js, 0.5 MB packed) stays out, so PDFs are imported with `nota import`.
const SIZE_BUDGET = 1.5 * 1024 * 1024;

const { values: opts } = parseArgs({ options: { out: { type: 'string' }, 'keep-production': { type: 'boolean', default: false } } });
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const out = path.resolve(opts.out ?? path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`));
const say = (msg) => console.log(`[package] ${msg}`);

function run(args, what) {
  // stdin ignored: should vsce ever ask a question, it must fail, not hang CI.
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status ?? r.signal})`);
}

/** Names and sizes of the files in a zip, read from its central directory. */
function zipEntries(file) {
  const zip = fs.readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const entries = [];
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), size: zip.readUInt32LE(at + 24) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

const vsce = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
let failed = false;
try {
  say('building production bundles');
  run(['scripts/build.mjs', '--production'], 'the production build');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // vsce rewrites the README's relative links to the repository, which it can
  // only do for GitHub or GitLab; elsewhere they stay relative (and are only
  // broken on a Marketplace page, not for the packaging).
  const repository = String(pkg.repository?.url ?? pkg.repository ?? '');
  const links = /github\.com|gitlab\.com/.test(repository) ? [] : ['--no-rewrite-relative-links'];
  if (links.length) say(`repository ${repository || '(none)'} is not on GitHub/GitLab: README links stay relative`);
  run([vsce, 'package', '--no-dependencies', ...links, '--out', out], 'vsce package');
} catch (error) {
  failed = true;
  console.error(`[package] ERROR: ${error.message}`);
} finally {
  if (!opts['keep-production']) {
    say('restoring the development bundles in dist/');
    run(['scripts/build.mjs'], 'the development build');
  }
}
if (failed) process.exit(1);

// vsce has listed the files above; what is checked here is the archive itself.
const entries = zipEntries(out);
if (!pkg.icon) say('WARNING: package.json has no "icon", so VS Code shows none; run: npm pkg set icon=images/icon.png');
const bytes = fs.statSync(out).size;
say(`${path.relative(process.cwd(), out)}: ${(bytes / 1024).toFixed(0)} KiB, ${entries.length} files`);
const leaked = entries.filter(({ name }) => /\.map$|(^|\/)(node_modules|src|test)\//.test(name));
if (leaked.length) {
  console.error(`[package] ERROR: the package holds files that do not run: ${leaked.map((e) => e.name).join(', ')}; fix .vscodeignore`);
  process.exit(1);
}
if (bytes > SIZE_BUDGET) {
  console.error(`[package] ERROR: ${bytes} bytes is over the budget of ${SIZE_BUDGET}; check .vscodeignore, or raise SIZE_BUDGET in scripts/package.mjs if the growth is real`);
  process.exit(1);
}
