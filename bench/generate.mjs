// Generates the bench inputs in bench/.work/ (git-ignored) from the example
// note, so every run measures the same texts and nothing large is committed.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(BENCH, '..');
export const WORK = path.join(BENCH, '.work');
export const EXAMPLE = path.join(ROOT, 'examples', 'beslisnota.md');
/** The bundles under test; NOTA_DIST points elsewhere to compare two builds. */
export const DIST = path.resolve(process.env.NOTA_DIST ?? path.join(ROOT, 'dist'));
/** The source tree whose core (a) measures in process; NOTA_SOURCE likewise. */
export const SOURCE = path.resolve(process.env.NOTA_SOURCE ?? ROOT);

/** Bump when the generated texts change, so stale inputs are rebuilt. */
const GENERATION = '1';

export function exampleText() {
  return readFileSync(EXAMPLE, 'utf8');
}

/**
 * The example with `count` more numbered Toelichting subsections after 4.1:
 * each is a copy of the "Bevindingen" subsection's body, so the text stays a
 * realistic note (lists, long paragraphs) and stays valid (no new findings).
 */
export function largeNote(count = 700) {
  const text = exampleText();
  const body = /### Bevindingen\n\n([\s\S]*?)\n### 4\.1\./.exec(text)?.[1];
  const anchor = '## 5. Informatie';
  if (!body || !text.includes(anchor)) throw new Error('the example note no longer has the shape the bench expects');
  const parts = [];
  for (let i = 0; i < count; i++) parts.push(`### 4.${i + 2}. Bevindingen deelonderzoek ${i + 1}\n\n${body}\n`);
  return text.replace(anchor, `${parts.join('')}${anchor}`);
}

/** How many of the 2,000 notes get findings: one in ten an impossible date, one in ten a missing addressee. */
export const WITH_FINDINGS = 400;

/**
 * 2,000 example-sized notes that differ the way real notes do: subject,
 * reference, date, and in one of ten an error (an impossible date or a
 * missing addressee), so the checker reports findings as it would in CI.
 */
export function manyNotes(count = 2000) {
  const text = exampleText();
  const notes = [];
  for (let i = 0; i < count; i++) {
    let note = text
      .replace(/^onderwerp: .*$/m, `onderwerp: Beleidsreactie nummer ${i + 1} op de monitor`)
      .replace(/^referentie: .*$/m, `referentie: "${String(7000000 + i)}"`)
      .replace(/^datum: .*$/m, `datum: ${(i % 28) + 1} maart 2026`);
    if (i % 10 === 3) note = note.replace(/^datum: .*$/m, 'datum: 31 april 2026');
    if (i % 10 === 7) note = note.replace('  - Staatssecretaris van Justitie en Veiligheid\n', '  - Staatssecretaris van Justitie en Veiligheid\n  - Minister van Financiën\n');
    notes.push({ name: `nota-${String(i).padStart(4, '0')}.md`, text: note });
  }
  return notes;
}

/** Writes the inputs once per generation; returns their paths. */
export function generate() {
  const stamp = path.join(WORK, 'generation');
  const paths = { large: path.join(WORK, 'large.md'), notes: path.join(WORK, 'notes'), open: path.join(WORK, 'open') };
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === GENERATION) return paths;
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(paths.notes, { recursive: true });
  writeFileSync(paths.large, largeNote());
  for (const { name, text } of manyNotes()) writeFileSync(path.join(paths.notes, name), text);
  writeFileSync(stamp, GENERATION);
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const paths = generate();
  console.log(`inputs in ${WORK}: ${(readFileSync(paths.large).length / 1e6).toFixed(2)} MB note, 2000 notes`);
}
