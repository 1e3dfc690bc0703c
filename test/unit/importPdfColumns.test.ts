/**
 * Runs of text and the columns they form on a PDF page
 * (core/import/pdf/columns.ts): items on one baseline group into runs up to
 * a gutter; the x where runs start say where the body's left edge is and
 * whether the page has a right-hand column (Datum, Onze referentie), on any
 * page size and margins. The items are given as PDF.js would give them.
 */
import assert from 'node:assert/strict';
import { clusterColumns, runsOf } from '../../server/src/core/import/pdf/columns';
import type { PdfItem } from '../../server/src/core/import/pdf/pdfLayout';

/** An item in 10-point type, 5 points a character unless told. */
function item(text: string, x: number, y: number, options: { size?: number; width?: number } = {}): PdfItem {
  const size = options.size ?? 10;
  return { text, x, y, width: options.width ?? text.length * size * 0.5, fontSize: size, bold: false, italic: false, artifact: false };
}

const page = (items: PdfItem[], width = 595) => ({ width, items });

describe('PDF runs: items on one baseline up to a gutter', () => {
  it('reads baselines top down and items left to right, whatever order the PDF gives them in', () => {
    const low = item('onder', 68, 100);
    const right = item('rechts', 100, 200);
    const left = item('links', 68, 200);
    assert.deepEqual(runsOf([low, right, left]), [
      { y: 200, x: 68, end: 130, fontSize: 10, items: [left, right] },
      { y: 100, x: 68, end: 93, fontSize: 10, items: [low] },
    ]);
  });

  it('an item up to a third of the type size (at least a point) off the baseline is on it; further off is the next line', () => {
    const first = item('regel', 68, 200);
    const sub = item('1', 100, 196.5);
    const next = item('volgende', 68, 196.4);
    assert.deepEqual(runsOf([first, sub]).map((r) => r.items), [[first, sub]]);
    // Measured from the baseline's first item, not from the last one added.
    const a = item('a', 68, 200);
    const b = item('b', 80, 197);
    const c = item('c', 90, 194);
    assert.deepEqual(runsOf([a, b, c]).map((r) => r.items), [[a, b], [c]]);
    assert.deepEqual(runsOf([first, next]).map((r) => r.items), [[first], [next]]);
    // Tiny type: a point of tolerance all the same.
    const small = item('klein', 68, 200, { size: 2 });
    const smallNext = item('schrift', 75, 199, { size: 2 });
    assert.deepEqual(runsOf([small, smallNext]).map((r) => r.items), [[small, smallNext]]);
    // The smaller of the two sizes sets the tolerance.
    const big = item('Kop', 68, 200, { size: 20 });
    const under = item('tekst', 68, 195, { size: 10 });
    assert.deepEqual(runsOf([big, under]).map((r) => r.items), [[big], [under]]);
  });

  it('a gap up to two and a half times the type size stays in the run; a wider one is a gutter', () => {
    const a = item('Jaar', 68, 200); // ends at 88
    const b = item('2026', 113, 200); // 25 after: same run
    const c = item('Bedrag', 158.5, 200); // 25.5 after b's end (133): a new run
    assert.deepEqual(runsOf([a, b, c]), [
      { y: 200, x: 68, end: 133, fontSize: 10, items: [a, b] },
      { y: 200, x: 158.5, end: 188.5, fontSize: 10, items: [c] },
    ]);
  });

  it('the larger type of the run and the item sets the gutter, and the run takes the larger size and the furthest end', () => {
    const big = item('Kop', 68, 200, { size: 20 }); // ends at 98
    const small = item('x', 138, 200, { size: 10 }); // 40 after: within 2.5 × 20
    const inside = item('i', 70, 200, { size: 10, width: 5 }); // ends inside the run
    assert.deepEqual(runsOf([big, small]), [{ y: 200, x: 68, end: 143, fontSize: 20, items: [big, small] }]);
    const smallFirst = item('x', 68, 200, { size: 10 }); // ends at 73
    const bigAfter = item('Kop', 113, 200, { size: 20 }); // 40 after: within 2.5 × 20
    assert.deepEqual(runsOf([smallFirst, bigAfter]), [{ y: 200, x: 68, end: 143, fontSize: 20, items: [smallFirst, bigAfter] }]);
    assert.deepEqual(runsOf([big, inside]), [{ y: 200, x: 68, end: 98, fontSize: 20, items: [big, inside] }]);
  });

  it('no items, no runs', () => {
    assert.deepEqual(runsOf([]), []);
  });
});

/** A house-style head: the body at 68, the right-hand column at 425 with lines of its own. */
const head = [
  item('Minister van Justitie en Veiligheid', 68, 780),
  item('Directie Migratie', 425, 770),
  item('Datum', 425, 740),
  item('19 maart 2026', 425, 730),
  item('De instroom daalt en de opvang kan dat aan.', 68, 700),
  item('Ook de tweede regel staat in de tekst.', 68, 688),
];

describe('PDF columns: the body edge and the right-hand column', () => {
  it('a house-style page: the body at 68, the right-hand column at 425, cut 6 points left of it', () => {
    assert.deepEqual(clusterColumns([page(head)]), { body: 68, side: 425, cut: 419, bodyFontSize: 10 });
  });

  it('without a page and without text: the body at 0, no right-hand column, 10-point type', () => {
    assert.deepEqual(clusterColumns([]), { body: 0, cut: Number.POSITIVE_INFINITY, bodyFontSize: 10 });
  });

  it('starts within 4 points of the last one are one edge (a chain of them too); 4.5 further is another', () => {
    // 60, 64 and 68 are one edge (each within 4 of the one before), so the light starts at 60 and 64 are the body's edge.
    const chain = [item('a', 60, 700), item('b', 64, 690), item('Een regel vol tekst die de body maakt', 68, 680)];
    assert.equal(clusterColumns([page(chain)]).body, 60);
    const light = [item('a', 60, 700), item('Een regel vol tekst die de body maakt', 64, 690)];
    // 60 and 64 are one edge: the light start at 60 is the body's edge.
    assert.equal(clusterColumns([page(light)]).body, 60);
    const apart = [item('a', 59.5, 700), item('Een regel vol tekst die de body maakt', 64, 690)];
    assert.equal(clusterColumns([page(apart)]).body, 64);
  });

  it('the body is the leftmost edge with at least 15% of the heaviest edge’s text: a bullet or a stray mark left of it is not', () => {
    const twenty = 'x'.repeat(20);
    const at15 = [item('abc', 50, 700), item(twenty, 68, 690)];
    assert.equal(clusterColumns([page(at15)]).body, 50);
    const below = [item('ab', 50, 700), item(twenty, 68, 690)];
    assert.equal(clusterColumns([page(below)]).body, 68);
  });

  it('where all text starts right of the page’s middle, the body is found there', () => {
    assert.deepEqual(clusterColumns([page([item('Rechts uitgelijnd', 400, 700), item('nog een', 400, 690)])]), { body: 400, cut: Number.POSITIVE_INFINITY, bodyFontSize: 10 });
  });

  it('the widest page sets the middle; a page without a width counts as A4', () => {
    // On a 600-point page the middle is 300: a start at 299 is left of it, one at 300 may be the column.
    const column = [item('Een regel body tekst', 0, 700), item('Datum', 300, 690), item('Ref', 300, 680)];
    assert.equal(clusterColumns([page([], 400), page(column, 600)]).side, 300);
    assert.equal(clusterColumns([page(column, 600), page([], 400)]).side, 300);
    // A start right at the middle is not the body's: the light text left of it is.
    assert.equal(clusterColumns([page([item('ab', 100, 700), item('x'.repeat(40), 300, 690)], 600)]).body, 100);
    const left = column.map((i) => (i.x === 300 ? { ...i, x: 299 } : i));
    assert.equal(clusterColumns([page(left, 600)]).side, undefined);
    // Width 0: A4's 595, so the column must start 35% of 595 right of a body at 100 (308.25).
    const far = [item('Een regel body tekst', 100, 700), item('Datum', 300, 690), item('Ref', 300, 680)];
    assert.equal(clusterColumns([page(far, 0)]).side, undefined);
    assert.equal(clusterColumns([page(far.map((i) => (i.x === 300 ? { ...i, x: 308.5 } : i)), 0)]).side, 308.5);
    // The middle of a page without a width is A4's too: heavy text right of it does not make the body.
    assert.equal(clusterColumns([page([item('ab', 100, 700), item('x'.repeat(40), 300, 690)], 0)]).body, 100);
  });

  it('the right-hand column stands at least 35% of the page width right of the body', () => {
    const at = (x: number) => [item('Een regel body tekst', 100, 700), item('Datum', x, 690), item('Ref', x, 680)];
    // 100 + 0.35 × 600 = 310.
    assert.equal(clusterColumns([page(at(310), 600)]).side, 310);
    assert.equal(clusterColumns([page(at(305), 600)]).side, undefined);
  });

  it('the right-hand column needs two runs, each alone on its baseline', () => {
    const one = [item('Een regel body tekst', 68, 700), item('Datum', 425, 690)];
    assert.equal(clusterColumns([page(one)]).side, undefined);
    // A table's far-right cells share their baselines with the other cells: not the right-hand column.
    const table = [item('Jaar', 68, 700), item('Bedrag', 425, 700), item('2026', 68, 690), item('€ 2 mln', 425, 690)];
    assert.deepEqual(clusterColumns([page(table)]), { body: 68, cut: Number.POSITIVE_INFINITY, bodyFontSize: 10 });
    // One alone and one beside body text: not enough.
    const mixed = [item('Tekst', 68, 700), item('Datum', 425, 700), item('19 maart 2026', 425, 690), item('Meer tekst', 68, 670)];
    assert.equal(clusterColumns([page(mixed)]).side, undefined);
    // A run beside another 3.5 points lower (10-point type) still shares its baseline.
    const offset = [item('Tekst', 68, 700), item('Datum', 425, 696.5), item('19 maart 2026', 425, 690), item('Meer tekst', 68, 670)];
    assert.equal(clusterColumns([page(offset)]).side, undefined);
    // A large title 5 points above a run (on another baseline at 10 points) leaves it alone: the smaller type sets the tolerance.
    const title = [item('nota', 68, 700, { size: 20 }), item('Datum', 425, 695), item('19 maart 2026', 425, 680)];
    assert.equal(clusterColumns([page(title)]).side, 425);
    // A run followed on its baseline by another is not alone either.
    const followed = [item('Tekst', 68, 710), item('Datum', 425, 700), item('x', 520, 700), item('Ref', 425, 690), item('y', 520, 690)];
    assert.equal(clusterColumns([page(followed)]).side, undefined);
  });

  it('of several far-right edges the one most runs start at is the column; on a tie the leftmost', () => {
    const lines = (x: number, n: number, y: number) => Array.from({ length: n }, (_, i) => item(`r${i}`, x, y - i * 10));
    const body = [item('Een regel body tekst', 68, 790)];
    assert.equal(clusterColumns([page([...body, ...lines(400, 2, 700), ...lines(480, 3, 600)])]).side, 480);
    assert.equal(clusterColumns([page([...body, ...lines(400, 3, 700), ...lines(480, 2, 600)])]).side, 400);
    assert.equal(clusterColumns([page([...body, ...lines(400, 2, 700), ...lines(480, 2, 600)])]).side, 400);
  });

  it('the body’s type size is the size with the most text, the right-hand column left out; a tie goes to the leftmost start', () => {
    const smallColumn = [item('Tekst in elf punt', 68, 700, { size: 11 }), item('Datum en een lange regel', 425, 690, { size: 8 }), item('Onze referentie en nog wat', 425, 680, { size: 8 })];
    assert.equal(clusterColumns([page(smallColumn)]).bodyFontSize, 11);
    // Sizes are rounded: 11.6 and 12.4 are both 12 and together outweigh the 10.
    const rounded = [item('abcde', 68, 700, { size: 11.6 }), item('abcdefgh', 68, 690, { size: 10 }), item('abcde', 68, 680, { size: 12.4 })];
    assert.equal(clusterColumns([page(rounded)]).bodyFontSize, 12);
    const tie = [item('abcd', 68, 700, { size: 12 }), item('abcd', 80, 690, { size: 9 })];
    assert.equal(clusterColumns([page(tie)]).bodyFontSize, 12);
    // Text without characters still gives its size.
    assert.equal(clusterColumns([page([item('', 68, 700, { size: 12, width: 0 })])]).bodyFontSize, 12);
  });

  it('the body’s size leaves out all from the cut on (6 points left of the column)', () => {
    const items = [
      item('ab', 68, 700),
      item('x'.repeat(30), 419, 650, { size: 12 }),
      item('Datum', 425, 690, { size: 8 }),
      item('Ref', 425, 680, { size: 8 }),
    ];
    assert.deepEqual(clusterColumns([page(items)]), { body: 68, side: 425, cut: 419, bodyFontSize: 10 });
    const heavyColumn = [item('ab', 68, 700), item('Datum en meer', 425, 690, { size: 8 }), item('Referentie', 425, 680, { size: 8 })];
    assert.equal(clusterColumns([page(heavyColumn)]).bodyFontSize, 10);
  });
});
