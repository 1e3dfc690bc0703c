// A workspace's worth of generated notes, for the test that every note of a
// large workspace gets its exact findings without being opened: copies of the
// example note that differ in subject, date and reference; one in ten carries
// one of five defects, and two otherwise clean notes share a reference. The
// expected findings (`line:col code`, 1-based, like the fixtures' .expected
// files) are worked out here from where each defect was written, not by Nota,
// and saved as expected.json beside the notes. test/unit/bulkNotes.test.ts
// holds them to `nota check`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/beslisnota.md');
/** Two notes, clean otherwise, that share a reference. */
const SHARED = { reference: '7999999', notes: [500, 1500] };

/** 1-based line and column of an offset in a text (columns count UTF-16 units, as LSP does). */
function place(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** The five defects: each changes the note and says where its finding stands. */
const DEFECTS = [
  (text) => {
    const note = text.replace(/^datum: .*$/m, 'datum: 31 april 2026');
    return { note, expected: [`${place(note, note.indexOf('31 april 2026'))} date-invalid`] };
  },
  (text, i) => {
    // Each its own wrong reference: notes that share one would also get reference-duplicate.
    const note = text.replace(/^referentie: .*$/m, `referentie: "71-${i}"`);
    return { note, expected: [`${place(note, note.indexOf(`"71-${i}"`))} reference-invalid`] };
  },
  (text) => {
    const note = text.replace(/^afzender:$/m, 'status: concept\nafzender:');
    return { note, expected: [`${place(note, note.indexOf('status: concept'))} field-unknown`] };
  },
  (text) => {
    const note = text.replace('In bijgevoegde brief', 'Vragen aan j.jansen@example.nl. In bijgevoegde brief');
    return { note, expected: [`${place(note, note.indexOf('j.jansen@example.nl'))} personal-data`] };
  },
  (text) => {
    // Kernpunten emptied: its heading stays, with nothing under it.
    const start = text.indexOf('## 3. Kernpunten\n') + '## 3. Kernpunten\n'.length;
    const note = `${text.slice(0, start)}\n${text.slice(text.indexOf('## 4. Toelichting'))}`;
    return { note, expected: [`${place(note, note.indexOf('## 3. Kernpunten'))} section-empty`] };
  },
];

/**
 * Writes `count` notes (nota-0000.md, …) and expected.json ({ "<file>": ["line:col code", …] },
 * every note listed, [] for a clean one) into `folder`. Returns how many are defective.
 */
export function writeBulkNotes(folder, count) {
  const example = fs.readFileSync(EXAMPLE, 'utf8');
  fs.mkdirSync(folder, { recursive: true });
  const expected = {};
  let defective = 0;
  for (let i = 0; i < count; i++) {
    const name = `nota-${String(i).padStart(4, '0')}.md`;
    const shared = SHARED.notes.includes(i);
    let note = example
      .replace(/^onderwerp: .*$/m, `onderwerp: Beleidsreactie nummer ${i + 1}`)
      .replace(/^datum: .*$/m, `datum: ${(i % 28) + 1} ${['januari', 'februari', 'maart'][i % 3]} 2026`)
      .replace(/^referentie: .*$/m, `referentie: "${shared ? SHARED.reference : String(7100000 + i)}"`);
    let findings = [];
    if (shared) {
      findings = [`${place(note, note.indexOf(`"${SHARED.reference}"`))} reference-duplicate`];
    } else if (i % 10 === 3) {
      ({ note, expected: findings } = (DEFECTS[Math.floor(i / 10) % DEFECTS.length])(note, i));
      defective++;
    }
    fs.writeFileSync(path.join(folder, name), note);
    expected[name] = findings.sort();
  }
  fs.writeFileSync(path.join(folder, 'expected.json'), `${JSON.stringify(expected, null, 1)}\n`);
  return defective;
}
