/**
 * Tables on a PDF page (core/import/pdf/pdfTables.ts): text placed in a grid
 * becomes a Markdown table with every cell in its column, whatever the cells'
 * alignment; lines that only look like a grid stay text; nothing is lost
 * either way. The layout is given as PDF.js would give it, so these run on
 * the core alone.
 */
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { importSource, type ImportEnvironment } from '../../server/src/core/import/importSource';
import type { PdfItem } from '../../server/src/core/import/pdf/pdfLayout';
import { sectionTitlesOf } from '../../server/src/core/import/sectionTitles';
import { wordsOf } from '../support/noteSpecs';

const sectionTitles = sectionTitlesOf(createLanguageService().noteTypes.all());
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');

interface Placed {
  x: number;
  y: number;
  text: string;
  bold?: boolean;
}

/** An A4 page of items in 10-point Helvetica-ish widths (0.5 em a character). */
function item({ x, y, text, bold = false }: Placed): PdfItem {
  return { text, x, y, width: text.length * 5, fontSize: 10, bold, italic: false, artifact: false };
}

/** The house-style head (the right-hand column at x 425) and the start of a section, then `body` from y 600 down. */
function page(body: Placed[]): PdfItem[] {
  const head: Placed[] = [
    { x: 68, y: 780, text: 'Minister van Justitie en Veiligheid' },
    { x: 425, y: 780, text: 'Directoraat-Generaal Migratie', bold: true },
    { x: 425, y: 768, text: 'Turfmarkt 147' },
    { x: 425, y: 758, text: '2511 DP Den Haag' },
    { x: 425, y: 740, text: 'Datum', bold: true },
    { x: 425, y: 730, text: '19 maart 2026' },
    { x: 425, y: 712, text: 'Onze referentie', bold: true },
    { x: 425, y: 702, text: '7244668' },
    { x: 68, y: 700, text: 'nota' },
    { x: 68, y: 670, text: 'Asielketen in 2026', bold: true },
    { x: 68, y: 630, text: '1. Aanleiding', bold: true },
    { x: 68, y: 615, text: 'De verdeling over de sectoren:' },
  ];
  return [...head, ...body].map(item);
}

async function imported(items: PdfItem[]) {
  const environment: ImportEnvironment = {
    inflateRaw: () => {
      throw new Error('no zip in a PDF');
    },
    readPdf: () => Promise.resolve({ encrypted: false, pages: [{ width: 595, height: 842, items }] }),
  };
  return importSource({ name: 'tabel.pdf', bytes: PDF_BYTES, sectionTitles }, environment);
}

const bodyWords = (markdown: string) => wordsOf(markdown.split(/\n---\n/)[1] ?? '');

describe('tables in a PDF', () => {
  it('a grid of left, right and centred cells is one table, each cell in its column, the last one far right', async () => {
    // The third column stands right of the page's middle, where the right-hand column's text starts too.
    const rows: Placed[] = [
      { x: 68, y: 590, text: 'Sector', bold: true },
      { x: 250, y: 590, text: 'Bedrag (mln)', bold: true },
      { x: 380, y: 590, text: 'Aandeel', bold: true },
      { x: 68, y: 575, text: 'Primair onderwijs' },
      { x: 295, y: 575, text: '120' },
      { x: 388, y: 575, text: '60%' },
      { x: 68, y: 560, text: 'Voortgezet onderwijs' },
      { x: 300, y: 560, text: '80' },
      { x: 388, y: 560, text: '40%' },
      { x: 68, y: 545, text: 'Totaal', bold: true },
      { x: 295, y: 545, text: '200' },
      { x: 385, y: 545, text: '100%' },
      { x: 68, y: 520, text: 'Daarna volgt gewone tekst.' },
    ];
    const result = await imported(page(rows));
    assert.equal(result.report.tables, 1);
    assert.match(result.markdown, /\| \*\*Sector\*\* +\| \*\*Bedrag \(mln\)\*\* \| \*\*Aandeel\*\* \|\n/);
    assert.match(result.markdown, /\| Primair onderwijs +\| 120 +\| 60% +\|\n/);
    assert.match(result.markdown, /\| Voortgezet onderwijs \| 80 +\| 40% +\|\n/);
    assert.match(result.markdown, /\| \*\*Totaal\*\* +\| 200 +\| 100% +\|\n/);
    assert.match(result.markdown, /\n\nDaarna volgt gewone tekst\.\n$/);
    // The right-hand column stays what it was: the table's cells are not taken for it.
    assert.deepEqual(result.frontmatter.afzender, { organisatie: 'Directoraat-Generaal Migratie', bezoekadres: 'Turfmarkt 147, 2511 DP Den Haag' });
  });

  it('a table with a column far right on a page without a right-hand column stays a table', async () => {
    const items = [
      { x: 68, y: 780, text: '1. Aanleiding', bold: true },
      { x: 68, y: 765, text: 'Er is aanleiding voor een tabel die tot de rand van de pagina loopt.' },
      { x: 68, y: 745, text: 'Jaar' },
      { x: 450, y: 745, text: 'Bedrag' },
      { x: 68, y: 730, text: '2026' },
      { x: 450, y: 730, text: '€ 2 mln' },
      { x: 68, y: 715, text: '2027' },
      { x: 450, y: 715, text: '€ 3 mln' },
    ].map(item);
    const result = await imported(items);
    assert.equal(result.frontmatter.afzender, undefined);
    assert.match(result.markdown, /\| Jaar +\| Bedrag +\|\n\| -+ \| -+ \|\n\| 2026 +\| € 2 mln \|\n\| 2027 +\| € 3 mln \|\n/);
  });

  it('runs that do not stand in columns stay text, every word in its order', async () => {
    // The second line's last run reaches over two columns of the first: no grid.
    const rows: Placed[] = [
      { x: 68, y: 590, text: 'Eerste' },
      { x: 250, y: 590, text: 'tweede' },
      { x: 400, y: 590, text: 'derde' },
      { x: 68, y: 575, text: 'vierde' },
      { x: 240, y: 575, text: 'vijfde dat tot voorbij het derde loopt' },
    ];
    const result = await imported(page(rows));
    assert.equal(result.report.tables, 0);
    assert.doesNotMatch(result.markdown, /\|/);
    assert.deepEqual(bodyWords(result.markdown).slice(-12), ['sectoren', 'Eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'dat', 'tot', 'voorbij', 'het', 'derde', 'loopt']);
  });
});
