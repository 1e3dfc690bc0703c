// Stages the workspace folder the extension-host suites open: the static files
// of test/vscode/workspace/ plus copies of the repository's example note and of
// some fixture notes with their .expected findings. Copied fresh for every run,
// so the fixtures stay the one source of truth and no edit made by one run can
// leak into the next.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/notes');

// [source note, name in the workspace]. The suite reads "<name>.expected".
const NOTES = [
  [path.join(ROOT, 'examples/beslisnota.md'), 'beslisnota.md'],
  [path.join(FIXTURES, 'field-missing.md'), 'notes/field-missing.md'],
  [path.join(FIXTURES, 'section-numbering.md'), 'notes/section-numbering.md'],
  [path.join(FIXTURES, 'portfolio-holder-unknown-addressee.md'), 'notes/portfolio-holder-unknown-addressee.md'],
  // No frontmatter at all: a note only because of its *.nota.md name.
  [path.join(FIXTURES, 'frontmatter-missing.md'), 'notes/zonder-metadata.nota.md'],
  // Writing aids: a note that lacks a section, for the quick fix.
  [path.join(FIXTURES, 'section-missing.md'), 'notes/section-missing.md'],
  // Two state secretaries of one ministry, told apart by their portfolios (picture: highlight, hover, finding).
  [path.join(FIXTURES, 'portfolio-title-shared.md'), 'notes/portfolio-title-shared.md'],
];

/** Returns the absolute path of a freshly staged workspace in `dest`. */
export function prepareWorkspace(dest = path.join(ROOT, 'out/test/vscode-workspace')) {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'test/vscode/workspace'), dest, { recursive: true });
  for (const [source, name] of NOTES) {
    const target = path.join(dest, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(source, target);
    const expected = source.replace(/\.md$/, '.expected');
    if (fs.existsSync(expected)) fs.copyFileSync(expected, target.replace(/\.md$/, '.expected'));
  }
  return dest;
}
