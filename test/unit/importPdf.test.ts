/**
 * Import of PDFs through the shipped PDF reader (dist/pdf-worker.js, PDF.js
 * in a worker thread): generated notes written as house-style PDFs (body at
 * x 68, the right-hand column at x 425, a running header and page numbers
 * from page 2, tagged as artifacts or not) come back with the same
 * frontmatter values, headings and body words.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { createLanguageService } from '../../server/src/core/languageService';
import { ImportError } from '../../server/src/core/import/importError';
import { importMessage } from '../../server/src/core/import/importMessages';
import { importSource } from '../../server/src/core/import/importSource';
import { sectionTitlesOf } from '../../server/src/core/import/sectionTitles';
import { nodeEnvironment } from '../../server/src/import/engine';
import { ROOT } from '../support/fixtures';
import { runs } from '../support/mutations';
import { buildPdf, notePdf } from '../support/pdfBuilder';
import { noteSpec, specMarkdown } from '../support/noteSpecs';
import { sameNote } from '../support/sameNote';

const DIST = path.join(ROOT, 'dist');
const service = createLanguageService();
const sectionTitles = sectionTitlesOf(service.noteTypes.all());

describe('import of PDFs', function () {
  this.timeout(120_000);
  const environment = nodeEnvironment(DIST);

  before(() => assert.ok(existsSync(path.join(DIST, 'pdf-worker.js')), 'dist/pdf-worker.js is missing: run `npm run build` first'));

  it('where PDF.js is not shipped (the VS Code extension), says to use nota import, and nothing else is read', async () => {
    const withoutReader = mkdtempSync(path.join(tmpdir(), 'nota-no-pdf-reader-'));
    try {
      const refusal = await importSource({ name: 'nota.pdf', bytes: notePdf(fc.sample(noteSpec, { numRuns: 1, seed: 7 })[0]!, { tagged: true }), sectionTitles }, nodeEnvironment(withoutReader)).then(
        () => assert.fail('a PDF was imported without PDF.js'),
        (error: unknown) => error,
      );
      assert.ok(refusal instanceof ImportError, String(refusal));
      assert.equal(refusal.id, 'pdf-not-in-package');
      assert.match(importMessage('nl', refusal.id, refusal.args), /npx nota import/);
      assert.match(importMessage('en', refusal.id, refusal.args), /npx nota import/);
    } finally {
      rmSync(withoutReader, { recursive: true, force: true });
    }
  });

  it('generated notes as house-style PDFs come back, the running header and page numbers dropped', async () => {
    const samples = fc.sample(fc.tuple(noteSpec, fc.boolean()), { numRuns: runs(12, 200) });
    for (const [spec, tagged] of samples) {
      const result = await importSource({ name: 'nota.pdf', bytes: notePdf(spec, { tagged }), sectionTitles }, environment);
      // Frontmatter, headings and body words exactly. (Where a page ends with a full line, nothing on the page says
      // whether the paragraph ends there too, so paragraph bounds are not compared.)
      sameNote(result.markdown, specMarkdown(spec), `tagged: ${tagged}`);
      const kinds = new Set(result.report.dropped.map((d) => d.kind));
      assert.ok(kinds.has(tagged ? 'artifact' : 'page-number'), `page furniture reported: ${[...kinds].join(', ')}`);
      const findings = service.check({ uri: `file:///pdf-${Math.random()}.md`, version: 1, getText: () => result.markdown }, { locale: 'nl', force: true }) ?? [];
      assert.deepEqual(findings.map((f) => f.code), []);
    }
  });

  it('separates the columns by where text starts, whatever the page size and margins', async () => {
    // The same head on a narrower page with other margins: body at x 50, the column at x 360.
    const page = [
      { x: 50, y: 760, text: 'Minister van Justitie en Veiligheid' },
      { x: 360, y: 760, text: 'Directoraat-Generaal Migratie', font: 'bold' as const },
      { x: 360, y: 748, text: 'Turfmarkt 147' },
      { x: 360, y: 738, text: '2511 DP Den Haag' },
      { x: 360, y: 720, text: 'Datum', font: 'bold' as const },
      { x: 360, y: 710, text: '19 maart 2026' },
      { x: 360, y: 692, text: 'Onze referentie', font: 'bold' as const },
      { x: 360, y: 682, text: '7244668' },
      { x: 50, y: 700, text: 'nota', size: 22 },
      { x: 50, y: 670, text: 'Asielketen in 2026', font: 'bold' as const, size: 11 },
      { x: 50, y: 600, text: '1. Aanleiding', font: 'bold' as const, size: 11 },
      { x: 50, y: 580, text: 'De instroom daalt. Een lange regel die ver doorloopt tot waar de kolom zou staan.' },
      { x: 50, y: 567, text: 'Ook deze regel loopt door.' },
    ];
    const result = await importSource({ name: 'smal.pdf', bytes: buildPdf([{ items: page }]), sectionTitles }, environment);
    assert.deepEqual(result.frontmatter.afzender, { organisatie: 'Directoraat-Generaal Migratie', bezoekadres: 'Turfmarkt 147, 2511 DP Den Haag' });
    assert.equal(result.frontmatter.datum, '19 maart 2026');
    assert.deepEqual(result.frontmatter.aan, ['Minister van Justitie en Veiligheid']);
    assert.equal(result.frontmatter.onderwerp, 'Asielketen in 2026');
    assert.match(result.markdown, /## 1\. Aanleiding\n\nDe instroom daalt\. Een lange regel die ver doorloopt tot waar de kolom zou staan\. Ook deze regel loopt door\.\n$/);
  });
});
