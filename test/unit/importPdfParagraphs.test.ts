/**
 * Paragraphs and headings from a PDF's lines (core/import/pdf/pdfLayout.ts):
 * a paragraph goes on while its lines follow at the text's usual leading,
 * run to the right edge and keep their size, face and indent; a heading is
 * larger type, ranked by size; a table stands between paragraphs. The lines
 * are given as PDF.js would give them (one item a line, 5 points a
 * character at 10 points), so no PDF is parsed.
 */
import assert from 'node:assert/strict';
import { layoutPdf, type PdfItem } from '../../server/src/core/import/pdf/pdfLayout';
import { blockText, type SourceBlock, type SourceLine, type SourceParagraph } from '../../server/src/core/import/source';

interface Look {
  x?: number;
  /** Where the line ends; by default where its characters take it. */
  end?: number;
  size?: number;
  bold?: boolean;
}

/** A line of one item. */
function at(y: number, text: string, look: Look = {}): PdfItem {
  const x = look.x ?? 68;
  const size = look.size ?? 10;
  return { text, x, y, width: (look.end ?? x + text.length * size * 0.5) - x, fontSize: size, bold: look.bold ?? false, italic: false, artifact: false };
}

/** 86 characters: from 68 to the right edge at 498. */
const FULL = 'Deze regel loopt tot de rechterrand van de tekst, en gaat op de volgende regel verder.';
const full = (y: number, look: Look = {}) => at(y, FULL, look);
/** A last line of a paragraph, ending at 198. */
const short = (y: number, look: Look = {}) => at(y, 'Een korte laatste regel.', look);

const layout = (items: PdfItem[]) => layoutPdf({ encrypted: false, pages: [{ width: 595, height: 842, items }] }).blocks;
const line = (text: string, isFull: boolean, indent = 0): SourceLine => ({ spans: [{ text }], indent, full: isFull });
const paragraph = (lines: SourceLine[], extra: Partial<SourceParagraph> = {}): SourceParagraph => ({ kind: 'paragraph', lines, page: 1, column: 'body', ...extra });
/** Each block's lines, as text. */
const shape = (blocks: readonly SourceBlock[]) => blocks.map((b) => blockText(b).split('\n'));

describe('PDF paragraphs', () => {
  it('lines at the usual leading are one paragraph; a gap over 1.45 leadings starts the next', () => {
    // Leading 20: a gap of 29 stays in the paragraph, 29.5 leaves it.
    const blocks = layout([full(700), full(680), full(660), full(631), full(601.5), short(581.5)]);
    assert.deepEqual(blocks, [
      paragraph([line(FULL, true), line(FULL, true), line(FULL, true), line(FULL, true)]),
      paragraph([line(FULL, true), line('Een korte laatste regel.', false)]),
    ]);
  });

  it('the leading is the smallest gap that recurs, not the commonest', () => {
    const blocks = layout([full(700, { end: 498 }), full(680), full(660), full(630), full(600), short(570)]);
    assert.deepEqual(shape(blocks).map((b) => b.length), [3, 1, 1, 1]);
  });

  it('gaps are taken to half a point, so slightly uneven lines still share their leading', () => {
    const blocks = layout([full(700), full(679.8), full(659.9), full(629.9), short(609.9)]);
    assert.deepEqual(shape(blocks).map((b) => b.length), [3, 2]);
  });

  it('gaps under 0.8 of the type size do not count as leading; 0.8 does', () => {
    assert.deepEqual(shape(layout([full(700), full(692), full(684), short(672)])).map((b) => b.length), [3, 1]);
    assert.deepEqual(shape(layout([full(700), full(693), full(686), short(674)])).map((b) => b.length), [4]);
  });

  it('where no gap recurs the leading is 1.2 times the type size', () => {
    // 12: a gap of 15 stays within a paragraph, 40 does not.
    assert.deepEqual(shape(layout([full(700), full(685), short(645)])).map((b) => b.length), [2, 1]);
  });

  it('a new page starts a new paragraph, at any gap', () => {
    const page = (items: PdfItem[]) => ({ width: 595, height: 842, items });
    const blocks = layoutPdf({ encrypted: false, pages: [page([full(700), full(680), full(660)]), page([full(640), short(620)])] }).blocks;
    assert.deepEqual(
      blocks.map((b) => [b.page, blockText(b).split('\n').length]),
      [
        [1, 3],
        [2, 2],
      ],
    );
  });

  it('the leading is measured within pages: text that starts lower on each page does not set it', () => {
    const page = (top: number) => ({ width: 595, height: 842, items: [full(top), short(top - 30)] });
    const blocks = layoutPdf({ encrypted: false, pages: [page(700), page(660), page(620)] }).blocks;
    assert.deepEqual(
      blocks.map((b) => [b.page, blockText(b).split('\n').length]),
      [
        [1, 2],
        [2, 2],
        [3, 2],
      ],
    );
  });

  it('a line with a larger or longer run after a gutter takes its size and its end', () => {
    const blocks = layout([full(720), full(700), at(680, 'Totaal'), at(680, 'x'.repeat(6), { x: 468 }), full(660), short(640)]);
    assert.deepEqual(shape(blocks).map((b) => b.length), [5]);
    const larger = layout([full(720), full(700), short(680), at(640, 'Jaar'), at(640, 'Bedrag', { x: 300, size: 14 })]);
    assert.deepEqual(
      larger.map((b) => (b.kind === 'paragraph' ? [blockText(b), b.headingLevel] : [])),
      [
        [`${FULL}\n${FULL}\nEen korte laatste regel.`, undefined],
        ['Jaar Bedrag', 1],
      ],
    );
  });

  it('a change of type size over half a point starts a new paragraph', () => {
    const blocks = layout([full(720), full(700), full(680), full(660, { size: 10.5, end: 498 }), full(640, { size: 11.1, end: 498 }), short(620, { size: 11.1 })]);
    assert.deepEqual(shape(blocks).map((b) => b.length), [4, 2]);
  });

  it('a bold line right above plain text starts a block; bold lines together are one', () => {
    const blocks = layout([full(700, { bold: true }), full(680, { bold: true }), full(660), short(640)]);
    assert.deepEqual(shape(blocks).map((b) => b.length), [2, 2]);
  });

  it('a body line that stops short of the right edge ends its paragraph; larger type wraps by its own measure', () => {
    const blocks = layout([short(760, { size: 14 }), short(740, { size: 14 }), full(700), short(680), full(660), short(640)]);
    assert.deepEqual(
      blocks.map((b) => (b.kind === 'paragraph' ? b.lines.map((l) => l.full) : [])),
      [[false, false], [true, false], [true, false]],
    );
  });

  it('a line half a point smaller than the body is running text too: stopping short ends its paragraph', () => {
    const blocks = layout([full(720), full(700), short(680, { size: 9.5 }), full(660, { size: 9.5, end: 498 }), short(640)]);
    assert.deepEqual(shape(blocks).map((b) => b.length), [3, 2]);
  });

  it('a next line that starts with a blank has no first word to fit', () => {
    // " de rest…" has no word before its blank: 489 + 5 leaves room before 495, so the line stopped short.
    const next = ` de ${'x'.repeat(82)}`;
    assert.deepEqual(shape(layout([full(720), full(700), at(680, 'Tot hier.', { end: 489 }), at(660, next), short(640)])).map((b) => b.length), [3, 2]);
  });

  it('a line full when the next line’s first word would not have fitted after it, with 3 points’ grace', () => {
    // The right edge is 498; "abc " takes 20 points: a line ending at 475 had room for it, one at 475.5 did not.
    const next = `abc ${'x'.repeat(82)}`;
    const room = layout([full(720), full(700), at(680, 'Tot hier.', { end: 475 }), at(660, next), short(640)]);
    assert.deepEqual(shape(room).map((b) => b.length), [3, 2]);
    const noRoom = layout([full(720), full(700), at(680, 'Tot hier.', { end: 475.5 }), at(660, next), short(640)]);
    assert.deepEqual(shape(noRoom).map((b) => b.length), [5]);
    // The width of a character is the next line's average.
    const wide = `abc ${'x'.repeat(40)}`;
    assert.deepEqual(shape(layout([full(720), full(700), at(680, 'Tot hier.', { end: 470 }), at(660, wide, { end: 498 }), short(640)])).map((b) => b.length), [5]);
  });

  it('the right edge is where nine in ten body lines reach, measured on the body’s size only', () => {
    // One line reaching far right (a URL, say) does not move the edge; a larger heading does not either.
    const items = [at(780, 'Een kop die tot ver rechts doorloopt tot voorbij de marge van de tekst!', { size: 16, end: 560 }), full(740), full(720), full(700), full(680), full(660), full(640), full(620), full(600), full(580), at(560, FULL, { end: 540 }), at(540, 'Tot hier.', { end: 490 }), at(520, 'abc en zo verder.')];
    assert.deepEqual(shape(layout(items)).map((b) => b.length), [1, 12]);
  });

  it('a line that starts more than 2 points left of the one above leaves it (the text after a nested item)', () => {
    const blocks = layout([full(700), full(680, { x: 86, end: 498 }), full(660, { x: 84, end: 498 }), full(640, { x: 81.5, end: 498 }), short(620)]);
    assert.deepEqual(
      blocks.map((b) => (b.kind === 'paragraph' ? b.lines.map((l) => l.indent) : [])),
      [[0, 18, 16], [14], [0]],
    );
  });

  it('indents are whole points from the body’s edge, never below 0', () => {
    const blocks = layout([full(700), at(660, 'Een regel.', { x: 86.4 }), at(610, 'x', { x: 60 })]);
    assert.deepEqual(
      blocks.map((b) => (b.kind === 'paragraph' ? b.lines.map((l) => l.indent) : [])),
      [[0], [18], [0]],
    );
  });
});

describe('PDF headings', () => {
  it('larger type is a heading, ranked by size (levels 1, 2, 3); 15% larger or less is not', () => {
    const items = [
      at(830, 'Voorwoord', { size: 13 }),
      at(800, 'Titel', { size: 16 }),
      at(770, 'over twee regels', { size: 16 }),
      at(720, 'Kop', { size: 13 }),
      at(690, 'Subkop', { size: 12 }),
      at(660, 'Klein', { size: 11 }),
      full(630),
      full(610),
      short(590),
      at(520, 'Nog een titel', { size: 16 }),
      at(460, 'En nog een, ver eronder', { size: 16 }),
    ];
    assert.deepEqual(
      layout(items).map((b) => (b.kind === 'paragraph' ? [blockText(b), b.headingLevel] : [])),
      [
        ['Voorwoord', 2],
        ['Titel\nover twee regels', 1],
        ['Kop', 2],
        ['Subkop', 3],
        ['Klein', undefined],
        [`${FULL}\n${FULL}\nEen korte laatste regel.`, undefined],
        ['Nog een titel', 1],
        ['En nog een, ver eronder', 1],
      ],
    );
  });

  it('with 20-point text, 23 points is not a heading and 24 is', () => {
    const body = (y: number) => at(y, 'Tekst in twintig punt die doorloopt.', { size: 20 });
    const items = [at(800, 'Niet', { size: 23 }), at(740, 'Wel', { size: 24 }), body(680), body(656), body(632)];
    assert.deepEqual(
      layout(items).map((b) => (b.kind === 'paragraph' ? b.headingLevel : 0)),
      [undefined, 1, undefined],
    );
  });
});

describe('PDF tables between paragraphs', () => {
  it('the text after a table is a new paragraph even at the usual leading', () => {
    const cells = (y: number, a: string, b: string) => [at(y, a), at(y, b, { x: 300 })];
    const blocks = layout([full(720), short(700), ...cells(680, 'Jaar', 'Bedrag'), ...cells(660, '2026', '€ 2 mln'), full(640), short(620)]);
    assert.deepEqual(blocks, [
      paragraph([line(FULL, true), line('Een korte laatste regel.', false)]),
      {
        kind: 'table',
        rows: [
          [[{ text: 'Jaar' }], [{ text: 'Bedrag' }]],
          [[{ text: '2026' }], [{ text: '€ 2 mln' }]],
        ],
        page: 1,
        column: 'body',
      },
      paragraph([line(FULL, true), line('Een korte laatste regel.', false)]),
    ]);
  });
});
