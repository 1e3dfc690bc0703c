/**
 * The body of an exported Word file at its edges: headings inside list items,
 * empty items and items that start with code, which lists get numbering of
 * their own, hard and soft line breaks, links, rules, and tables (ragged
 * rows, too many columns, none at all, and the borders, padding and closing
 * paragraph Word and LibreOffice need). Each test exports its own note.
 */
import assert from 'node:assert/strict';
import { child, childElements, childValue, type XmlElement } from '../../server/src/core/import/docx/xml';
import { describeParagraph, docxParts, on, pageOf, paragraphText } from '../support/docxParts';

/** A list paragraph's level. */
const levelOf = (list: string | undefined) => list?.split('/')[1];

const HEAD = ['---', 'type: beslisnota', 'onderwerp: Proef', 'aan:', '  - Minister van Financiën', 'datum: 1 december 2026', 'referentie: "1234567"', '---', ''].join('\n');
const mm = (millimetres: number) => String(Math.round(((millimetres * 72) / 25.4) * 20));

/** The body's paragraphs after the opening (addressee, document word, subject). */
async function bodyOf(markdown: string) {
  const parts = await docxParts(pageOf(`${HEAD}\n${markdown}`));
  const elements = childElements(parts.body).filter((e) => e.name === 'w:p' || e.name === 'w:tbl');
  const subject = elements.findIndex((e) => childValue(child(e, 'w:pPr'), 'w:pStyle') === 'NotaOnderwerp');
  assert.ok(subject >= 0, 'the subject opens the body');
  const body = elements.slice(subject + 1);
  return { parts, body, paragraphs: body.filter((e) => e.name === 'w:p').map(describeParagraph) };
}

describe('the blocks of an exported Word file, at their edges', function () {
  this.timeout(60_000);

  it('sets a heading inside a list item as bold text of the item, never as a section heading', async () => {
    const { paragraphs } = await bodyOf('- # Kop als item\n- tekst\n\n  ## Kop verderop\n\n  1. genummerd\n\n     ### Dieper\n\nNa de lijst.');
    const [first, second, later, numbered, deeper, after] = paragraphs;
    assert.deepEqual(first, { text: '**Kop als item**', style: 'ListParagraph', list: first?.list, after: '0' });
    assert.equal(levelOf(first?.list), '0');
    assert.deepEqual(second?.text, 'tekst');
    assert.deepEqual(later, { text: '**Kop verderop**', indent: mm(5) });
    assert.deepEqual([numbered?.text, levelOf(numbered?.list)], ['genummerd', '1']);
    assert.deepEqual(deeper, { text: '**Dieper**', indent: mm(10) });
    assert.deepEqual(after, { text: 'Na de lijst.' });
    assert.ok(paragraphs.every((p) => !/^(Heading|Title)/.test(p.style ?? '')), 'no section heading in the list');
  });

  it('sets "#" in the body in the Title style, "##" as Heading 1', async () => {
    const { paragraphs } = await bodyOf('# Titel in de tekst\n\n## 1. Aanleiding\n\nTekst.');
    assert.deepEqual(paragraphs.slice(0, 2).map((p) => [p.text, p.style]), [['Titel in de tekst', 'Title'], ['1. Aanleiding', 'Heading1']]);
  });

  it('gives an empty item, and an item that starts with code, a marker paragraph of its own', async () => {
    const { paragraphs } = await bodyOf('-\n- ```\n  code in het item\n  ```\n- na');
    assert.deepEqual(paragraphs.map((p) => [p.text, p.style, levelOf(p.list) ?? '-', p.indent ?? '-', p.after ?? '-']), [
      ['', 'ListParagraph', '0', '-', '0'],
      ['', 'ListParagraph', '0', '-', '0'],
      ['code in het item', 'NotaCode', '-', mm(5), '-'],
      ['na', 'ListParagraph', '0', '-', '0'],
    ]);
    assert.equal(new Set(paragraphs.filter((p) => p.list).map((p) => p.list?.split('/')[0])).size, 1, 'one list');
  });

  describe('numbering', () => {
    /** For each list paragraph: the start value of its level in the numbering part. */
    async function startsOf(markdown: string) {
      const { parts, paragraphs } = await bodyOf(markdown);
      const numbering = parts.part('word/numbering.xml');
      const nums = new Map(childElements(numbering).filter((e) => e.name === 'w:num').map((e) => [e.attributes['w:numId'], childValue(e, 'w:abstractNumId')]));
      const abstracts = new Map(childElements(numbering).filter((e) => e.name === 'w:abstractNum').map((e) => [e.attributes['w:abstractNumId'], e]));
      const start = (list: string) => {
        const [numId, level] = list.split('/');
        const abstract = abstracts.get(nums.get(numId) ?? '');
        const lvl = childElements(abstract as XmlElement).find((e) => e.name === 'w:lvl' && e.attributes['w:ilvl'] === level);
        return `${childValue(lvl, 'w:numFmt')} from ${childValue(lvl, 'w:start')}`;
      };
      const numbered = [...abstracts.values()].map((abstract) => childElements(abstract).find((e) => e.name === 'w:lvl' && e.attributes['w:ilvl'] === '0')).filter((lvl) => childValue(lvl, 'w:numFmt') === 'decimal').map((lvl) => childValue(lvl, 'w:start'));
      return { starts: paragraphs.filter((p) => p.list).map((p) => `${p.text}: ${start(p.list as string)}`), numbered };
    }

    it('counts each ordered list from its own start', async () => {
      const { starts } = await startsOf('3. drie\n4. vier\n\nTussen.\n\n7. zeven\n\nTussen.\n\n- punt');
      assert.deepEqual(starts, ['drie: decimal from 3', 'vier: decimal from 3', 'zeven: decimal from 7', 'punt: bullet from 1']);
    });

    it('defines numbers only for the ordered lists a note has', async () => {
      assert.deepEqual((await startsOf('- een\n- twee')).numbered, [], 'bullets alone');
      assert.deepEqual((await startsOf('- een\n\nTussen.\n\n2. twee\n\nTussen.\n\n2. weer twee')).numbered, ['2'], 'bullets and two lists from 2');
    });
  });

  it('writes a hard break as a line break and a soft one as a space', async () => {
    const { paragraphs } = await bodyOf('een\ntwee\\\ndrie');
    assert.equal(paragraphs[0]?.text, 'een twee⏎drie');
  });

  it('sets a link\'s text in the Hyperlink style, around its address', async () => {
    const { body } = await bodyOf('Zie [de brief](https://example.org/brief).');
    const link = childElements(body[0] as XmlElement).find((e) => e.name === 'w:hyperlink');
    assert.ok(link, 'a hyperlink');
    const run = child(link, 'w:r') as XmlElement;
    assert.deepEqual([childValue(child(run, 'w:rPr'), 'w:rStyle'), paragraphText(body[0] as XmlElement)], ['Hyperlink', 'Zie <de brief>.']);
  });

  it('draws a rule as a grey line under an empty paragraph', async () => {
    const { body } = await bodyOf('Boven.\n\n---\n\nOnder.');
    const rule = body[1] as XmlElement;
    assert.equal(paragraphText(rule), '');
    assert.deepEqual({ ...child(child(child(rule, 'w:pPr'), 'w:pBdr'), 'w:bottom')?.attributes }, { 'w:val': 'single', 'w:color': 'BBBBBB', 'w:sz': '6', 'w:space': '1' });
  });

  describe('tables', () => {
    const rowsOf = (table: XmlElement) => childElements(table).filter((e) => e.name === 'w:tr');
    const cellsOf = (row: XmlElement) => childElements(row).filter((e) => e.name === 'w:tc').map((cell) => paragraphText(child(cell, 'w:p') as XmlElement));

    it('makes every row as wide as the widest, a missing cell empty', async () => {
      const { body } = await bodyOf('| a | b |\n| - | - |\n| 1 | 2 | 3 |\n| 4 |');
      const table = body.find((e) => e.name === 'w:tbl') as XmlElement;
      assert.deepEqual(rowsOf(table).map(cellsOf), [['**a**', '**b**', ''], ['1', '2', '3'], ['4', '', '']]);
    });

    it('borders every cell in the rule grey, pads it, keeps each row on one page, and closes with an empty paragraph', async () => {
      const { body } = await bodyOf('| a | b |\n| - | - |\n| 1 | 2 |\n\nNa de tabel.');
      const at = body.findIndex((e) => e.name === 'w:tbl');
      const table = body[at] as XmlElement;
      const borders = child(child(table, 'w:tblPr'), 'w:tblBorders');
      for (const side of ['w:top', 'w:bottom', 'w:left', 'w:right', 'w:insideH', 'w:insideV']) {
        assert.deepEqual({ ...child(borders, side)?.attributes }, { 'w:val': 'single', 'w:color': 'BBBBBB', 'w:sz': '4' }, side);
      }
      for (const row of rowsOf(table)) {
        assert.ok(on(child(child(row, 'w:trPr'), 'w:cantSplit')), 'a row is not split over pages');
        for (const cell of childElements(row).filter((e) => e.name === 'w:tc')) {
          const margins = child(child(cell, 'w:tcPr'), 'w:tcMar');
          assert.deepEqual(['w:top', 'w:bottom', 'w:left', 'w:right'].map((side) => child(margins, side)?.attributes['w:w']), ['40', '40', '80', '80']);
        }
      }
      const closing = body[at + 1] as XmlElement;
      assert.deepEqual([closing.name, paragraphText(closing), describeParagraph(closing).after], ['w:p', '', '0']);
      assert.equal(paragraphText(body[at + 2] as XmlElement), 'Na de tabel.');
    });

    it('sets a table of more than 20 columns as a line of text per row; 20 columns stay a table', async () => {
      const table = (columns: number) => {
        const row = (prefix: string) => `| ${Array.from({ length: columns }, (_, i) => `${prefix}${i}`).join(' | ')} |`;
        return `${row('k')}\n|${' --- |'.repeat(columns)}\n${row('c')}`;
      };
      const wide = await bodyOf(table(21));
      assert.equal(wide.body.filter((e) => e.name === 'w:tbl').length, 0);
      const line = (prefix: string) => Array.from({ length: 21 }, (_, i) => `${prefix}${i}`).join(' | ');
      assert.deepEqual(wide.paragraphs.map((p) => p.text), [line('k'), line('c')]);
      const twenty = await bodyOf(table(20));
      const kept = twenty.body.filter((e) => e.name === 'w:tbl');
      assert.equal(kept.length, 1);
      assert.equal(cellsOf(rowsOf(kept[0] as XmlElement)[1] as XmlElement).length, 20);
    });

    it('writes nothing for a table without columns', async () => {
      const page = pageOf(`${HEAD}\nVoor.`);
      page.body.push({ kind: 'table', header: [], rows: [], align: [] }, { kind: 'paragraph', content: [{ kind: 'text', text: 'Na.' }] });
      const parts = await docxParts(page);
      const elements = childElements(parts.body);
      assert.equal(elements.filter((e) => e.name === 'w:tbl').length, 0, 'no table');
      const texts = elements.filter((e) => e.name === 'w:p').map(paragraphText);
      assert.deepEqual(texts.slice(texts.indexOf('Voor.')), ['Voor.', 'Na.'], 'and no paragraph for it');
    });
  });
});
