// Stages the workspace folder the extension-host suites open: the static files
// of test/vscode/workspace/ plus copies of the repository's example note and of
// some fixture notes with their .expected findings. Copied fresh for every run,
// so the fixtures stay the one source of truth and no edit made by one run can
// leak into the next.
//
// Every note of the workspace is checked (the whole workspace is), so notes
// that share a reference would all get reference-duplicate: each copied
// fixture gets a reference of its own, and one pair (dubbel/) shares one on
// purpose. `bulk` adds that many generated notes (bulkNotes.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBulkNotes } from './bulkNotes.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/notes');
const EXAMPLE = path.join(ROOT, 'examples/beslisnota.md');
const EXAMPLE_REFERENCE_VALUE = '7244668';
const EXAMPLE_REFERENCE = `referentie: "${EXAMPLE_REFERENCE_VALUE}"`;
/** The reference the seed's copy gets in the workspace (the seed is the example note as text). */
const SEED_REFERENCE = '7000007';

// [source note, name in the workspace, reference and subject it gets]. The suite reads "<name>.expected".
// Subjects of their own, so the notes view lists the notes as a real workspace would.
const NOTES = [
  // The example keeps its reference: the preview shows it.
  [EXAMPLE, 'beslisnota.md'],
  [path.join(FIXTURES, 'field-missing.md'), 'notes/field-missing.md', null, 'Reactie op het inspectierapport jeugdzorg'],
  [path.join(FIXTURES, 'section-numbering.md'), 'notes/section-numbering.md', '7000001', 'Wijziging van de subsidieregeling slachtofferhulp'],
  [path.join(FIXTURES, 'portfolio-holder-unknown-addressee.md'), 'notes/portfolio-holder-unknown-addressee.md', '7000002', 'Beantwoording van Kamervragen over cybercrime'],
  // No frontmatter at all: a note only because of its *.nota.md name.
  [path.join(FIXTURES, 'frontmatter-missing.md'), 'notes/zonder-metadata.nota.md'],
  // Writing aids: a note that lacks a section, for the quick fix.
  [path.join(FIXTURES, 'section-missing.md'), 'notes/section-missing.md', '7000003', 'Voortgang van de aanpak van online fraude'],
  // Two state secretaries of one ministry, told apart by their portfolios (picture: highlight, hover, finding).
  [path.join(FIXTURES, 'portfolio-title-shared.md'), 'notes/portfolio-title-shared.md', '7000005'],
  // Never opened by any test: its findings only ever come from its file.
  [path.join(FIXTURES, 'date-invalid.md'), 'archief/ongeopend.md', '7000004', 'Jaarplan 2026 van het Openbaar Ministerie'],
  // Import: the seed, text extracted from a published PDF (its note would otherwise share the example's reference).
  [path.join(ROOT, 'test/fixtures/import/nota-jenv-2026-03-19.txt'), 'import/nota-jenv.txt', SEED_REFERENCE],
];

/** Two notes that share a reference: each gets reference-duplicate on its reference (line 8, column 13). */
const DUPLICATES = ['dubbel/eerste.md', 'dubbel/tweede.md'];
const DUPLICATE_REFERENCE = '7300000';

// [source note, name in the workspace, change]: notes the tour of the workbench (test/e2e/tour.mjs) needs.
const DERIVED = [
  // The state secretary is not named in the advised decision: the fix inserts a sentence far below the entry in `aan`.
  // A reference of its own: it is no reference-duplicate of beslisnota.md.
  [EXAMPLE, 'notes/naam-ontbreekt.md', (text) => replaceReference(text, '7000006').replace('mede namens de staatssecretaris van Justitie en Veiligheid en de minister', 'mede namens de minister')],
];

/** Returns the absolute path of a freshly staged workspace in `dest`. */
export function prepareWorkspace(dest = path.join(ROOT, 'out/test/vscode-workspace'), { bulk = 0 } = {}) {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'test/vscode/workspace'), dest, { recursive: true });
  const write = (name, text) => {
    fs.mkdirSync(path.dirname(path.join(dest, name)), { recursive: true });
    fs.writeFileSync(path.join(dest, name), text);
  };
  for (const [source, name, reference, subject] of NOTES) {
    let text = fs.readFileSync(source, 'utf8');
    if (reference) text = source.endsWith('.txt') ? text.replaceAll(EXAMPLE_REFERENCE_VALUE, reference) : replaceReference(text, reference);
    if (subject) text = text.replace(/^onderwerp: .*$/m, `onderwerp: ${subject}`);
    write(name, text);
    const expected = source.replace(/\.md$/, '.expected');
    if (source.endsWith('.md') && fs.existsSync(expected)) fs.copyFileSync(expected, path.join(dest, name.replace(/\.md$/, '.expected')));
  }
  DUPLICATES.forEach((name, i) => {
    const subject = ['Eerste nota met dezelfde referentie', 'Tweede nota met dezelfde referentie'][i];
    write(name, replaceReference(fs.readFileSync(EXAMPLE, 'utf8'), DUPLICATE_REFERENCE).replace(/^onderwerp: .*$/m, `onderwerp: ${subject}`));
    write(name.replace(/\.md$/, '.expected'), '8:13 reference-duplicate\n');
  });
  if (bulk > 0) writeBulkNotes(path.join(dest, 'bulk'), bulk);
  for (const [source, name, change] of DERIVED) {
    const text = fs.readFileSync(source, 'utf8');
    const changed = change(text);
    if (changed === text) throw new Error(`prepareWorkspace: ${source} no longer holds what ${name} changes`);
    write(name, changed);
  }
  return dest;
}

function replaceReference(text, reference) {
  if (!text.includes(EXAMPLE_REFERENCE)) throw new Error(`a staged note no longer holds ${EXAMPLE_REFERENCE}`);
  return text.replace(EXAMPLE_REFERENCE, `referentie: "${reference}"`);
}
