/**
 * A PDF's positioned text as lines (core/import/pdf/pdfLayout.ts): refusals
 * (truncated, encrypted, no text), words joined with the spaces their gaps
 * show, the right-hand column read first, page furniture (artifacts, running
 * headers, page numbers) reported and left out, and nothing else lost. The
 * text is given as PDF.js would give it, so no PDF is parsed.
 */
import assert from 'node:assert/strict';
import { ImportError } from '../../server/src/core/import/importError';
import { checkPdfEnvelope, layoutPdf, type PdfItem, type PdfPage } from '../../server/src/core/import/pdf/pdfLayout';
import { blockText, type SourceBlock, type Span } from '../../server/src/core/import/source';

interface Look {
  size?: number;
  width?: number;
  bold?: boolean;
  italic?: boolean;
  artifact?: boolean;
}

/** An item in 10-point type, 5 points a character unless told. */
function item(text: string, x: number, y: number, look: Look = {}): PdfItem {
  const size = look.size ?? 10;
  return { text, x, y, width: look.width ?? text.length * size * 0.5, fontSize: size, bold: look.bold ?? false, italic: look.italic ?? false, artifact: look.artifact ?? false };
}

const a4 = (items: PdfItem[], height = 842): PdfPage => ({ width: 595, height, items });
const layout = (...pages: PdfPage[]) => layoutPdf({ encrypted: false, pages });
const texts = (blocks: readonly SourceBlock[]) => blocks.map(blockText);

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ImportError, String(error));
    return error;
  }
  assert.fail('not refused');
}

describe('PDF refusals', () => {
  it('a PDF whose last kilobyte holds no %%EOF is truncated', () => {
    const pdf = (before: number, after: number) => new TextEncoder().encode(`%PDF-1.7\n${' '.repeat(before)}%%EOF${' '.repeat(after)}`);
    assert.equal(checkPdfEnvelope(pdf(10, 1)), undefined);
    // %%EOF starting exactly 1024 bytes before the end is in the last kilobyte; a byte earlier it is not.
    assert.equal(checkPdfEnvelope(pdf(2000, 1019)), undefined);
    const error = refusal(() => checkPdfEnvelope(pdf(2000, 1020)));
    assert.deepEqual([error.id, error.args], ['pdf-truncated', {}]);
    assert.equal(refusal(() => checkPdfEnvelope(new Uint8Array())).id, 'pdf-truncated');
  });

  it('an encrypted PDF is refused before anything is read', () => {
    const error = refusal(() => layoutPdf({ encrypted: true, pages: [a4([item('Tekst', 68, 700)])] }));
    assert.deepEqual([error.id, error.args], ['pdf-encrypted', {}]);
  });

  it('a PDF with nothing but blanks and page furniture has no text', () => {
    const error = refusal(() => layout(a4([item('   ', 68, 700), item('Koptekst', 68, 800, { artifact: true })]), a4([])));
    assert.deepEqual([error.id, error.args], ['pdf-no-text', {}]);
  });

  it('a first page of furniture only, then text: read, the furniture reported', () => {
    const doc = layout(a4([item('Koptekst', 68, 800, { artifact: true })]), a4([item('Tekst', 68, 700)]));
    assert.deepEqual(doc, {
      format: 'pdf',
      blocks: [{ kind: 'paragraph', lines: [{ spans: [{ text: 'Tekst' }], indent: 0, full: false }], page: 2, column: 'body' }],
      dropped: [{ kind: 'artifact', text: 'Koptekst', page: 1 }],
    });
  });
});

describe('PDF lines', () => {
  it('items of a line are joined with a space only where the gap shows one or neither side has one', () => {
    const items = [
      item('Beslis', 68, 700), // ends at 98
      item('nota', 99.5, 700), // 1.5 after: part of the word
      item('gaat', 121.6, 700), // 2.1 after 'nota' (119.5): a space
      item('over ', 144, 700),
      item('de', 170, 700),
      item(' asielketen', 182, 700),
      item('en het is', 240, 700),
      item('heel goed.', 288, 700, { italic: true }),
    ];
    const [paragraph] = layout(a4(items)).blocks;
    const spans: Span[] = [
      { text: 'Beslis' },
      { text: 'nota' },
      { text: ' ' },
      { text: 'gaat' },
      { text: ' ' },
      { text: 'over ' },
      { text: 'de' },
      { text: ' asielketen' },
      { text: ' ' },
      { text: 'en het is' },
      { text: ' ' },
      { text: 'heel goed.', italic: true },
    ];
    assert.deepEqual(paragraph, { kind: 'paragraph', lines: [{ spans, indent: 0, full: false }], page: 1, column: 'body' });
  });

  it('a space between two bold words is bold, between bold and plain plain', () => {
    const [paragraph] = layout(a4([item('Let', 68, 700, { bold: true }), item('op:', 88, 700, { bold: true }), item('nu', 108, 700)])).blocks;
    assert.deepEqual(paragraph?.kind === 'paragraph' && paragraph.lines[0]?.spans, [
      { text: 'Let', bold: true },
      { text: ' ', bold: true },
      { text: 'op:', bold: true },
      { text: ' ' },
      { text: 'nu' },
    ]);
  });

  it('a blank item between two bold words does not take the space’s face', () => {
    const [paragraph] = layout(a4([item('Let', 68, 700, { bold: true }), item(' ', 83, 700, { width: 3 }), item('op', 86, 700, { bold: true })])).blocks;
    assert.deepEqual(paragraph?.kind === 'paragraph' && paragraph.lines[0]?.spans, [{ text: 'Let', bold: true }, { text: ' ', bold: true }, { text: 'op', bold: true }]);
  });

  it('text after a gutter on the same baseline (3.5 points off at 10 points) continues the line, a space apart', () => {
    const [paragraph] = layout(a4([item('Jaar', 68, 700), item('Bedrag', 300, 696.5)])).blocks;
    assert.deepEqual(paragraph, { kind: 'paragraph', lines: [{ spans: [{ text: 'Jaar' }, { text: ' ' }, { text: 'Bedrag' }], indent: 0, full: false }], page: 1, column: 'body' });
  });

  it('a table’s cells keep their items together as written, in every column, with the spaces between words', () => {
    const doc = layout(
      a4([
        item('Jaar', 68, 700, { bold: true }),
        item('Bedrag', 300, 700, { bold: true }),
        item('1', 330, 700, { size: 6 }), // a footnote mark right after the word
        item('Primair', 68, 685, { bold: true }),
        item('onderwijs', 106, 685, { bold: true }),
        item('€ 2', 300, 685),
        item('mln', 318, 685),
      ]),
    );
    assert.deepEqual(doc.blocks, [
      {
        kind: 'table',
        rows: [
          [[{ text: 'Jaar', bold: true }], [{ text: 'Bedrag', bold: true }, { text: '1' }]],
          [[{ text: 'Primair', bold: true }, { text: ' ', bold: true }, { text: 'onderwijs', bold: true }], [{ text: '€ 2' }, { text: ' ' }, { text: 'mln' }]],
        ],
        page: 1,
        column: 'body',
      },
    ]);
  });
});

/** The right-hand column: two lines of its own at 425 make it one. */
const column = [item('Directie Migratie', 425, 780), item('Turfmarkt 147', 425, 768), item('Datum', 425, 740), item('19 maart 2026', 425, 728)];

describe('PDF columns in reading order', () => {
  it('the right-hand column comes first, each column top down, indents from its own edge', () => {
    const doc = layout(a4([item('Minister van Justitie', 68, 790), ...column, item('In de tekst.', 86, 700), item('Nog een alinea.', 68, 600)]));
    // The column's lines are not measured against the body's right edge.
    assert.deepEqual(doc.blocks[0], { kind: 'paragraph', lines: [{ spans: [{ text: 'Directie Migratie' }], indent: 0 }, { spans: [{ text: 'Turfmarkt 147' }], indent: 0 }], page: 1, column: 'side' });
    assert.deepEqual(texts(doc.blocks), ['Directie Migratie\nTurfmarkt 147', 'Datum\n19 maart 2026', 'Minister van Justitie', 'In de tekst.', 'Nog een alinea.']);
    assert.deepEqual(
      doc.blocks.map((b) => (b.kind === 'paragraph' ? [b.column, b.lines.map((l) => [l.indent, l.full])] : [])),
      [
        ['side', [[0, undefined], [0, undefined]]],
        ['side', [[0, undefined], [0, undefined]]],
        // The widest body line sets the right edge: the first reaches it.
        ['body', [[0, true]]],
        ['body', [[18, false]]],
        ['body', [[0, false]]],
      ],
    );
  });

  it('a run from 6 points left of the column on is the column’s; text further left of it the body’s', () => {
    // The body's first line, just below the column's last and about as far right, still starts a block of its own.
    const doc = layout(a4([...column, item('Kenmerk', 419, 712), item('bij', 418.5, 700), item('Tekst.', 68, 680), item('Tekst.', 68, 640)]));
    assert.deepEqual(
      doc.blocks.map((b) => (b.kind === 'paragraph' ? [b.column, blockText(b), b.lines[0]?.indent] : [])),
      [
        ['side', 'Directie Migratie\nTurfmarkt 147', 0],
        ['side', 'Datum\n19 maart 2026', 0],
        // Left of the column's edge (indent 0), so a block of its own.
        ['side', 'Kenmerk', 0],
        ['body', 'bij', 351],
        ['body', 'Tekst.', 0],
        ['body', 'Tekst.', 0],
      ],
    );
  });

  it('a long line that reaches into the column past a gap is split there: its end is the column’s', () => {
    const items = [
      ...column,
      item('Onderwerp', 68, 700, { width: 340 }), // ends at 408
      item('naast', 410, 700, { size: 12, width: 10 }), // ends at 420, in the column's reach but no gap before it
      item('19', 425, 700, { width: 10 }), // 5 after: the column's
      item('maart', 438, 700, { size: 14, width: 30 }),
      item('a ' + 'x'.repeat(70), 68, 686),
      item('y'.repeat(72), 68, 674),
    ];
    const doc = layout(a4(items));
    assert.deepEqual(
      doc.blocks.map((b) => (b.kind === 'paragraph' ? [b.column, blockText(b), b.headingLevel, b.lines.map((l) => l.full)] : [])),
      [
        ['side', 'Directie Migratie\nTurfmarkt 147', undefined, [undefined, undefined]],
        ['side', 'Datum\n19 maart 2026', undefined, [undefined, undefined]],
        ['side', '19 maart', 1, [undefined]],
        // The body's part keeps its largest size (12: a heading below the column's 14) and its end (420: full before "a").
        ['body', 'Onderwerp naast', 2, [true]],
        ['body', `a ${'x'.repeat(70)}\n${'y'.repeat(72)}`, undefined, [true, false]],
      ],
    );
  });

  it('a gap of 3 points (at 10 points) or less, or one left of the cut, does not split a line; one at the cut does', () => {
    const items = [
      ...column,
      item('Onderwerp', 68, 700, { width: 340 }),
      item('naast', 410, 700, { width: 10 }),
      item('de', 423, 700),
      item('kolom', 300, 650, { width: 5 }),
      item('a', 318, 650),
      item('Lang', 68, 560, { width: 340 }),
      item('y', 419, 560),
    ];
    const doc = layout(a4(items));
    assert.deepEqual(texts(doc.blocks).slice(2), ['y', 'Onderwerp naast de', 'kolom a', 'Lang']);
  });
});

describe('PDF page furniture', () => {
  const body = (n: number) => item(`Tekst op bladzijde ${n}.`, 68, 500);

  it('a line repeated at the top or bottom of later pages is a running header; page 1 keeps it, other lines stay', () => {
    const doc = layout(
      a4([item('Asielketen 9', 68, 800), body(1), item('Zie hierboven', 68, 400)]),
      a4([item(' ASIELKETEN 10', 68, 800.8), body(2), item('Zie hierboven', 68, 400), item('Bijlage 12', 300, 790), item('19 maart 2026', 68, 50)]),
    );
    assert.deepEqual(doc.dropped, [{ kind: 'running-header', text: 'ASIELKETEN 10', page: 2 }]);
    assert.deepEqual(texts(doc.blocks), ['Asielketen 9', 'Tekst op bladzijde 1.', 'Zie hierboven', 'Bijlage 12', 'Tekst op bladzijde 2.', 'Zie hierboven', '19 maart 2026']);
  });

  it('a running header must be the same words: a number glued to a word, or a letter like ß written out, makes another line', () => {
    const doc = layout(
      a4([body(1)]),
      a4([item('Bijlage1', 68, 800), item('Straße', 68, 780), body(2)]),
      a4([item('Bijlage', 68, 800), item('STRASSE', 68, 780), body(3)]),
    );
    assert.deepEqual(doc.dropped, []);
    assert.deepEqual(texts(doc.blocks).filter((t) => !t.startsWith('Tekst')), ['Bijlage1', 'Straße', 'Bijlage', 'STRASSE']);
  });

  it('page numbers at the top or bottom go on every page, bare or written out; numbers in the text stay', () => {
    const doc = layout(
      a4([body(1), item(' 12 ', 297, 30), item('11', 68, 450), item('2026', 68, 40)]),
      a4([body(2), item('Pagina', 260, 30), item('2 van 3', 295, 30)]),
      a4([body(3), item('Pagina 3 van 3', 260, 30)]),
    );
    assert.deepEqual(doc.dropped, [
      { kind: 'page-number', text: '12', page: 1 },
      { kind: 'page-number', text: 'Pagina 2 van 3', page: 2 },
      { kind: 'page-number', text: 'Pagina 3 van 3', page: 3 },
    ]);
    assert.deepEqual(texts(doc.blocks), ['Tekst op bladzijde 1.', '11', '2026', 'Tekst op bladzijde 2.', 'Tekst op bladzijde 3.']);
  });

  it('the top and bottom are the outer 8% of the page’s own height', () => {
    const doc = layout(a4([item('7', 68, 80), item('8', 68, 70), item('Tekst.', 68, 450), item('9', 68, 920), item('10', 68, 930)], 1000));
    assert.deepEqual(doc.dropped, [
      { kind: 'page-number', text: '10', page: 1 },
      { kind: 'page-number', text: '8', page: 1 },
    ]);
    assert.deepEqual(texts(doc.blocks), ['9', 'Tekst.', '7']);
  });

  it('artifacts are reported per page as their lines, blanks left out, white space made single', () => {
    const doc = layout(
      a4([body(1)]),
      a4([item('Nota  over', 68, 800, { artifact: true }), item('asiel ', 125, 800, { artifact: true }), item('   ', 200, 800, { artifact: true }), item('3', 297, 30, { artifact: true }), body(2)]),
    );
    assert.deepEqual(doc.dropped, [
      { kind: 'artifact', text: 'Nota over asiel', page: 2 },
      { kind: 'artifact', text: '3', page: 2 },
    ]);
    assert.deepEqual(texts(doc.blocks), ['Tekst op bladzijde 1.', 'Tekst op bladzijde 2.']);
  });
});
