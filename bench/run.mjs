// `npm run bench`: generates the inputs, measures Nota against its yardsticks
// side by side in one run, and prints a Markdown table of the ratios with the
// targets they must meet (also written to bench/.work/results.md, for the
// README). `--only=a,c` runs some cases. `npm run bench` builds the bundles
// first; NOTA_DIST and NOTA_SOURCE point the bench at another build and tree.
import { performance } from 'node:perf_hooks';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, EXAMPLE, ROOT, WITH_FINDINGS, WORK, generate } from './generate.mjs';
import { bareParser, loadCore, megabytes, ms, seconds } from './measure.mjs';
import { batchCheck, editLatency, exampleCheck, memory, startup, workspaceScan } from './cases.mjs';
import { exportSpeed } from './exportCases.mjs';
import { activationToFindings } from './vscodeStart.mjs';
import { importSpeed } from './importCases.mjs';

const onlyArg = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const only = onlyArg ? new Set(onlyArg.split(',')) : null;
const wanted = (id) => !only || only.has(id);

for (const bundle of ['cli.js', 'server.js']) {
  if (!existsSync(path.join(DIST, bundle))) {
    console.error(`${path.join(DIST, bundle)} is missing: run \`npm run build\` first`);
    process.exit(2);
  }
}

const machine = describeMachine();
const loadBefore = os.loadavg()[0];
console.log(`Nota bench on ${machine}\nbundles: ${path.relative(ROOT, DIST) || '.'}\n`);
const paths = generate();
const bare = await bareParser();
const rows = [];
const notes = [];
const started = performance.now();

const step = async (id, title, run) => {
  if (!wanted(id)) return;
  process.stdout.write(`(${id}) ${title} …`);
  const t0 = performance.now();
  const result = await run();
  process.stdout.write(` ${seconds(performance.now() - t0)}\n`);
  return result;
};

const a = await step('a', 'full check of the example vs bare parse', async () => exampleCheck(await loadCore(), bare));
if (a) {
  rows.push(ratioRow('a', 'full check of the example note (5 KB) vs a bare parse of it', a, ms, 1.3));
  notes.push('(a) in one process, the core bundled as for dist/; median of 15 alternating rounds of 20 calls each, after 60 warm-up calls.');
}

const b = await step('b', 'server: one-character edit → diagnostics, 1 MB note', () => editLatency(bare, paths.large));
if (b) {
  rows.push(ratioRow('b', 'server, 1 MB note: one-character edit → diagnostics (debounce 0) vs a bare full parse', b, ms, 0.1));
  notes.push(`(b) median of ${b.edits} edits after 2 warm-up edits; bare parse median of 3.`);
}

const c = await step('c', 'nota check vs markdownlint-cli2, 2,000 notes', () => batchCheck(paths.notes));
if (c) {
  rows.push(ratioRow('c', `\`nota check\` vs \`markdownlint-cli2\` (default rules), ${c.files.toLocaleString('en')} notes`, c, seconds, 0.5));
  if (!existsSync(path.join(DIST, 'checkWorker.js'))) notes.push(`(c) ${path.relative(ROOT, path.join(DIST, 'checkWorker.js'))} is missing: nota check ran on one thread throughout.`);
  notes.push(`(c) nota chooses one thread for 2,000 notes (a worker pays only from a few thousand here); with a worker forced (NOTA_THREADS=2, median of the same rounds): ${seconds(c.twoThreads)}; same output: ${c.sameOutput ? 'yes' : 'NO'}. Two threads of plain arithmetic did ${c.capacity.toFixed(2)}× the work of one meanwhile (2.00: two free cores). markdownlint-cli2 uses one thread.`);
}

const d = await step('d', 'server start → first diagnostics', () => startup(EXAMPLE));
if (d) {
  rows.push(valueRow('d', 'server start → first diagnostics of the example note', ms(d.value), '< 400 ms', d.value < 400));
  notes.push(`(d) from spawning \`node dist/server.js --stdio\` (initialize, didOpen) to the diagnostics; median of 5 starts with the code cache the warm-up start wrote. Without a code cache (an editor's very first start, NOTA_CODE_CACHE=off): ${ms(d.cold)}. Node itself, running nothing, takes ${ms(d.nodeBoot)} here${process.env.NODE_EXTRA_CA_CERTS ? ' (NODE_EXTRA_CA_CERTS is set: Node loads those certificates first; the extension starts its server without it)' : ''}.`);
}

const e = await step('e', 'server memory with 200 notes open', () => memory(paths.notes));
if (e) {
  rows.push(valueRow('e', `server memory (RSS) with ${e.open} notes open`, megabytes(e.value), '≤ 150 MB', e.value <= 150e6));
  notes.push(`(e) peak RSS while opening them: ${megabytes(e.peak)}.`);
}

const exportNote = (format) => (result) => {
  const certs = result.withoutCerts === null ? '' : ` Without NODE_EXTRA_CA_CERTS (set on this machine; Node reads those certificates before running anything, and nota never goes to the network): ${ms(result.withoutCerts)}.`;
  notes.push(`(${format === 'docx' ? 'f' : 'g'}) \`nota export --to ${format}\` of the example note as a fresh process, with the code cache its first run wrote, against \`pandoc nota.md -o nota.docx\`; median of 9 alternating rounds; the ${format === 'docx' ? '.docx' : 'PDF'} is ${Math.round(result.size / 1024)} KB.${certs}`);
};
const f = await step('f', 'nota export --to docx vs pandoc', () => exportSpeed('docx'));
if (f) {
  rows.push(ratioRow('f', '`nota export --to docx` of the example vs `pandoc` to .docx', f, ms, 1.0));
  exportNote('docx')(f);
}
const g = await step('g', 'nota export --to pdf vs pandoc', () => exportSpeed('pdf'));
if (g) {
  rows.push(ratioRow('g', '`nota export --to pdf` of the example vs `pandoc` to .docx', g, ms, 1.5));
  exportNote('pdf')(g);
}

const h = await step('h', 'server: workspace of 2,000 notes, none open → all diagnostics', () => workspaceScan(paths.notes, WITH_FINDINGS));
if (h) {
  rows.push(['h', 'server, workspace of 2,000 notes, none opened: start → diagnostics of every note (files from the client, as in VS Code) vs the server reading the disk', seconds(h.client), seconds(h.disk), `${(h.client / h.disk).toFixed(2)}×`, '< 10 s', h.client < 10_000 ? 'yes' : '**no**']);
  rows.push(valueRow('i', 'server memory (RSS) after the scan of the 2,000 notes', megabytes(h.rss), '≤ 200 MB', h.rss <= 200e6));
  notes.push(`(h, i) from spawning \`node dist/server.js --stdio\` with the folder (initialize) to the end of the server's scan (its work-done progress ends after the last notes are published); ${WITH_FINDINGS} notes get findings, checked. Median of 3 rounds each, alternating, with the code cache; the files from the LSP client (nota/fs/*, as VS Code's client provides them) and from the server's own reading of the disk (other editors). Peak RSS during the scan: ${megabytes(h.peak)}; reading the disk itself: ${megabytes(h.diskRss)}.`);
}

const j = await step('j', 'VS Code: activation → first diagnostics, web build vs desktop build', () => activationToFindings());
if (j) {
  rows.push(['j', 'VS Code 1.100.3: activation → first diagnostics of the example note, web build (browser\'s web-worker extension host) vs desktop build (Node\'s)', ms(j.web), ms(j.desktop), `${(j.web / j.desktop).toFixed(2)}×`, '< 6 s', j.web < 6000 ? 'yes' : '**no**']);
  notes.push(`(j) in the web workbench of the VS Code server the tests use, in Chromium; measured inside VS Code from \`extension.activate()\` to the diagnostics of the opened example note (bench/vscode/startup.ts): the web build starts its server as a Web Worker from a blob: URL, the desktop build as a Node process. Median of ${j.rounds} fresh starts each, alternating.`);
}

const k = await step('k', 'nota import of the example .docx vs pandoc -f docx', () => importSpeed());
if (k) {
  rows.push(ratioRow('k', '`nota import` of the example note\'s .docx vs `pandoc -f docx -t markdown`', k, ms, 1.0));
  const certs = k.withoutCerts === null ? '' : ` Without NODE_EXTRA_CA_CERTS (set on this machine; Node reads those certificates before running anything, and nota never goes to the network): ${ms(k.withoutCerts.ms)}, ${k.withoutCerts.ratio.toFixed(2)}×.`;
  notes.push(`(k) each a fresh process, nota with the code cache its first run wrote; median of 15 alternating rounds; the .docx is \`nota export --to docx\` of the example. The imported note equals the example: ${k.sameAsExample ? 'yes' : '**no**'}.${certs}`);
}

const loadAfter = os.loadavg()[0];
const table = [
  '| | measurement | Nota | yardstick | ratio / value | target | met |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
const report = [
  table,
  '',
  ...notes,
  `Machine: ${machine}; load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after; bench took ${seconds(performance.now() - started)}.`,
].join('\n');
console.log(`\n${report}\n`);
const unmet = rows.filter((row) => row.at(-1) !== 'yes').map((row) => row[0]);
console.log(unmet.length ? `Targets not met: ${unmet.join(', ')}` : 'All targets met.');
writeFileSync(path.join(WORK, 'results.md'), `${report}\n`);

function ratioRow(id, title, result, format, target) {
  const met = result.ratio <= target;
  return [id, title, format(result.subject), format(result.reference), `${result.ratio.toFixed(result.ratio < 0.1 ? 3 : 2)}×`, `≤ ${target}×`, met ? 'yes' : '**no**'];
}

function valueRow(id, title, value, target, met) {
  return [id, title, value, '', value, target, met ? 'yes' : '**no**'];
}

function describeMachine() {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  return `${model}, ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}, Node ${process.versions.node}`;
}
