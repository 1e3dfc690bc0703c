// The five measurements of `npm run bench`, each against its yardstick,
// measured side by side in the same run. Each returns plain numbers; run.mjs
// turns them into the table.
import { performance } from 'node:perf_hooks';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient.mjs';
import { compareInProcess, median, parallelCapacity, timeCommand } from './measure.mjs';
import { DIST, ROOT, WORK, exampleText } from './generate.mjs';

const SERVER = path.join(DIST, 'server.js');
const CLI = path.join(DIST, 'cli.js');
const MARKDOWNLINT = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

/** (a) A full check of the example note (parse, model, schema, findings) against a bare parse of it. */
export function exampleCheck(core, bare) {
  const text = exampleText();
  const service = core.createLanguageService();
  // A new uri each time: no chunk or result cache can help, as for a note opened for the first time.
  const check = (i) => {
    const uri = `file:///bench/a/${i}-${Math.random()}/beslisnota.md`;
    if (!service.check({ uri, version: 1, getText: () => text }, { locale: 'nl' })) throw new Error('the example is not a note');
    service.close(uri);
  };
  return compareInProcess(check, () => bare(text));
}

/**
 * (b) In the language server (nota.debounceMs 0): from a one-character edit
 * in the middle of the 1 MB note to the diagnostics for that version, against
 * a bare full parse of the note in this process.
 */
export async function editLatency(bare, largePath) {
  const text = readFileSync(largePath, 'utf8');
  bare(text);
  const parses = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    bare(text);
    parses.push(performance.now() - start);
  }

  const client = await LspClient.start(SERVER, { debounceMs: 0 });
  try {
    const uri = pathToFileURL(largePath).href;
    await client.open(uri, text, 1);
    const opened = await client.diagnosticsFor(uri, 1);
    // A list item of a subsection half-way down: an ordinary place to type.
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('- Het aantal meldingen'));
    const at = { line, character: 10 };
    const latencies = [];
    let version = 1;
    for (let i = 0; i < 12; i++) {
      version++;
      // Insert a character, then delete it again: the note keeps its size.
      const change = i % 2 === 0
        ? { range: { start: at, end: at }, text: 'x' }
        : { range: { start: at, end: { line, character: at.character + 1 } }, text: '' };
      const sent = performance.now();
      await client.change(uri, version, [change]);
      const published = await client.diagnosticsFor(uri, version);
      if (published.diagnostics.length !== opened.diagnostics.length) throw new Error('an edit inside a paragraph changed the findings');
      if (i >= 2) latencies.push(published.at - sent); // the first two are warm-up
    }
    return { subject: median(latencies), reference: median(parses), ratio: median(latencies) / median(parses), edits: latencies.length };
  } finally {
    await client.stop();
  }
}

/**
 * (c) `nota check` over the 2,000 generated notes against markdownlint-cli2
 * (default rules) over the same files, each a fresh process, alternating.
 * Each round also runs nota with a worker thread forced (at 2,000 notes nota
 * itself uses one thread), to show what the second core brings and that the
 * output is the same.
 */
export async function batchCheck(notesDir) {
  const relative = path.relative(WORK, notesDir);
  const count = readdirSync(notesDir).length;
  const nota = (env = {}) => timeCommand(process.execPath, [CLI, 'check', relative], { cwd: WORK, env: { ...process.env, NOTA_LANG: 'nl', ...env } });
  const lint = () => timeCommand(process.execPath, [MARKDOWNLINT, `${relative}/**/*.md`], { cwd: WORK });
  const expectNota = (run) => {
    if (run.code === 2 || !run.stdout.includes(`${count} nota's gecontroleerd`)) throw new Error(`nota check failed (${run.code}): ${run.stderr || run.stdout.slice(-500)}`);
    return run;
  };
  const expectLint = (run) => {
    if (run.code !== 0 && run.code !== 1) throw new Error(`markdownlint-cli2 failed (${run.code}): ${run.stderr.slice(-500)}`);
    return run;
  };

  // Warm-up: the files into the page cache, the bundles into the compile cache.
  const defaultOutput = expectNota(await nota()).stdout;
  expectLint(await lint());
  const notaTimes = [];
  const lintTimes = [];
  const twoThreadTimes = [];
  const ratios = [];
  let sameOutput = true;
  for (let round = 0; round < 3; round++) {
    // Alternate which goes first, so a burst of load elsewhere hits both alike.
    let n;
    let l;
    if (round % 2) {
      n = expectNota(await nota()).ms;
      l = expectLint(await lint()).ms;
    } else {
      l = expectLint(await lint()).ms;
      n = expectNota(await nota()).ms;
    }
    notaTimes.push(n);
    lintTimes.push(l);
    ratios.push(n / l);
    // Nota with a worker thread forced (NOTA_THREADS=2), in every round too: what the second core brings, and that it changes nothing.
    const forced = expectNota(await nota({ NOTA_THREADS: '2' }));
    twoThreadTimes.push(forced.ms);
    sameOutput &&= forced.stdout === defaultOutput;
  }
  const capacity = await parallelCapacity();
  return {
    subject: median(notaTimes),
    reference: median(lintTimes),
    ratio: median(ratios),
    files: count,
    twoThreads: median(twoThreadTimes),
    sameOutput,
    capacity,
  };
}

/**
 * (d) From spawning the server to the first diagnostics of the example note.
 * The server compiles its bundle from V8's code cache, written at the end of
 * the first start: the warm-up start here writes it into a cache folder of the
 * bench's own, the measured starts use it, as every start after an editor's
 * first does. Starts without the cache are measured too, alternating.
 */
export async function startup(examplePath) {
  const text = exampleText();
  const uri = pathToFileURL(examplePath).href;
  const cacheDir = path.join(WORK, 'code-cache');
  rmSync(cacheDir, { recursive: true, force: true });
  const start = async (env) => {
    const client = await LspClient.start(SERVER, { debounceMs: 0 }, { env });
    try {
      await client.open(uri, text, 1);
      const published = await client.diagnosticsFor(uri, 1);
      return published.at - client.startedAt;
    } finally {
      await client.stop();
    }
  };
  const cached = { NOTA_CODE_CACHE: cacheDir };
  const uncached = { NOTA_CODE_CACHE: 'off' };
  await start(cached); // writes the cache, and warms the disk cache
  await start(uncached);
  const times = [];
  const cold = [];
  for (let i = 0; i < 5; i++) {
    times.push(await start(cached));
    cold.push(await start(uncached));
  }
  // Node's own start, for scale: a process that runs nothing, in the same environment.
  const boots = [];
  for (let i = 0; i < 5; i++) boots.push((await timeCommand(process.execPath, ['-e', '0'])).ms);
  return { value: median(times), cold: median(cold), nodeBoot: median(boots) };
}

/** (e) The server's resident memory with 200 different notes open and checked. */
export async function memory(notesDir) {
  const files = readdirSync(notesDir).sort().slice(0, 200);
  const client = await LspClient.start(SERVER, { debounceMs: 0 });
  try {
    const uris = [];
    for (const file of files) {
      const full = path.join(notesDir, file);
      const uri = pathToFileURL(full).href;
      uris.push(uri);
      await client.open(uri, readFileSync(full, 'utf8'), 1);
    }
    await Promise.all(uris.map((uri) => client.diagnosticsFor(uri, 1)));
    // Let the server settle (pending writes, a scavenge) before reading its size.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { rss, peak } = client.memory();
    return { value: rss, peak, open: uris.length };
  } finally {
    await client.stop();
  }
}

/**
 * (f, g) A workspace of 2,000 notes opened in the server, none opened as a
 * document: from spawning the server to the end of its scan, when the
 * diagnostics of every note are out (the server reports the end of its work-done
 * progress after the last batch is published), and its resident memory then.
 * The files come from the client, as VS Code's client provides them, and in
 * the same rounds from the server's own reading of the disk, as for other
 * editors. Each start uses the code cache, as every start after an editor's
 * first does.
 */
export async function workspaceScan(notesDir, withFindings) {
  const cacheDir = path.join(WORK, 'code-cache-scan');
  const run = async (workspaceFiles) => {
    const client = await LspClient.start(SERVER, { debounceMs: 0 }, { workspace: notesDir, workspaceFiles, env: { NOTA_CODE_CACHE: cacheDir } });
    try {
      const ended = await client.scanEnded;
      const published = new Set(client.published.filter((p) => p.diagnostics.length > 0).map((p) => p.uri));
      if (published.size !== withFindings) throw new Error(`${published.size} notes got findings, not ${withFindings}`);
      return { ms: ended - client.startedAt, ...client.memory() };
    } finally {
      await client.stop();
    }
  };
  // Warm-up: the code cache is written, the files are in the page cache.
  await run('client');
  await run(undefined);
  const client = [];
  const disk = [];
  for (let round = 0; round < 3; round++) {
    const order = round % 2 ? ['client', undefined] : [undefined, 'client'];
    for (const mode of order) (mode ? client : disk).push(await run(mode));
  }
  return {
    client: median(client.map((r) => r.ms)),
    disk: median(disk.map((r) => r.ms)),
    rss: Math.max(...client.map((r) => r.rss)),
    peak: Math.max(...client.map((r) => r.peak)),
    diskRss: Math.max(...disk.map((r) => r.rss)),
  };
}
