// Summarises a Stryker report (reports/mutation/mutation.json, written by
// `npm run mutate`) per folder of the core, as the README's table shows it,
// and lists the mutants no test noticed. Several reports (quick runs over
// different files, test/mutation/focus.config.mjs) are summed.
//   node scripts/mutation-summary.mjs [report.json...] [--survivors]
import { readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length ? named : ['reports/mutation/mutation.json'];
/** A file in two reports counts once, from the report named last. */
const reportFiles = new Map(files.flatMap((file) => Object.entries(JSON.parse(readFileSync(file, 'utf8')).files)));
const CORE = 'server/src/core/';

/** Stryker's score: killed and timed out over all that ran or had no test (compile errors and ignored mutants do not count). */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const folders = new Map();
const survivors = [];
for (const [name, result] of reportFiles) {
  const relative = path.relative(process.cwd(), path.resolve(name)).split(path.sep).join('/');
  const inCore = relative.startsWith(CORE) ? relative.slice(CORE.length) : relative;
  const folder = inCore.includes('/') ? `${inCore.slice(0, inCore.indexOf('/'))}/` : '(top level)';
  const row = folders.get(folder) ?? { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, CompileError: 0, RuntimeError: 0 };
  folders.set(folder, row);
  for (const mutant of result.mutants) {
    row[mutant.status] = (row[mutant.status] ?? 0) + 1;
    if (UNDETECTED.has(mutant.status)) {
      const source = result.source.split('\n')[mutant.location.start.line - 1]?.trim() ?? '';
      survivors.push(`${relative}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.status} ${mutant.mutatorName}: ${JSON.stringify(mutant.replacement ?? '')}  | ${source.slice(0, 140)}`);
    }
  }
}

const score = (row) => {
  const detected = [...DETECTED].reduce((n, s) => n + row[s], 0);
  const valid = detected + [...UNDETECTED].reduce((n, s) => n + row[s], 0);
  return valid ? ((100 * detected) / valid).toFixed(1) : '–';
};
const total = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, CompileError: 0, RuntimeError: 0 };
console.log('| folder | score | killed | timed out | survived | no coverage | ignored (static) | do not compile |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [folder, row] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
  for (const key of Object.keys(total)) total[key] += row[key] ?? 0;
  console.log(`| \`${folder}\` | ${score(row)}% | ${row.Killed} | ${row.Timeout} | ${row.Survived} | ${row.NoCoverage} | ${row.Ignored} | ${row.CompileError} |`);
}
console.log(`| **all of \`${CORE}\`** | **${score(total)}%** | ${total.Killed} | ${total.Timeout} | ${total.Survived} | ${total.NoCoverage} | ${total.Ignored} | ${total.CompileError} |`);
if (args.includes('--survivors')) {
  console.log(`\n${survivors.length} mutants no test noticed:`);
  for (const line of survivors.sort()) console.log(line);
}
