/**
 * The body of an exported PDF, read back for where things stand and how they
 * look: headings in their sizes, faces and spacing; marks and hard breaks;
 * lists with their markers, levels, tick boxes and empty items; code on its
 * shaded bands; rules; tables with a shaded header row repeated on each new
 * page, aligned columns, and the fallbacks for tables too wide or rows too
 * tall for a page. Each test exports its own note, so that a mutation run
 * sees which test reaches which line of the writer.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { createLanguageService } from '../../server/src/core/languageService';
import type { Block, Inline } from '../../server/src/core/page/notePage';
import { FONT_FILES } from '../../server/src/export/fonts';
import { BODY, COLUMN, LIST, PAGE, PAGE_NUMBER_TOP, SIZES } from '../../server/src/export/houseStyle';
import { PdfBodyWriter } from '../../server/src/export/pdf/pdfBlocks';
import { BODY_STYLE, setText, type Pdf } from '../../server/src/export/pdf/pdfText';
import { fontFolder, loadWriters } from '../../server/src/node/exportWriters';
import { EXAMPLES, doc } from '../support/fixtures';
import { pdfSource } from '../support/exportedText';
import { MM, elements, outline, readPdfLayout, textOf, type Face, type PdfLayout, type PlacedText, type Shape, type StructNode } from '../support/pdfLayout';

const HEAD = ['---', 'type: beslisnota', 'onderwerp: Proef', 'aan:', '  - Minister van Financiën', 'datum: 1 december 2026', 'referentie: "1234567"', '---', ''].join('\n');
/** A body line's height (9.5 pt at 1.45) and the space after a paragraph. */
const LINE = SIZES.body * SIZES.lineHeight;
const PARAGRAPH_AFTER = 2.5 * MM;
const CODE_LINE = SIZES.code * 1.3;
const LINE_IN_CELL = SIZES.body * 1.25;
const FOOT = BODY.bottom;

describe('the PDF body', function () {
  this.timeout(60_000);
  const service = createLanguageService();
  const writers = loadWriters();
  // The PDF writer's modules load before the tests, so that their tables count as built at load in a mutation run (left out, and held by the tests below), not as reached by whichever test exports first.
  before(async () => {
    const page = service.page(doc('file:///laden.md', `${HEAD}\nTekst.`), { locale: 'nl', force: true });
    assert.ok(page);
    await writers.pdf(page);
  });

  async function exported(body: string): Promise<{ layout: PdfLayout; bytes: Uint8Array }> {
    const page = service.page(doc('file:///proef.md', `${HEAD}\n${body}`), { locale: 'nl', force: true });
    assert.ok(page, 'a note');
    const bytes = await writers.pdf(page);
    return { layout: await readPdfLayout(bytes), bytes };
  }

  const layoutOf = async (body: string) => (await exported(body)).layout;

  /** The body's text (not furniture, not the right-hand column) on every page. */
  const bodyTexts = (layout: PdfLayout) => layout.texts.filter((t) => !t.artifact && t.x < BODY.right);

  function find(layout: PdfLayout, text: string, nth = 0): PlacedText {
    const found = bodyTexts(layout).filter((t) => t.text.trim() === text)[nth];
    assert.ok(found, `"${text}" (${nth}) is in the PDF: ${bodyTexts(layout).map((t) => t.text).join(' / ')}`);
    return found;
  }

  function near(actual: number, expected: number, what: string, tolerance = 0.05): void {
    assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual.toFixed(3)} pt, expected ${expected.toFixed(3)} pt`);
  }

  const documentOf = (layout: PdfLayout, page = 0) => {
    const document = layout.trees[page]?.children[0];
    assert.ok(document && typeof document !== 'string' && document.role === 'Document', 'a Document element');
    return document;
  };

  describe('headings', () => {
    const STYLES = [
      { size: 12, face: 'Bold', before: 4, after: 2 },
      { size: 10, face: 'Bold', before: 6, after: 2 },
      { size: 9.5, face: 'BoldItalic', before: 4, after: 1 },
      { size: 9.5, face: 'Italic', before: 3, after: 1 },
      { size: 9.5, face: 'Italic', before: 3, after: 1 },
      { size: 9.5, face: 'Italic', before: 3, after: 1 },
    ];

    it('sets each level in its size and face, tagged H1 to H6, with its space above and below', async () => {
      const body = ['Vooraf.', ...STYLES.map((_, i) => `${'#'.repeat(i + 1)} Kop ${i + 1}\n\nAlinea ${i + 1}.`)].join('\n\n');
      const layout = await layoutOf(body);
      assert.deepEqual(elements(documentOf(layout), 'H1').slice(1).map(textOf), ['Kop 1'], 'the subject is the first H1');
      STYLES.forEach((style, i) => {
        const level = i + 1;
        assert.deepEqual(elements(documentOf(layout), `H${level}`).map(textOf).filter((t) => t !== 'Proef'), [`Kop ${level}`]);
        const heading = find(layout, `Kop ${level}`);
        const before = find(layout, level === 1 ? 'Vooraf.' : `Alinea ${level - 1}.`);
        const after = find(layout, `Alinea ${level}.`);
        assert.deepEqual([heading.size, heading.face], [style.size, style.face], `level ${level}`);
        assert.equal(after.face, 'Regular');
        near(heading.x, BODY.left, `level ${level} stands at the body's left edge`);
        near(heading.top - (before.top + LINE + PARAGRAPH_AFTER), style.before * MM, `space above level ${level}`);
        near(after.top - (heading.top + style.size * 1.3), style.after * MM, `space below level ${level}`);
      });
    });
  });

  it('wraps a long heading inside the column, in a list item too', async () => {
    const title = Array.from({ length: 16 }, (_, i) => `kopwoord${i}`).join(' ');
    const layout = await layoutOf(`## ${title}\n\nTekst.\n\n- item\n\n  ### ${title.replace(/kop/g, 'sub')}`);
    for (const prefix of ['kopwoord', 'subwoord']) {
      const lines = bodyTexts(layout).filter((t) => t.text.includes(prefix));
      assert.ok(new Set(lines.map((t) => t.top.toFixed(1))).size >= 2, `the ${prefix} heading wraps`);
      const right = Math.max(...lines.map((t) => t.x + t.width));
      assert.ok(right <= BODY.right + 0.1 && right > BODY.right - 70, `and fills the column to its edge: ${right.toFixed(2)}`);
    }
  });

  describe('text', () => {
    it('sets bold, italic and both in their faces, and a quote in italic with bold kept', async () => {
      const layout = await layoutOf('Gewoon **vet** *schuin* ***beide***.\n\n> Citaat **nadruk**.');
      assert.deepEqual(['Gewoon', 'vet', 'schuin', 'beide', 'Citaat', 'nadruk'].map((t) => find(layout, t).face), ['Regular', 'Bold', 'Italic', 'BoldItalic', 'Italic', 'BoldItalic']);
    });

    it('underlines a link in the house blue, strikes struck text through, and underlines nothing else', async () => {
      const layout = await layoutOf('Zie [de brief](https://example.org/brief) en ~~niet dit~~ hier.');
      const link = find(layout, 'de brief');
      const struck = find(layout, 'niet dit');
      const [under, through, ...rest] = layout.textLines;
      assert.deepEqual(rest, [], 'two lines only');
      assert.ok(under && through);
      assert.equal(under.stroke, '154273');
      near(under.x, link.x, 'the underline from the link\'s start', 0.1);
      near(under.x2, link.x + link.width, 'to its end', 0.1);
      assert.ok(under.y > link.top + SIZES.body * 0.8 && under.y < link.top + LINE, `under the link's text: ${under.y - link.top}`);
      near(through.x, struck.x, 'the strike-through from the struck text\'s start', 0.1);
      assert.ok(through.y > struck.top + SIZES.body * 0.3 && through.y < struck.top + SIZES.body * 0.8, `through its middle: ${through.y - struck.top}`);
    });

    it('keeps a link that wraps over lines in one Link element, underlined on each line', async () => {
      const words = Array.from({ length: 30 }, (_, i) => `woord${i}`).join(' ');
      const layout = await layoutOf(`Voor de link [${words}](https://example.org/lang) en erna.`);
      assert.deepEqual(elements(documentOf(layout), 'Link').map(textOf), [words]);
      const lines = new Set(bodyTexts(layout).filter((t) => t.text.includes('woord')).map((t) => t.top.toFixed(1)));
      assert.ok(lines.size >= 2, 'the link wraps');
      assert.equal(layout.textLines.filter((l) => l.stroke === '154273').length, lines.size, 'an underline on each of its lines');
    });

    it('starts a new line at each hard break, at the left edge, whatever the line starts with', async () => {
      const layout = await layoutOf('Eerste regel\\\ntweede met een [link](https://example.org/a)\\\n[begin](https://example.org/b) van de derde\\\n北京 vierde.\n\nDaarna.');
      const first = find(layout, 'Eerste regel');
      const starts = ['tweede met een', 'begin', '\u25af\u25af'].map((t) => find(layout, t));
      starts.forEach((line, i) => {
        near(line.x, BODY.left, `line ${i + 2}'s left edge`);
        near(line.top, first.top + (i + 1) * LINE, `line ${i + 2}, a line lower`);
      });
      near(find(layout, 'Daarna.').top, first.top + 4 * LINE + PARAGRAPH_AFTER, 'the next paragraph');
      assert.deepEqual(elements(documentOf(layout), 'Link').map(textOf).map((t) => t.trim()), ['link', 'begin']);
    });

    it('keeps a character the font lacks at the end of a paragraph as ActualText, shown as a box', async () => {
      const { layout, bytes } = await exported('Feest 🎉\n\nDaarna.');
      const utf16 = (value: string) => `(\u00fe\u00ff${Buffer.from(value, 'utf16le').swap16().toString('latin1')})`;
      assert.ok(pdfSource(bytes).includes(`/ActualText ${utf16('🎉')}`), 'the emoji is kept as ActualText');
      assert.ok(bodyTexts(layout).some((t) => t.text.includes('\u25af')), 'and drawn as a box');
    });
  });

  describe('lists', () => {
    it('hangs each level\'s marker left of its text, 5 mm further in per level, bullets alternating with dashes', async () => {
      const layout = await layoutOf('- een\n  - twee\n    - drie\n- vier\n\nNa de lijst.');
      const levels = [['een', '•'], ['twee', '–'], ['drie', '•']] as const;
      levels.forEach(([text, marker], level) => {
        const item = find(layout, text);
        near(item.x, BODY.left + LIST.indent * (level + 1), `level ${level}'s text`);
        const label = bodyTexts(layout).find((t) => t.text.trim() === marker && Math.abs(t.top - item.top) < 0.1);
        assert.ok(label, `the marker ${marker} beside ${text}`);
        near(label.x, item.x - LIST.hanging, `level ${level}'s marker`);
      });
      near(find(layout, 'vier').top, find(layout, 'drie').top + LINE + 0.8 * MM, 'an item follows the one before it');
      near(find(layout, 'Na de lijst.').top, find(layout, 'vier').top + LINE + 0.8 * MM + PARAGRAPH_AFTER - 1 * MM, 'space after the list');
      assert.equal(outline(elements(documentOf(layout), 'L')[0] as never), 'L(LI(Lbl("•") LBody(P("een") L(LI(Lbl("–") LBody(P("twee") L(LI(Lbl("•") LBody(P("drie"))))))))) LI(Lbl("•") LBody(P("vier"))))');
    });

    it('ends a marker wider than its room ("10.") 1 mm before the text', async () => {
      const layout = await layoutOf('10. tien\n11. elf');
      for (const [label, text] of [['10.', 'tien'], ['11.', 'elf']]) {
        const item = find(layout, text as string);
        const marker = find(layout, label as string);
        near(marker.top, item.top, `${label} on the line of ${text}`);
        near(marker.x + marker.width, item.x - 1 * MM, `${label} ends 1 mm before ${text}`, 0.1);
      }
      assert.deepEqual(elements(documentOf(layout), 'Lbl').map(textOf), ['10.', '11.']);
    });

    it('opens a task item\'s text with its box, after a bullet in the marker\'s place, whatever the item starts with', async () => {
      const page = service.page(doc('file:///taken.md', `${HEAD}\n- [x] gedaan\n- [ ] open`), { locale: 'nl', force: true });
      assert.ok(page);
      // In Markdown a task's box is followed by text; a page from elsewhere may have an item that opens with code or a heading, or is empty.
      page.body.push({ kind: 'list', ordered: false, start: 1, items: [
        { checked: false, blocks: [{ kind: 'code', text: 'code' }] },
        { checked: true, blocks: [{ kind: 'heading', level: 3, content: [{ kind: 'text', text: 'Kop' }] }] },
        { checked: false, blocks: [] },
      ] });
      const layout = await readPdfLayout(await writers.pdf(page));
      const items = elements(documentOf(layout), 'LI');
      assert.deepEqual(items.map((item) => [textOf(item.children[0] as never), textOf(item.children[1] as never), (item.children[1] as StructNode).children.map((c) => (typeof c === 'string' ? '' : c.role)).join(' ')]), [
        ['•', '[x] gedaan', 'P'],
        ['•', '[ ] open', 'P'],
        ['•', '[ ] code', 'P Div'],
        ['•', '[x] Kop', 'P'],
        ['•', '[ ]', 'P'],
      ]);
      const box = find(layout, '[x]');
      near(box.x, BODY.left + LIST.indent, 'the box where an item\'s text starts');
      assert.ok(find(layout, 'gedaan').x > box.x + box.width, 'the text after it');
      const marker = bodyTexts(layout).find((t) => t.text.trim() === '•' && Math.abs(t.top - box.top) < 0.1);
      assert.ok(marker);
      near(marker.x, box.x - LIST.hanging, 'the bullet where a marker hangs');
      assert.deepEqual(['[x]', 'Kop'].map((t) => bodyTexts(layout).find((p) => p.text.includes(t))?.face), ['Regular', 'Bold'], 'a heading\'s text bold, its box not');
    });

    it('gives an empty item its line, and sets a heading inside an item as a bold paragraph', async () => {
      const layout = await layoutOf('- een\n-\n- # Kop in een item\n\nNa de lijst.');
      const markers = bodyTexts(layout).filter((t) => t.text.trim() === '•');
      assert.equal(markers.length, 3);
      near((markers[1] as PlacedText).top, find(layout, 'een').top + LINE + 0.8 * MM, 'the empty item');
      near((markers[2] as PlacedText).top, (markers[1] as PlacedText).top + LINE, 'the item after the empty one');
      const heading = find(layout, 'Kop in een item');
      assert.deepEqual([heading.face, heading.size, heading.top], ['Bold', SIZES.body, (markers[2] as PlacedText).top]);
      near(find(layout, 'Na de lijst.').top, heading.top + LINE + 0.8 * MM + PARAGRAPH_AFTER - 1 * MM, 'space after the list');
      const list = elements(documentOf(layout), 'L')[0];
      assert.equal(outline(list as never), 'L(LI(Lbl("•") LBody(P("een"))) LI(Lbl("•") LBody()) LI(Lbl("•") LBody(P("Kop in een item"))))');
    });
  });

  describe('code', () => {
    const bands = (layout: PdfLayout) => layout.shapes.filter((s) => s.kind === 'rect' && s.fill === 'F3F3F3');

    it('sets each line on a shaded band across the column, an empty line keeping its height', async () => {
      const layout = await layoutOf('Vooraf.\n\n```\neerste\n\nderde\n```\n\nDaarna.');
      const shaded = bands(layout);
      assert.equal(shaded.length, 3, 'a band per line');
      const first = find(layout, 'eerste');
      shaded.forEach((band, i) => {
        near(band.x, BODY.left, `band ${i}'s left`);
        near(band.x2, BODY.right, `band ${i}'s right`);
        near(band.y, first.top + i * CODE_LINE, `band ${i}'s top`);
        near(band.y2 - band.y, CODE_LINE, `band ${i}'s height`);
      });
      assert.deepEqual([first.size, first.face], [SIZES.code, 'Regular']);
      near(first.x, BODY.left + 1 * MM, 'text 1 mm inside the band');
      near(find(layout, 'derde').top, first.top + 2 * CODE_LINE, 'the empty line keeps its height');
      near(find(layout, 'eerste').top, find(layout, 'Vooraf.').top + LINE + PARAGRAPH_AFTER, 'the code follows the paragraph');
      near(find(layout, 'Daarna.').top, (shaded[2] as Shape).y2 + PARAGRAPH_AFTER, 'space after the code');
      const division = elements(documentOf(layout), 'Div').at(-1);
      assert.equal(outline(division as never), 'Div(P("eerste") P() P("derde"))', 'a paragraph per line, in a division');
    });

    it('wraps a long line inside its band, 1 mm from each edge, and indents code in a list item with the item', async () => {
      const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
      const layout = await layoutOf(`\`\`\`\n${long}\n\`\`\`\n\n- item\n\n  \`\`\`\n  in de lijst\n  \`\`\``);
      const lines = bodyTexts(layout).filter((t) => t.size === SIZES.code && t.text.includes('w'));
      assert.ok(lines.length >= 2, 'the line wraps');
      const right = Math.max(...lines.map((t) => t.x + t.width));
      assert.ok(right <= BODY.right - 1 * MM + 0.1 && right > BODY.right - 1 * MM - 15, `the text fills the band to 1 mm from its edge: ${right}`);
      const [band, inList] = bands(layout);
      near((band as Shape).y2 - (band as Shape).y, lines.length * CODE_LINE, 'the band holds every wrapped line');
      const item = find(layout, 'item');
      near((inList as Shape).x, item.x, 'code in a list starts at the item\'s text');
      near((inList as Shape).x2, BODY.right, 'and runs to the column\'s right edge');
      near(find(layout, 'in de lijst').x, item.x + 1 * MM, 'its text 1 mm inside');
    });

    it('sizes each band to the lines its text wraps to, and keeps the text 1 mm inside it', async () => {
      // Lines of growing length, in steps narrower than 1 mm: some wrap just past the band's width.
      const lines = Array.from({ length: 60 }, (_, k) => `${'a '.repeat(44 + (k >> 1))}${k % 2 ? 'i' : ''}`.trim());
      const layout = await layoutOf(`\`\`\`\n${lines.join('\n')}\n\`\`\``);
      const shaded = bands(layout);
      assert.equal(shaded.length, lines.length);
      const texts = bodyTexts(layout).filter((t) => t.size === SIZES.code);
      assert.ok(texts.length > lines.length, 'some lines wrap');
      for (const text of texts) {
        const band = shaded.find((b) => b.page === text.page && text.top >= b.y - 0.01 && text.top + CODE_LINE <= b.y2 + 0.01);
        assert.ok(band, `the text at ${text.top.toFixed(2)} on page ${text.page} stands on a band`);
        assert.ok(text.x + text.width <= band.x2 - 1 * MM + 0.1, `and ends 1 mm inside it: ${(text.x + text.width).toFixed(2)}`);
      }
      shaded.slice(1).forEach((band, i) => {
        const previous = shaded[i] as Shape;
        if (band.page === previous.page) near(band.y, previous.y2, `band ${i + 1} follows band ${i}`);
      });
    });

    it('breaks a long block between lines: no band crosses the foot of a page, none stops short of it by a line', async () => {
      const layout = await layoutOf(`Vooraf.\n\n\`\`\`\n${Array.from({ length: 140 }, (_, i) => `regel ${i}`).join('\n')}\n\`\`\``);
      const shaded = bands(layout);
      assert.equal(shaded.length, 140);
      const pages = [...new Set(shaded.map((s) => s.page))];
      assert.ok(pages.length >= 3, `${pages.length} pages`);
      for (const page of pages.slice(0, -1)) {
        const last = shaded.filter((s) => s.page === page).at(-1) as Shape;
        assert.ok(last.y2 <= FOOT + 0.01, `page ${page}: a band crosses the foot (${last.y2} > ${FOOT})`);
        assert.ok(FOOT - last.y2 < CODE_LINE, `page ${page}: a line's room left unused (${FOOT - last.y2})`);
      }
      for (let i = 0; i < 140; i++) assert.equal(find(layout, `regel ${i}`).page, (shaded[i] as Shape).page, `line ${i} on its band's page`);
    });
  });

  describe('rules and quotes', () => {
    it('draws a quote\'s bar on every page the quote runs over', async () => {
      const long = Array.from({ length: 70 }, (_, i) => `> Regel ${i} van het citaat.\n>`).join('\n');
      const layout = await layoutOf(`Vooraf.\n\n${long}\n\nDaarna.`);
      const bars = layout.shapes.filter((s) => s.kind === 'line' && s.lineWidth === 1.5);
      const pages = [...new Set(bodyTexts(layout).filter((t) => t.text.startsWith('Regel')).map((t) => t.page))];
      assert.ok(pages.length >= 2, `${pages.length} pages`);
      assert.deepEqual(bars.map((b) => b.page), pages, 'a bar on each page');
      const first = find(layout, 'Regel 0 van het citaat.');
      const last = find(layout, 'Regel 69 van het citaat.');
      near((bars[0] as Shape).y, first.top, 'from the quote\'s top');
      near((bars[0] as Shape).y2, FOOT, 'to the foot of its first page');
      near((bars.at(-1) as Shape).y, BODY.top, 'from the top of its last page');
      near((bars.at(-1) as Shape).y2, last.top + LINE, 'to its last line');
    });


    it('draws a rule across the column, a quote\'s bar beside its text, as layout artifacts', async () => {
      const layout = await layoutOf('Boven.\n\n---\n\nOnder.\n\n> Citaat.');
      const [rule, bar] = layout.shapes.filter((s) => s.kind === 'line' && s.page === 1 && s.stroke === 'BBBBBB');
      const above = find(layout, 'Boven.');
      assert.ok(rule && bar, 'both lines are drawn');
      assert.deepEqual([rule.x, rule.x2, rule.lineWidth].map((n) => n.toFixed(2)), [BODY.left, BODY.right, 0.5].map((n) => n.toFixed(2)));
      near(rule.y, above.top + LINE + PARAGRAPH_AFTER + 1 * MM, 'the rule 1 mm below the paragraph\'s space');
      near(find(layout, 'Onder.').top, rule.y + PARAGRAPH_AFTER, 'the next paragraph');
      const quote = find(layout, 'Citaat.');
      near(quote.x, BODY.left + 5 * MM, 'a quote\'s text 5 mm in');
      assert.deepEqual([bar.x, bar.x2, bar.lineWidth].map((n) => n.toFixed(2)), [BODY.left + 1.5 * MM, BODY.left + 1.5 * MM, 1.5].map((n) => n.toFixed(2)));
      near(bar.y, quote.top, 'the bar from the quote\'s top');
      near(bar.y2, quote.top + LINE, 'to its last line');
    });
  });

  describe('tables', () => {
    const cells = (layout: PdfLayout) => layout.shapes.filter((s) => s.kind === 'rect' && s.stroke === 'BBBBBB');

    it('shades the header row, borders every cell, and aligns each column as the note says', async () => {
      const layout = await layoutOf('| Links | Midden | Rechts | Gewoon |\n| :-- | :-: | --: | --- |\n| a | b | c | d |');
      const width = (BODY.right - BODY.left) / 4;
      const borders = cells(layout);
      assert.equal(borders.length, 8, 'four cells in two rows');
      borders.forEach((cell, i) => {
        near(cell.x, BODY.left + (i % 4) * width, `cell ${i}'s left`);
        near(cell.x2 - cell.x, width, `cell ${i}'s width`);
        assert.equal(cell.lineWidth, 0.5);
      });
      const shaded = layout.shapes.filter((s) => s.kind === 'rect' && s.fill === 'F0F2F5');
      assert.deepEqual(shaded.map((s) => [s.x, s.y, s.x2, s.y2]), borders.slice(0, 4).map((s) => [s.x, s.y, s.x2, s.y2]), 'the header row is shaded');
      const padding = 1.5 * MM;
      const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((t) => find(layout, t)) as [PlacedText, PlacedText, PlacedText, PlacedText];
      near(a.x, BODY.left + padding, 'left');
      near(b.x + b.width / 2, BODY.left + 1.5 * width, 'centred', 0.5);
      near(c.x + c.width, BODY.left + 3 * width - padding, 'right', 0.5);
      near(d.x, BODY.left + 3 * width + padding, 'unaligned is left');
      near(a.top, (borders[4] as Shape).y + padding, 'text padded from the top');
      assert.deepEqual(['Links', 'Midden', 'Rechts', 'Gewoon', 'a'].map((t) => find(layout, t).face), ['Bold', 'Bold', 'Bold', 'Bold', 'Regular']);
      assert.equal(outline(elements(documentOf(layout), 'Table')[0] as never), 'Table(TR(TH("Links") TH("Midden") TH("Rechts") TH("Gewoon")) TR(TD("a") TD("b") TD("c") TD("d")))');
    });

    it('makes every row as wide as the widest, a missing cell empty', async () => {
      const layout = await layoutOf('| a | b |\n| - | - |\n| 1 | 2 | 3 |\n| 4 |');
      const borders = cells(layout);
      assert.equal(borders.length, 9, 'three rows of three cells');
      const width = (BODY.right - BODY.left) / 3;
      borders.forEach((cell, i) => near(cell.x, BODY.left + (i % 3) * width, `cell ${i}'s left`));
      const table = elements(documentOf(layout), 'Table')[0];
      assert.equal(outline(table as never), 'Table(TR(TH("a") TH("b") TH()) TR(TD("1") TD("2") TD("3")) TR(TD("4") TD() TD()))');
    });

    it('makes each row as tall as its tallest cell\'s lines, padded, every line of text inside its cell', async () => {
      // Cells of growing length, in steps narrower than the padding: some wrap just past the cell's width.
      const rows = Array.from({ length: 24 }, (_, k) => `| ${'a '.repeat(20 + (k >> 1))}**b**${k % 2 ? ' i' : ''} | kort |`).join('\n');
      const layout = await layoutOf(`| Kop | Waarde |\n| --- | --- |\n${rows}`);
      const borders = cells(layout);
      const tableTop = (borders[0] as Shape).y;
      const texts = bodyTexts(layout).filter((t) => (t.page > 1 || t.top > tableTop) && !['Kop', 'Waarde', 'kort'].includes(t.text.trim()));
      const padding = 1.5 * MM;
      const linesIn = new Map<Shape, Set<string>>();
      for (const text of texts) {
        const cell = borders.find((b) => b.page === text.page && text.x >= b.x && text.x < b.x2 && text.top >= b.y && text.top < b.y2);
        assert.ok(cell, `the text at ${text.top.toFixed(2)} stands in a cell`);
        assert.ok(text.top + LINE_IN_CELL <= cell.y2 - padding + 0.01, `and ends ${padding.toFixed(2)} pt above its foot: ${(cell.y2 - text.top - LINE_IN_CELL).toFixed(2)}`);
        assert.ok(text.x + text.width <= cell.x2 - padding + 0.1, 'and inside its right padding');
        linesIn.set(cell, (linesIn.get(cell) ?? new Set()).add(text.top.toFixed(1)));
      }
      const counts = [...linesIn.values()].map((lines) => lines.size);
      assert.equal(counts.length, 24, 'the long cell of every row');
      assert.ok(counts.includes(1) && counts.includes(2), `some cells wrap, some do not: ${counts}`);
      for (const [cell, lines] of linesIn) near(cell.y2 - cell.y, lines.size * LINE_IN_CELL + 2 * padding, `a row of ${lines.size} lines`);
    });

    it('writes nothing for a table without columns', async () => {
      const page = service.page(doc('file:///proef.md', `${HEAD}\nVoor.`), { locale: 'nl', force: true });
      assert.ok(page);
      page.body.push({ kind: 'table', header: [], rows: [], align: [] }, { kind: 'paragraph', content: [{ kind: 'text', text: 'Na.' }] });
      const layout = await readPdfLayout(await writers.pdf(page));
      assert.equal(elements(documentOf(layout), 'Table').length, 0, 'no table');
      near(find(layout, 'Na.').top, find(layout, 'Voor.').top + LINE + PARAGRAPH_AFTER, 'and no space for it');
    });

    it('repeats the header row on each page a long table runs onto', async () => {
      const rows = Array.from({ length: 70 }, (_, i) => `| rij ${i} | waarde ${i} |`).join('\n');
      const layout = await layoutOf(`| Kop | Waarde |\n| --- | --- |\n${rows}`);
      const pages = [...new Set(bodyTexts(layout).filter((t) => t.text.startsWith('rij')).map((t) => t.page))];
      assert.ok(pages.length >= 2, `${pages.length} pages`);
      for (const page of pages) {
        const first = bodyTexts(layout).filter((t) => t.page === page).sort((x, y) => x.top - y.top || x.x - y.x);
        const headers = first.filter((t) => t.text === 'Kop');
        assert.equal(headers.length, 1, `the header once on page ${page}`);
        assert.ok((headers[0] as PlacedText).top <= Math.min(...first.filter((t) => t.text.startsWith('rij')).map((t) => t.top)), `above the rows on page ${page}`);
        assert.equal((headers[0] as PlacedText).face, 'Bold');
      }
      const second = pages[1] as number;
      // pdf.js gives a page's tree with every element of the table, those drawn on other pages empty.
      assert.deepEqual(elements(layout.trees[second - 1] as never, 'TH').map(textOf).map((t) => t.trim()).filter(Boolean), ['Kop', 'Waarde'], 'tagged as header cells there');
      for (let i = 0; i < 70; i++) find(layout, `rij ${i}`);
    });

    it('never leaves the header row alone at the foot of a page', async () => {
      for (let fill = 22; fill <= 38; fill++) {
        const layout = await layoutOf(`${'Alinea.\n\n'.repeat(fill)}| Kop | Waarde |\n| --- | --- |\n| rij | waarde |\n| nog | een |`);
        assert.equal(find(layout, 'rij').page, find(layout, 'Kop').page, `after ${fill} paragraphs, the first row stands with the header`);
      }
    });

    it('sets a row taller than a page as its cells\' paragraphs, in the table', async () => {
      const tall = Array.from({ length: 500 }, (_, i) => `woord${i}`).join(' ');
      const layout = await layoutOf(`| Kop | Waarde | Drie | Vier | Vijf |\n| --- | --- | --- | --- | --- |\n| kort | ${tall} | x | y | z |\n| na | rij | 3 | 4 | 5 |`);
      const table = elements(documentOf(layout), 'Table')[0];
      assert.ok(table, 'a table');
      const parts = table.children.map((c) => (typeof c === 'string' ? c : c.role));
      assert.deepEqual(parts, ['TR', 'P', 'P', 'P', 'P', 'P', 'TR'], 'the header, the tall row\'s five cells, the next row');
      assert.equal(textOf(table.children[1] as never).trim(), 'kort');
      near(find(layout, 'kort').x, BODY.left, 'a cell set as a paragraph stands at the column\'s edge');
      const last = bodyTexts(layout).find((t) => t.text.includes('woord499'));
      assert.ok(last, 'the tall cell\'s text is all there');
      assert.equal(find(layout, 'na').page, last.page, 'the next row follows the tall one');
      assert.ok(find(layout, 'na').top > last.top, 'below it');
    });

    it('sets a row just too tall for a page below its header as its cells\' paragraphs: no row crosses the foot', async () => {
      const page = service.page(doc('file:///hoog.md', `${HEAD}\nVoor.`), { locale: 'nl', force: true });
      assert.ok(page);
      // 52 lines in a cell: more than a page holds below the header row, less than a page.
      const cell: Inline[] = Array.from({ length: 52 }, (_, i): Inline[] => [...(i ? [{ kind: 'break' as const }] : []), { kind: 'text', text: `regel ${i}` }]).flat();
      page.body.push({ kind: 'table', header: [[{ kind: 'text', text: 'Kop' }]], rows: [[cell], [[{ kind: 'text', text: 'kort' }]]], align: [null] });
      const layout = await readPdfLayout(await writers.pdf(page));
      const table = elements(documentOf(layout), 'Table')[0];
      assert.deepEqual(table?.children.map((c) => (typeof c === 'string' ? c : c.role)), ['TR', 'P', 'TR'], 'the header row, the tall cell as a paragraph, the next row');
      for (const border of cells(layout)) assert.ok(border.y2 <= FOOT + 0.01, `a cell on page ${border.page} ends at ${border.y2.toFixed(2)}, below the foot`);
    });

    it('sets a table of more than 20 columns as a line of text per row, cells apart; 20 columns stay a table', async () => {
      const row = (prefix: string, columns = 21) => `| ${Array.from({ length: columns }, (_, i) => `${prefix}${i}`).join(' | ')} |`;
      const twenty = await layoutOf(`${row('k', 20)}\n|${' --- |'.repeat(20)}\n${row('c', 20)}`);
      assert.equal(elements(documentOf(twenty), 'TD').length, 20, 'twenty columns: a table');
      const layout = await layoutOf(`${row('k')}\n|${' --- |'.repeat(21)}\n${row('c')}\n\nDaarna.`);
      const document = documentOf(layout);
      assert.equal(elements(document, 'Table').length, 0, 'no table');
      // Without white space: pdf.js joins a wrapped line's pieces without the space it broke at.
      const paragraphs = elements(document, 'P').map(textOf).map((t) => t.replace(/\s+/g, ''));
      const expected = (prefix: string) => Array.from({ length: 21 }, (_, i) => `${prefix}${i}`).join('|');
      assert.deepEqual(paragraphs.slice(-3), [expected('k'), expected('c'), 'Daarna.']);
      assert.equal(find(layout, 'Daarna.').face, 'Regular');
    });
  });

  it('writes from a fresh set of writers: the PDF writer loaded at the first PDF and kept for the next, the Word writer at once', async () => {
    const fresh = loadWriters();
    const page = service.page(doc('file:///proef.md', `${HEAD}\nTekst.`), { locale: 'nl', force: true });
    assert.ok(page);
    const now = new Date(Date.UTC(2026, 11, 1));
    const first = await fresh.pdf(page, { now });
    assert.equal(Buffer.from(first.subarray(0, 5)).toString('latin1'), '%PDF-');
    assert.deepEqual(await fresh.pdf(page, { now }), first);
    const word = await fresh.docx(page, { now });
    assert.equal(Buffer.from(word.subarray(0, 2)).toString('latin1'), 'PK', 'a zip package');
  });

  describe('set by the body writer on a page of its own', () => {
    /** A tagged A4 page in the house margins with the open font, the writer's place set `room` points above the foot. */
    function pageWithRoom(room: number): { pdf: Pdf; root: PDFKit.PDFStructureElement; pages: () => number } {
      const pdf: Pdf = new PDFDocument({
        size: [PAGE.width, PAGE.height],
        margins: { top: BODY.top, left: BODY.left, right: PAGE.width - BODY.right, bottom: PAGE.height - BODY.bottom },
        tagged: true,
        bufferPages: true,
      } as PDFKit.PDFDocumentOptions);
      for (const [face, file] of Object.entries(FONT_FILES)) pdf.registerFont(face, readFileSync(path.join(fontFolder(), file)) as unknown as string);
      const root = pdf.struct('Document');
      pdf.addStructure(root);
      pdf.y = FOOT - room;
      return { pdf, root, pages: () => pdf.bufferedPageRange().count };
    }
    const write = (room: number, blocks: Block[]) => {
      const page = pageWithRoom(room);
      new PdfBodyWriter(page.pdf, () => true).write(blocks, page.root);
      return page;
    };

    it('moves a rule to the next page when less than 3 mm is left', () => {
      assert.equal(write(3.2 * MM, [{ kind: 'rule' }]).pages(), 1, 'with 3.2 mm left, the rule stays');
      const moved = write(2.8 * MM, [{ kind: 'rule' }]);
      assert.equal(moved.pages(), 2, 'with 2.8 mm left, it moves');
      near(moved.pdf.y, BODY.top + 1 * MM + PARAGRAPH_AFTER, 'and stands at the top of the next');
    });

    const text = (value: string): Inline => ({ kind: 'text', text: value });
    const breakLine: Inline = { kind: 'break' };

    /** The room that `heights` fill to the foot exactly, added up as the writer adds them. */
    function exactRoom(...heights: number[]): number {
      let room = heights.reduce((sum, h) => sum + h, 0);
      for (let step = 0; step < 64; step++) {
        const end = heights.reduce((y, h) => y + h, FOOT - room);
        if (end === FOOT) return room;
        room += (FOOT - end) / 2 || Number.EPSILON * FOOT;
      }
      throw new Error('no room adds up to the foot exactly');
    }

    it('moves a heading to the next page unless it has room for its space, itself and two lines of text', () => {
      const heading: Block = { kind: 'heading', level: 2, content: [text('Kop')] };
      const needed = 6 * MM + 10 * 1.3 + 2 * LINE;
      assert.equal(write(needed + 0.5, [heading]).pages(), 1, 'with room, it stays');
      const moved = write(needed - 0.5, [heading]);
      assert.equal(moved.pages(), 2, 'without, it moves');
      near(moved.pdf.y, BODY.top + 10 * 1.3 + 2 * MM, 'to the top of the next page, without the space above it');
    });

    it('keeps a paragraph, and a table row, that exactly fill the room left on the page', () => {
      assert.equal(write(exactRoom(LINE), [{ kind: 'paragraph', content: [text('past precies')] }]).pages(), 1, 'the paragraph');
      assert.equal(write(exactRoom(LINE) - 0.01, [{ kind: 'paragraph', content: [text('past net niet')] }]).pages(), 2, 'a hair less room: the next page');
      const row = LINE_IN_CELL + 2 * 1.5 * MM;
      const table: Block = { kind: 'table', header: [[text('Kop')]], rows: [[[text('rij')]]], align: [null] };
      assert.equal(write(exactRoom(row, row), [table]).pages(), 1, 'the header and its row');
      assert.equal(write(exactRoom(row, row) - 0.01, [table]).pages(), 2, 'a hair less room: both on the next page');
    });
    const heightOfText = (content: Inline[]) => {
      const { pdf } = pageWithRoom(500);
      const top = pdf.y;
      setText(pdf, content, BODY.left, top, BODY.right - BODY.left, BODY_STYLE, () => true);
      return pdf.y - top;
    };

    it('gives two breaks in a row an empty line, and a break at the end none', () => {
      near(heightOfText([text('een')]), LINE, 'one line');
      near(heightOfText([text('een'), breakLine, text('twee')]), 2 * LINE, 'two lines');
      near(heightOfText([text('een'), breakLine, breakLine, text('drie')]), 3 * LINE, 'an empty line between');
      near(heightOfText([text('een'), breakLine]), LINE, 'a break at the end starts no line');
      near(heightOfText([breakLine]), LINE, 'a break alone is one empty line');
      near(heightOfText([]), 0, 'no text sets nothing');
    });
  });

  it('sets the column of page 1 beside the body: the sender in bold, a line between groups, each label 2.5 mm below the field before', async () => {
    const layout = await readPdfLayout(await writers.pdf(service.page(doc('file:///voorbeeld.md', readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8')), { locale: 'nl', force: true }) as never));
    const column = layout.texts.filter((t) => t.page === 1 && !t.artifact && t.x > COLUMN.left - 1);
    const step = SIZES.column * 1.3;
    const group = step;
    const label = 2.5 * MM;
    const expected: [string, Face, number][] = [
      ['Directoraat-Generaal Rechtspleging en', 'Bold', 0], ['Rechtshandhaving', 'Bold', step],
      ['Directie Rechtshandhaving en', 'Regular', step], ['Criminaliteitsbestrijding', 'Regular', step], ['Cybercrime en zeden', 'Regular', step],
      ['Turfmarkt 147', 'Regular', step + group], ['2511 DP Den Haag', 'Regular', step],
      ['Postbus 20301', 'Regular', step + group], ['2500 EH Den Haag', 'Regular', step],
      ['Datum', 'Bold', step + label], ['19 maart 2026', 'Regular', step],
      ['Onze referentie', 'Bold', step + label], ['7244668', 'Regular', step],
      ['Bijlage(n)', 'Bold', step + label], ['2', 'Regular', step],
    ];
    assert.deepEqual(column.map((t) => [t.text, t.face, t.size]), expected.map(([text, face]) => [text, face, SIZES.column]));
    let top = COLUMN.top;
    column.forEach((text, i) => {
      top += (expected[i] as [string, Face, number])[2];
      near(text.top, top, `${text.text}`);
      near(text.x, COLUMN.left, `${text.text} at the column's left edge`);
    });
  });

  it('wraps a long subject inside the text column, in bold 11 pt', async () => {
    const subject = Array.from({ length: 24 }, (_, i) => `onderwerp${i}`).join(' ');
    const layout = await readPdfLayout(await writers.pdf(service.page(doc('file:///lang.md', HEAD.replace('onderwerp: Proef', `onderwerp: ${subject}`) + '\nTekst.'), { locale: 'nl', force: true }) as never));
    const lines = layout.texts.filter((t) => t.page === 1 && t.text.includes('onderwerp'));
    assert.ok(new Set(lines.map((t) => t.top.toFixed(1))).size >= 2, 'it wraps');
    for (const line of lines) {
      assert.deepEqual([line.face, line.size], ['Bold', SIZES.subject]);
      assert.ok(line.x + line.width <= BODY.right + 0.1, `inside the column: ${line.x + line.width}`);
    }
    assert.ok(Math.max(...lines.map((t) => t.x + t.width)) > BODY.right - 60, 'and fills it');
  });

  it('sets a sender without units, and an address alone, each as a group of its own', async () => {
    const head = HEAD.replace('referentie: "1234567"\n', 'referentie: "1234567"\nafzender:\n  organisatie: Directie Voorbeeld\n  postadres: Postbus 1, 2500 AA Den Haag\n');
    const page = service.page(doc('file:///afzender.md', `${head}\nTekst.`), { locale: 'nl', force: true });
    assert.ok(page && page.column.organisation.length === 1 && page.column.units.length === 0, JSON.stringify(page?.column));
    const layout = await readPdfLayout(await writers.pdf(page));
    const column = elements(documentOf(layout), 'Div').find((d) => textOf(d).includes('Datum'));
    assert.equal(outline(column as never), 'Div(P("Directie Voorbeeld") P("Postbus 1" "2500 AA Den Haag") P("Datum" "1 december 2026") P("Onze referentie" "1234567"))');
  });

  it('opens page 1 with the addressees, "nota" and the subject, and marks every page with its number, CONCEPT and (from page 2) the running header', async () => {
    const example = service.page(doc('file:///voorbeeld.md', readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8')), { locale: 'nl', force: true });
    assert.ok(example);
    const layout = await readPdfLayout(await writers.pdf({ ...example, concept: true }));
    const on = (page: number, text: string) => {
      const found = layout.texts.find((t) => t.page === page && t.text.trim() === text);
      assert.ok(found, `"${text}" on page ${page}`);
      return found;
    };
    const [first, second] = example.addressees.map((a) => on(1, a)) as [PlacedText, PlacedText];
    near(first.top, BODY.top, 'the addressees at the top of the text column');
    near(second.top, first.top + LINE, 'a line each');
    const word = on(1, 'nota');
    assert.deepEqual([word.face, word.size, word.artifact], ['Bold', SIZES.documentWord, false]);
    near(word.top, second.top + LINE + 10 * MM, '"nota" 10 mm below them');
    const subject = on(1, example.subject);
    assert.deepEqual([subject.face, subject.size], ['Bold', SIZES.subject]);
    near(subject.top, word.top + SIZES.documentWord * 1.1 + 4 * MM, 'the subject 4 mm below "nota"');
    near(on(1, '1. Aanleiding').top, subject.top + SIZES.subject * 1.3 + 8 * MM + 6 * MM, 'the body 8 mm below the subject, and the heading\'s 6 mm');
    const pages = Math.max(...layout.texts.map((t) => t.page));
    assert.ok(pages >= 2);
    for (let page = 1; page <= pages; page++) {
      const number = on(page, `Pagina ${page} van ${pages}`);
      assert.deepEqual([number.x.toFixed(2), number.top.toFixed(2), number.size, number.artifact], [COLUMN.left.toFixed(2), PAGE_NUMBER_TOP.toFixed(2), SIZES.column, true]);
      const concept = on(page, 'CONCEPT');
      assert.deepEqual([concept.x.toFixed(2), concept.top.toFixed(2), concept.face, concept.size, concept.artifact], [BODY.left.toFixed(2), (12 * MM).toFixed(2), 'Bold', SIZES.concept, true]);
    }
    const sender = on(2, 'Directoraat-Generaal Rechtspleging en');
    assert.deepEqual([sender.x.toFixed(2), sender.top.toFixed(2), sender.face, sender.artifact], [COLUMN.left.toFixed(2), COLUMN.top.toFixed(2), 'Bold', true]);
    const datum = on(2, 'Datum');
    near(datum.top, on(2, 'Cybercrime en zeden').top + SIZES.column * 1.3 + 2.5 * MM, 'Datum 2.5 mm below the units');
    near(on(2, 'Onze referentie').top, datum.top + 2 * SIZES.column * 1.3 + 2.5 * MM, 'Onze referentie below the date');
    const ribbon = layout.shapes.find((s) => s.kind === 'rect' && s.fill === '154273');
    assert.ok(ribbon && ribbon.page === 1 && layout.shapes.filter((s) => s.fill === '154273').length === 1, 'the ribbon on page 1 only');
    assert.deepEqual([ribbon.x, ribbon.y, ribbon.x2 - ribbon.x, ribbon.y2].map((n) => n.toFixed(2)), [(PAGE.width - 16 * MM) / 2, 0, 16 * MM, 34 * MM].map((n) => n.toFixed(2)));
  });

  it('leaves out the subject\'s heading and its space in a note without one', async () => {
    const withSubject = await layoutOf('Tekst.');
    const page = service.page(doc('file:///zonder.md', `${HEAD.replace('onderwerp: Proef\n', '')}\nTekst.`), { locale: 'nl', force: true });
    assert.ok(page && page.subject === '');
    const without = await readPdfLayout(await writers.pdf(page));
    assert.deepEqual(elements(documentOf(without), 'H1'), [], 'no heading');
    near(find(withSubject, 'Tekst.').top - find(without, 'Tekst.').top, SIZES.subject * 1.3 + 8 * MM, 'the subject\'s line and the 8 mm after it');
  });

  it('leaves the groups a note does not have out of the column: no empty paragraph, no space', async () => {
    const layout = await layoutOf('Tekst.');
    const column = elements(documentOf(layout), 'Div').find((d) => textOf(d).includes('Datum'));
    assert.equal(outline(column as never), 'Div(P("Datum" "1 december 2026") P("Onze referentie" "1234567"))');
    const datum = layout.texts.find((t) => t.text === 'Datum' && !t.artifact);
    assert.ok(datum);
    near(datum.top, COLUMN.top + 2.5 * MM, 'the first field at the column\'s top');
  });

  it('titles the addressees\' and the column\'s divisions in the structure tree', async () => {
    const { bytes } = await exported('Tekst.');
    const raw = pdfSource(bytes);
    assert.match(raw, /\/S \/Div\s*\/T \(Geadresseerden\)|\/T \(Geadresseerden\)[\s\S]{0,80}\/S \/Div/);
    assert.match(raw, /\/S \/Div\s*\/T \(Colofon\)|\/T \(Colofon\)[\s\S]{0,80}\/S \/Div/);
    const page = service.page(doc('file:///zonder-aan.md', HEAD.replace('aan:\n  - Minister van Financiën\n', '') + '\nTekst.'), { locale: 'nl', force: true });
    assert.ok(page && page.addressees.length === 0);
    assert.doesNotMatch(pdfSource(await writers.pdf(page)), /Geadresseerden/, 'no addressees, no division for them');
  });
});
