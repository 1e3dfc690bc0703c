/**
 * The import report as an author reads it (core/import/reportText.ts,
 * importMessages.ts, importError.ts): the type and why, what was recognised
 * with its counts, what was dropped as page furniture with a sample, and
 * what could not be placed; in Dutch and English.
 */
import assert from 'node:assert/strict';
import type { ImportReport } from '../../server/src/core/import/importedNote';
import { ImportError } from '../../server/src/core/import/importError';
import { countOf, importMessage } from '../../server/src/core/import/importMessages';
import { reportLines } from '../../server/src/core/import/reportText';
import type { DroppedText } from '../../server/src/core/import/source';

/** A report with nothing recognised, nothing dropped, nothing unplaced. */
function report(extra: Partial<ImportReport> = {}): ImportReport {
  return {
    format: 'txt',
    type: 'informatienota',
    typeReason: 'no-advised-decision',
    fields: ['type'],
    sections: 0,
    subsections: 0,
    subheadings: 0,
    lists: 0,
    tables: 0,
    dropped: [],
    unplaced: [],
    noSections: false,
    ...extra,
  };
}

const dropped = (kind: DroppedText['kind'], ...texts: string[]): DroppedText[] => texts.map((text) => ({ kind, text, page: 2 }));

describe('import report', () => {
  describe('the type and why', () => {
    it('names the type word as the source wrote it', () => {
      assert.equal(reportLines(report({ type: 'beslisnota', typeReason: 'word', typeWord: 'Nota' }), 'nl')[0], 'beslisnota (het woord ‘Nota’)');
      assert.equal(reportLines(report({ type: 'beslisnota', typeReason: 'word', typeWord: 'Nota' }), 'en')[0], 'beslisnota (the word ‘Nota’)');
    });

    it('names the type itself when the word is not known', () => {
      assert.equal(reportLines(report({ type: 'beslisnota', typeReason: 'word' }), 'nl')[0], 'beslisnota (het woord ‘beslisnota’)');
    });

    it('says a decision is asked because of "Geadviseerd besluit", or not', () => {
      assert.equal(reportLines(report({ type: 'beslisnota', typeReason: 'advised-decision' }), 'nl')[0], 'beslisnota (heeft ‘Geadviseerd besluit’)');
      assert.equal(reportLines(report({ typeReason: 'no-advised-decision' }), 'en')[0], 'informatienota (no ‘Geadviseerd besluit’)');
    });
  });

  describe('what was recognised', () => {
    it('lists the fields without the type, then the counts that are not zero, in one and many', () => {
      const lines = reportLines(report({ fields: ['type', 'onderwerp', 'datum'], sections: 5, subsections: 1, subheadings: 0, lists: 2, tables: 1 }), 'nl');
      assert.equal(lines[1], 'herkend: onderwerp, datum, 5 secties, 1 subsectie, 2 lijsten, 1 tabel');
    });

    it('names every count in English', () => {
      const lines = reportLines(report({ fields: ['type'], sections: 1, subsections: 2, subheadings: 3, lists: 1, tables: 2 }), 'en');
      assert.equal(lines[1], 'recognised: 1 section, 2 subsections, 3 subheadings, 1 list, 2 tables');
    });

    it('is empty when nothing was recognised', () => {
      assert.equal(reportLines(report(), 'nl')[1], 'herkend: ');
    });
  });

  describe('what was dropped', () => {
    it('says nothing was dropped, and gives no other lines for an empty report', () => {
      assert.deepEqual(reportLines(report(), 'nl'), ['informatienota (geen ‘Geadviseerd besluit’)', 'herkend: ', 'weggelaten: niets']);
    });

    it('gives each kind with its count and its lines quoted, in a fixed order', () => {
      const lines = reportLines(report({ dropped: [...dropped('title', 'Stand van zaken'), ...dropped('page-number', 'Pagina 1 van 2', 'Pagina 2 van 2'), ...dropped('running-header', 'Datum')] }), 'nl');
      assert.equal(lines[2], 'weggelaten: herhaalde paginakop (1 regel: ‘Datum’); paginanummers (‘Pagina 1 van 2’, ‘Pagina 2 van 2’); documenttitel die het onderwerp herhaalt (‘Stand van zaken’)');
    });

    it('samples more than two lines by the first and the last', () => {
      const lines = reportLines(report({ dropped: [...dropped('header-footer', 'a', 'b', 'c'), ...dropped('artifact', 'x', 'y', 'z', 'w')] }), 'en');
      assert.equal(lines[2], 'dropped: Word headers and footers (‘a’ … ‘c’); text the PDF marks as layout (‘x’ … ‘w’)');
    });

    it('shortens a line longer than 60 characters to 57 and an ellipsis', () => {
      const sixty = 'x'.repeat(60);
      const long = `${'y'.repeat(57)}zzzz`;
      const lines = reportLines(report({ dropped: dropped('running-header', sixty, long) }), 'en');
      assert.equal(lines[2], `dropped: repeated running header (2 lines: ‘${sixty}’, ‘${'y'.repeat(57)}…’)`);
    });
  });

  describe('the date, the sections and what was not placed', () => {
    it('says how the date was rewritten', () => {
      const lines = reportLines(report({ dateRewritten: { written: '19-3-2026', value: '19 maart 2026' } }), 'nl');
      assert.equal(lines[2], 'datum ‘19-3-2026’ geschreven als ‘19 maart 2026’');
      assert.equal(lines.length, 4);
    });

    it('says no sections were found, after what was dropped', () => {
      assert.deepEqual(reportLines(report({ noSections: true }), 'en').slice(2), ['dropped: nothing', 'no numbered sections found: all text is in the body']);
    });

    it('quotes the unplaced lines, last of all', () => {
      const lines = reportLines(report({ noSections: true, unplaced: ['Vertrouwelijk', 'Kenmerk onbekend'] }), 'nl');
      assert.equal(lines[lines.length - 1], 'niet geplaatst, als tekst vóór de eerste sectie gezet: ‘Vertrouwelijk’, ‘Kenmerk onbekend’');
      assert.equal(lines.length, 5);
    });
  });

  describe('messages', () => {
    it('fills every placeholder of a message, and leaves one without an argument as written', () => {
      assert.equal(importMessage('en', 'zip-bomb-entries', { count: 2001, limit: 2000 }), 'refused as a zip bomb: 2001 entries, more than 2000; nothing was inflated');
      assert.equal(importMessage('nl', 'too-large', { limit: 32 }), 'het bestand is groter dan 32 MB; zo groot is geen nota');
      assert.equal(importMessage('en', 'too-large'), 'the file is larger than {limit} MB; no note is that large');
    });

    it('counts with the noun in one and many, zero as many', () => {
      assert.equal(countOf('nl', 'count.lines', 1), '1 regel');
      assert.equal(countOf('nl', 'count.lines', 0), '0 regels');
      assert.equal(countOf('en', 'count.sections', 3), '3 sections');
    });
  });

  describe('errors', () => {
    it('carries the message id and its arguments, and the detail in its own message', () => {
      const error = new ImportError('pdf-corrupt', { detail: 'bad xref' });
      assert.equal(error.id, 'pdf-corrupt');
      assert.deepEqual(error.args, { detail: 'bad xref' });
      assert.equal(error.message, 'pdf-corrupt: bad xref');
      assert.equal(new ImportError('empty', {}).message, 'empty');
    });
  });
});
