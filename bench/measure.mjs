// Timing helpers shared by the bench cases: medians over repetitions after a
// warm-up, child processes timed from spawn to exit, and the core bundled the
// way scripts/build.mjs bundles it, for measurements inside this process.
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { SOURCE, WORK } from './generate.mjs';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds per call of `fn`, averaged over `count` calls. */
export function perCall(fn, count) {
  const start = performance.now();
  for (let i = 0; i < count; i++) fn(i);
  return (performance.now() - start) / count;
}

/**
 * Compares two in-process operations fairly on a machine that may be busy:
 * both are warmed up, then measured in alternating rounds, so a burst of load
 * from elsewhere hits both sides of a round alike. The ratio is the median of
 * the rounds' ratios, the times the medians of each side.
 */
export function compareInProcess(subject, reference, { rounds = 15, perRound = 20, warmup = 60 } = {}) {
  perCall(reference, warmup);
  perCall(subject, warmup);
  const subjects = [];
  const references = [];
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which side goes first, so neither always runs on a warmer cache.
    let s;
    let r;
    if (round % 2) {
      s = perCall(subject, perRound);
      r = perCall(reference, perRound);
    } else {
      r = perCall(reference, perRound);
      s = perCall(subject, perRound);
    }
    subjects.push(s);
    references.push(r);
    ratios.push(s / r);
  }
  return { subject: median(subjects), reference: median(references), ratio: median(ratios) };
}

/**
 * How much work two threads get done at once, relative to one, right now:
 * 2.0 on two free cores, less when the cores share execution units or other
 * processes are busy. Plain arithmetic, so it measures the machine, not Nota.
 */
export async function parallelCapacity() {
  const source = 'let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i) % 1000003; require("node:worker_threads").parentPort.postMessage(x);';
  const run = (threads) => {
    const start = performance.now();
    const done = Array.from({ length: threads }, () => new Promise((resolve, reject) => {
      const worker = new Worker(source, { eval: true });
      worker.once('message', resolve);
      worker.once('error', reject);
    }));
    return Promise.all(done).then(() => performance.now() - start);
  };
  const ratios = [];
  for (let round = 0; round < 3; round++) ratios.push((2 * (await run(1))) / (await run(2)));
  return median(ratios);
}

/** Runs a command to completion; resolves with its wall time in ms, exit code and output. */
/**
 * `subject` and `reference` (each resolving to milliseconds) `rounds` times,
 * alternating which goes first, so a burst of load elsewhere hits both alike;
 * `after(referenceMs)` runs after each round. The medians, and the median of
 * the rounds' ratios.
 */
export async function alternate(rounds, subject, reference, after = async () => {}) {
  const subjectTimes = [];
  const referenceTimes = [];
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    let subjectMs;
    let referenceMs;
    if (round % 2) {
      subjectMs = await subject();
      referenceMs = await reference();
    } else {
      referenceMs = await reference();
      subjectMs = await subject();
    }
    subjectTimes.push(subjectMs);
    referenceTimes.push(referenceMs);
    ratios.push(subjectMs / referenceMs);
    await after(referenceMs);
  }
  return { subject: median(subjectTimes), reference: median(referenceTimes), ratio: median(ratios) };
}

export function timeCommand(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - start, code, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() }));
  });
}

/**
 * The core (createLanguageService) bundled like dist/cli.js bundles it, so the
 * in-process numbers are those of the shipped code, not of a TypeScript loader.
 */
export async function loadCore() {
  const outfile = path.join(WORK, 'core.cjs');
  await build({
    entryPoints: [path.join(SOURCE, 'server/src/core/languageService.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    keepNames: true,
    // As scripts/build.mjs: ESM builds first (a UMD build hides its requires from the bundler).
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    define: { 'import.meta.url': '__notaImportMetaUrl' },
    banner: { js: 'const __notaImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  return createRequire(import.meta.url)(outfile);
}

/** unified + remark-parse + remark-frontmatter, nothing else: the yardstick for parsing. */
export async function bareParser() {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkFrontmatter } = await import('remark-frontmatter');
  const processor = unified().use(remarkParse).use(remarkFrontmatter);
  return (text) => processor.parse(text);
}

export const ms = (value) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`);
export const seconds = (value) => `${(value / 1000).toFixed(2)} s`;
export const megabytes = (bytes) => `${Math.round(bytes / 1e6)} MB`;
