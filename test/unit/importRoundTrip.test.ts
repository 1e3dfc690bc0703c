/**
 * The round trip: a note exported to Word and to PDF (`nota export`'s
 * writers) and imported again gives back its frontmatter values, headings
 * and body words, for the example, every fixture note and generated notes.
 * Fixture notes whose frontmatter Nota cannot read (none, unclosed, not
 * YAML) have no values to give back: their words come back in order.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { createLanguageService } from '../../server/src/core/languageService';
import { importSource } from '../../server/src/core/import/importSource';
import { sectionTitlesOf } from '../../server/src/core/import/sectionTitles';
import { nodeEnvironment } from '../../server/src/import/engine';
import { loadWriters } from '../../server/src/node/exportWriters';
import { ROOT, doc, exportableNotes } from '../support/fixtures';
import { runs } from '../support/mutations';
import { noteSpec, specMarkdown } from '../support/noteSpecs';
import { hasFrontmatterValues, sameNote, sameWords } from '../support/sameNote';

const DIST = path.join(ROOT, 'dist');
/** The fields an exported page shows; others (kopie-aan, unknown ones) have no place on it and do not come back. */
const SHOWN = ['type', 'onderwerp', 'aan', 'datum', 'referentie', 'bijlagen', 'afzender'];


describe('import of exported notes (the round trip)', function () {
  this.timeout(300_000);
  const service = createLanguageService();
  const sectionTitles = sectionTitlesOf(service.noteTypes.all());
  const environment = nodeEnvironment(DIST);
  const writers = loadWriters();

  const roundTrip = async (name: string, text: string) => {
    const page = service.page(doc(`file:///${name}`, text), { locale: 'nl', force: true });
    assert.ok(page, `${name} is a note`);
    for (const [format, bytes] of [['docx', await writers.docx(page)], ['pdf', await writers.pdf(page)]] as const) {
      const result = await importSource({ name: `${name}.${format}`, bytes, sectionTitles }, environment);
      const what = `${name} through .${format}`;
      if (hasFrontmatterValues(text)) sameNote(result.markdown, text, what, { fields: SHOWN, boxes: format === 'pdf' });
      else sameWords(result.markdown, text, what, { boxes: format === 'pdf' });
    }
  };

  for (const { name, text } of exportableNotes()) {
    it(`gives back ${name} from its .docx and its PDF`, () => roundTrip(name, text));
  }

  it('gives back generated notes from their .docx and PDF', async () => {
    for (const spec of fc.sample(noteSpec, { numRuns: runs(8, 150) })) await roundTrip('generated.md', specMarkdown(spec));
  });
});
