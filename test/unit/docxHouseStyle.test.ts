/**
 * The house style of an exported Word file, read from its styles and
 * numbering parts: every style a note's parts are set in has the size,
 * weight, slant, colour, font and spacing of the printed note (the same
 * measurements as the PDF and the preview), so a note looks right in Word
 * and an organisation can restyle it by its named styles.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { child, childElements, childValue, type XmlElement } from '../../server/src/core/import/docx/xml';
import { EXAMPLES, doc } from '../support/fixtures';
import { docxParts, on } from '../support/docxParts';

/** Word's units: half-points for type, twentieths of a point for spacing, 240ths of a line for line height. */
const pt = (points: number) => String(Math.round(points * 2));
const mm = (millimetres: number) => String(Math.round(((millimetres * 72) / 25.4) * 20));
const lines = (factor: number) => String(Math.round(240 * factor));

interface Look {
  name?: string;
  size?: string;
  bold?: true;
  italic?: true;
  colour?: string;
  font?: string;
  before?: string;
  after?: string;
  line?: string;
  keepNext?: true;
  outline?: string;
  indent?: string;
}

/** What a style sets, in Word's units; what it leaves to the defaults is absent. */
function lookOf(style: XmlElement | undefined): Look {
  assert.ok(style, 'the style exists');
  const paragraph = child(style, 'w:pPr');
  const run = child(style, 'w:rPr');
  const spacing = child(paragraph, 'w:spacing');
  const look: Look = {
    name: childValue(style, 'w:name'),
    size: childValue(run, 'w:sz'),
    bold: on(child(run, 'w:b')),
    italic: on(child(run, 'w:i')),
    colour: childValue(run, 'w:color'),
    font: child(run, 'w:rFonts')?.attributes['w:ascii'],
    before: spacing?.attributes['w:before'],
    after: spacing?.attributes['w:after'],
    line: spacing?.attributes['w:line'],
    keepNext: on(child(paragraph, 'w:keepNext')),
    outline: childValue(paragraph, 'w:outlineLvl'),
    indent: child(paragraph, 'w:ind')?.attributes['w:left'],
  };
  return Object.fromEntries(Object.entries(look).filter(([, value]) => value !== undefined));
}

const INK = '1B1B1B';
const FONT = 'Fira Sans';
const heading = (name: string, size: number, outline: number, before: number, after: number, bold: boolean, italic: boolean): Look => ({
  name, size: pt(size), ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}), colour: INK, font: FONT, before: mm(before), after: mm(after), keepNext: true, outline: String(outline),
});
const column = (name: string, bold = false): Look => ({ name, size: pt(7.5), ...(bold ? { bold: true } : {}), colour: INK, before: '0', after: '0', line: lines(1.3) });

const EXPECTED: Record<string, Look> = {
  Title: { name: 'Title', size: pt(12), bold: true, colour: INK, font: FONT, before: mm(4), after: mm(2) },
  Heading1: heading('Heading 1', 10, 0, 6, 2, true, false),
  Heading2: heading('Heading 2', 9.5, 1, 4, 1, true, true),
  Heading3: heading('Heading 3', 9.5, 2, 3, 1, false, true),
  Heading4: heading('Heading 4', 9.5, 3, 3, 1, false, true),
  Heading5: heading('Heading 5', 9.5, 4, 3, 1, false, true),
  NotaGeadresseerde: { name: 'Nota - Geadresseerde', after: '0' },
  NotaDocumentsoort: { name: 'Nota - Documentsoort', size: pt(22), bold: true, before: mm(10), after: mm(4), line: lines(1) },
  NotaOnderwerp: { name: 'Nota - Onderwerp', size: pt(11), bold: true, after: mm(8) },
  NotaKolomAfzender: column('Nota - Afzender', true),
  NotaKolom: column('Nota - Kolom'),
  NotaKolomLabel: { ...column('Nota - Kolomlabel', true), before: mm(2.5), keepNext: true },
  NotaLopendeKop: column('Nota - Lopende kop'),
  NotaPaginanummer: column('Nota - Paginanummer'),
  NotaConcept: { name: 'Nota - Concept', size: pt(9), bold: true, colour: 'A4262C', after: '0' },
  NotaLint: { name: 'Nota - Lint', size: '2', before: '0', after: '0', line: '20' },
  NotaCitaat: { name: 'Nota - Citaat', italic: true, indent: mm(5) },
  NotaCode: { name: 'Nota - Code', size: pt(8.5), font: 'Courier New', after: '0', line: lines(1.2) },
  NotaTabeltekst: { name: 'Nota - Tabeltekst', after: '0', line: lines(1.25) },
};

describe('the house style of an exported Word file', function () {
  this.timeout(60_000);
  const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
  const exported = async (text = example) => {
    const page = createLanguageService().page(doc('file:///huisstijl.md', text), { locale: 'nl', force: true });
    assert.ok(page);
    const { part } = await docxParts(page);
    return { styles: part('word/styles.xml'), numbering: part('word/numbering.xml') };
  };

  it('sets the text in Fira Sans 9.5 pt in near-black, Dutch, with a line of 1.45 and 2.5 mm after each paragraph', async () => {
    const { styles } = await exported();
    const defaults = child(styles, 'w:docDefaults');
    const run = child(child(defaults, 'w:rPrDefault'), 'w:rPr');
    assert.deepEqual([child(run, 'w:rFonts')?.attributes['w:ascii'], childValue(run, 'w:sz'), childValue(run, 'w:color'), childValue(run, 'w:lang')], [FONT, pt(9.5), INK, 'nl-NL']);
    const spacing = child(child(child(defaults, 'w:pPrDefault'), 'w:pPr'), 'w:spacing');
    assert.deepEqual([spacing?.attributes['w:after'], spacing?.attributes['w:line']], [mm(2.5), lines(1.45)]);
  });

  it('gives every part of the note its style: size, weight, slant, colour, font and spacing', async () => {
    const { styles } = await exported();
    const byId = new Map(childElements(styles).filter((e) => e.name === 'w:style').map((e) => [e.attributes['w:styleId'], e]));
    for (const [id, expected] of Object.entries(EXPECTED)) assert.deepEqual(lookOf(byId.get(id)), expected, id);
    // The note's own styles are quick styles based on Normal, followed by Normal.
    for (const id of Object.keys(EXPECTED).filter((key) => key.startsWith('Nota'))) {
      const style = byId.get(id) as XmlElement;
      assert.deepEqual([childValue(style, 'w:basedOn'), childValue(style, 'w:next'), on(child(style, 'w:qFormat'))], ['Normal', 'Normal', true], id);
    }
    // The draft mark is spaced out; a quotation has a grey rule on its left; code has a light grey ground; links are lintblauw and underlined.
    assert.equal(childValue(child(byId.get('NotaConcept'), 'w:rPr'), 'w:spacing'), '40');
    assert.deepEqual({ ...child(child(child(byId.get('NotaCitaat'), 'w:pPr'), 'w:pBdr'), 'w:left')?.attributes }, { 'w:val': 'single', 'w:color': 'BBBBBB', 'w:sz': '12', 'w:space': '6' });
    assert.deepEqual({ ...child(child(byId.get('NotaCode'), 'w:pPr'), 'w:shd')?.attributes }, { 'w:fill': 'F3F3F3', 'w:color': 'auto', 'w:val': 'clear' });
    const link = child(byId.get('Hyperlink'), 'w:rPr');
    assert.deepEqual([childValue(link, 'w:color'), child(link, 'w:u')?.attributes['w:val'], child(link, 'w:u')?.attributes['w:color']], ['154273', 'single', '154273']);
    assert.equal(child(child(byId.get('ListParagraph'), 'w:rPr'), 'w:rFonts')?.attributes['w:ascii'], FONT);
  });

  it('is A4 with the text column\'s margins, and names its title, subject, author, draft state, dates and language', async () => {
    const page = (text: string) => {
      const described = createLanguageService().page(doc('file:///eigenschappen.md', text), { locale: 'nl', force: true, concept: true });
      assert.ok(described);
      return described;
    };
    const now = new Date('2026-03-19T10:11:12.345Z');
    const parts = await docxParts(page(example), { now });
    const section = child(parts.body, 'w:sectPr');
    const size = child(section, 'w:pgSz')?.attributes;
    assert.deepEqual([size?.['w:w'], size?.['w:h']], ['11906', '16838']);
    const margin = child(section, 'w:pgMar')?.attributes;
    // 45 mm from the top (below the ribbon), 25 mm at the foot, 24 mm left, 67 mm right (the right-hand column's place).
    assert.deepEqual([margin?.['w:top'], margin?.['w:bottom'], margin?.['w:left'], margin?.['w:right']], [mm(45), mm(25), mm(24), String(Math.round((595.28 - (143 * 72) / 25.4) * 20))]);
    const core = parts.text('docProps/core.xml');
    const subject = 'Beleidsreactie Monitor Seksueel Geweld tegen kinderen 2020-2024';
    assert.ok(core.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '), core.slice(0, 80));
    assert.ok(core.endsWith('<dc:language>nl-NL</dc:language></cp:coreProperties>'), core.slice(-80));
    const properties = core.slice(core.indexOf('<dc:title>'), core.indexOf('<dc:language>'));
    assert.equal(properties, [
      `<dc:title>${subject}</dc:title>`,
      `<dc:subject>${subject}</dc:subject>`,
      '<dc:creator>Nota</dc:creator>',
      '<cp:keywords>CONCEPT</cp:keywords>',
      '<cp:lastModifiedBy>Nota</cp:lastModifiedBy>',
      '<cp:revision>1</cp:revision>',
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-19T10:11:12Z</dcterms:created>',
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-19T10:11:12Z</dcterms:modified>',
    ].join(''));
    // A final version has no CONCEPT keyword.
    const final = createLanguageService().page(doc('file:///definitief.md', example), { locale: 'nl' });
    assert.ok(final && !final.concept);
    const finalCore = (await docxParts(final, { now })).text('docProps/core.xml');
    assert.ok(finalCore.includes('<dc:creator>Nota</dc:creator><cp:lastModifiedBy>Nota</cp:lastModifiedBy>'), finalCore);
  });

  it('writes no subject into the properties of a note without one', async () => {
    const text = example.replace(/^onderwerp:.*\n/m, '');
    const page = createLanguageService().page(doc('file:///zonder-onderwerp.md', text), { locale: 'nl', force: true });
    assert.ok(page && page.subject === '');
    const core = (await docxParts(page)).text('docProps/core.xml');
    assert.match(core, /<dc:title>[^<]+<\/dc:title><dc:creator>Nota<\/dc:creator>/);
  });

  it('numbers lists as the note does: bullets and dashes in turn, numbers from the list\'s start, each level 5 mm further in', async () => {
    const text = example.replace('## 5. Informatie', '3. derde\n4. vierde\n\n- punt\n  - sub\n\n## 5. Informatie');
    const { numbering } = await exported(text);
    const abstracts = childElements(numbering).filter((e) => e.name === 'w:abstractNum');
    const levelsOf = (abstract: XmlElement) => childElements(abstract).filter((e) => e.name === 'w:lvl').map((lvl) => {
      const indent = child(child(lvl, 'w:pPr'), 'w:ind');
      return [childValue(lvl, 'w:start'), childValue(lvl, 'w:numFmt'), childValue(lvl, 'w:lvlText'), childValue(lvl, 'w:lvlJc'), indent?.attributes['w:left'], indent?.attributes['w:hanging'], child(child(lvl, 'w:rPr'), 'w:rFonts')?.attributes['w:ascii']];
    });
    const all = abstracts.map(levelsOf);
    const indent = (level: number) => mm(5 * (level + 1));
    const bullets = Array.from({ length: 9 }, (_, level) => ['1', 'bullet', level % 2 ? '–' : '•', 'left', indent(level), mm(4), FONT]);
    const numbers = Array.from({ length: 9 }, (_, level) => [level ? '1' : '3', 'decimal', `%${level + 1}.`, 'left', indent(level), mm(4), FONT]);
    assert.ok(all.some((levels) => JSON.stringify(levels) === JSON.stringify(bullets)), JSON.stringify(all));
    assert.ok(all.some((levels) => JSON.stringify(levels) === JSON.stringify(numbers)), JSON.stringify(all));
  });
});
