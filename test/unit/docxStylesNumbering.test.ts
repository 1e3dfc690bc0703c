/**
 * Word's styles and automatic numbering, read from small styles.xml and
 * numbering.xml parts: which styles are headings and at what level, bold and
 * italic through basedOn and the document defaults, the default paragraph
 * style; and the numbers Word shows before list items and headings
 * (formats, multi-level texts, start values and overrides, shared counters).
 */
import assert from 'node:assert/strict';
import { DocxNumbering } from '../../server/src/core/import/docx/numbering';
import { DocxStyles, toggle } from '../../server/src/core/import/docx/styles';
import { child, parseXml, rootElement } from '../../server/src/core/import/docx/xml';

const styles = (xml: string) => new DocxStyles(rootElement(parseXml(`<w:styles>${xml}</w:styles>`)));
const style = (id: string, inner = '', attributes = '') => `<w:style w:type="paragraph" w:styleId="${id}"${attributes}>${inner}</w:style>`;
const named = (name: string) => `<w:name w:val="${name}"/>`;

const numbering = (xml: string) => new DocxNumbering(rootElement(parseXml(`<w:numbering>${xml}</w:numbering>`)));
const lvl = (ilvl: number, format: string, text: string, more = '') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${more}</w:lvl>`;
const abstract = (id: number, levels: string) => `<w:abstractNum w:abstractNumId="${id}">${levels}</w:abstractNum>`;
const num = (numId: number, abstractId: number, overrides = '') => `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;

/** The label of the first item of a one-level list in `format` starting at `start`. */
function first(format: string, start: number): string | undefined {
  return numbering(`${abstract(1, `<w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1"/></w:lvl>`)}${num(1, 1)}`).next('1', 0)?.label;
}

describe('Word styles', () => {
  it('reads a toggle as on unless its value is 0, false, off or none', () => {
    const value = (xml: string) => toggle(rootElement(parseXml(`<w:rPr>${xml}</w:rPr>`)), 'w:b');
    assert.equal(value('<w:b/>'), true);
    for (const on of ['1', 'true', 'on', '10', 'offline']) assert.equal(value(`<w:b w:val="${on}"/>`), true, on);
    for (const off of ['0', 'false', 'off', 'none', 'FALSE', 'Off']) assert.equal(value(`<w:b w:val="${off}"/>`), false, off);
    assert.equal(value('<w:i/>'), undefined);
    assert.equal(toggle(undefined, 'w:b'), undefined);
  });

  it('takes the named paragraph style, else the default paragraph style', () => {
    const read = styles(
      style('Normal', named('Normal'), ' w:default="1"') +
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"/>' +
        style('', named('zonder id'), ' w:default="1"') +
        '<w:style w:type="paragraph" w:default="1"/>' +
        style('Plat', '', ' w:default="0"') +
        '<w:latentStyles w:styleId="Vreemd"/>',
    );
    assert.equal(read.paragraphStyle(undefined), 'Normal');
    assert.equal(read.paragraphStyle('Plat'), 'Plat');
    assert.equal(read.paragraphStyle('Onbekend'), 'Normal');
    assert.equal(read.paragraphStyle('Vreemd'), 'Normal', 'only w:style elements are styles');
    assert.equal(read.paragraphStyle(''), 'Normal');
    assert.equal(styles(style('Tekst', '', ' w:default="true"')).paragraphStyle(undefined), 'Tekst');
    assert.equal(styles(style('Tekst', '', ' w:default="false"')).paragraphStyle(undefined), undefined);
    assert.equal(styles(style('Tekst', '', ' w:default="01"')).paragraphStyle(undefined), undefined);
    assert.equal(styles(style('Tekst', '', ' w:default="10"')).paragraphStyle(undefined), undefined);
    assert.equal(styles(style('Tekst')).paragraphStyle(undefined), undefined);
  });

  it('reads heading levels from style names in English and Dutch, through basedOn', () => {
    const read = styles(
      style('H1', named('heading 1')) + style('H2', named('Heading 2')) + style('K3', named('Kop 3')) + style('K4', named('kop4')) + style('H5', named('HEADING  5')) +
        style('Heading6') + style('Char', named('Heading 1 Char')) + style('Bijlage', named('Appendix Heading 1')) + style('Hx', named('heading x')) +
        style('Titel', named('Title')) + style('Eigen', named('Eigen kop') + '<w:basedOn w:val="H2"/>'),
    );
    const levels = ['H1', 'H2', 'K3', 'K4', 'H5', 'Heading6', 'Char', 'Bijlage', 'Hx', 'Titel', 'Eigen', 'Onbekend'].map((id) => read.headingLevel(id));
    assert.deepEqual(levels, [1, 2, 3, 4, 5, 6, undefined, undefined, undefined, undefined, 2, undefined]);
    assert.equal(read.headingLevel(undefined), undefined);
  });

  it('lets an outline level decide before any style name, level 9 being body text', () => {
    const outline = (value: string) => `<w:pPr><w:outlineLvl w:val="${value}"/></w:pPr>`;
    const read = styles(
      style('Titel', named('Title') + outline('0')) + style('Diep', outline('8')) + style('Tekst', named('heading 2') + outline('9')) +
        style('Tien', named('heading 2') + outline('10')) + style('X1', named('heading 3') + outline('1x')) +
        style('Afgeleid', named('heading 4') + '<w:basedOn w:val="Basis"/>') + style('Basis', outline('1')),
    );
    assert.deepEqual(['Titel', 'Diep', 'Tekst', 'Tien', 'X1', 'Afgeleid'].map((id) => read.headingLevel(id)), [1, 9, undefined, 2, 3, 2]);
  });

  it('ends a basedOn loop instead of following it for ever', () => {
    const read = styles(style('A', '<w:basedOn w:val="B"/>') + style('B', '<w:basedOn w:val="A"/>') + style('C', '<w:basedOn w:val="C"/><w:rPr><w:b/></w:rPr>'));
    assert.equal(read.headingLevel('A'), undefined);
    assert.equal(read.bold('A'), false);
    assert.equal(read.bold('C'), true);
  });

  it('takes bold and italic from the nearest style that sets them, else the document defaults', () => {
    const read = styles(
      '<w:docDefaults><w:rPrDefault><w:rPr><w:i/></w:rPr></w:rPrDefault></w:docDefaults>' +
        style('Vet', '<w:rPr><w:b/></w:rPr>') + style('NietVet', '<w:basedOn w:val="Vet"/><w:rPr><w:b w:val="0"/><w:i w:val="false"/></w:rPr>') +
        style('Afgeleid', '<w:basedOn w:val="Vet"/>') + style('Gewoon'),
    );
    assert.deepEqual(['Vet', 'NietVet', 'Afgeleid', 'Gewoon'].map((id) => [read.bold(id), read.italic(id)]), [[true, true], [false, false], [true, true], [false, true]]);
    const plain = styles(style('Schuin', '<w:rPr><w:i/></w:rPr>') + '<w:docDefaults><w:rPrDefault><w:rPr><w:b/></w:rPr></w:rPrDefault></w:docDefaults>');
    assert.deepEqual([plain.bold('Schuin'), plain.italic('Schuin'), plain.bold(undefined), plain.italic(undefined)], [true, true, true, false]);
  });

  it('reads the numbering a style attaches, through basedOn, with its level when it names one', () => {
    const read = styles(
      style('Lijst', '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr>') + style('Kop', '<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr>') +
        style('Sub', '<w:basedOn w:val="Lijst"/>') + style('Gewoon'),
    );
    assert.deepEqual(read.numbering('Lijst'), { numId: '3', ilvl: '1' });
    assert.deepEqual(read.numbering('Kop'), { numId: '4', ilvl: undefined });
    assert.deepEqual(read.numbering('Sub'), { numId: '3', ilvl: '1' });
    assert.equal(read.numbering('Gewoon'), undefined);
    assert.equal(read.numbering(undefined), undefined);
  });

  it('knows no styles when the file has no styles part', () => {
    const none = new DocxStyles(undefined);
    assert.deepEqual([none.paragraphStyle(undefined), none.paragraphStyle('Normal'), none.headingLevel('Heading1'), none.bold(undefined), none.italic(undefined), none.numbering('Heading1')], [undefined, undefined, undefined, false, false, undefined]);
    assert.equal(child(undefined, 'w:style'), undefined);
  });
});

describe('Word numbering', () => {
  it('numbers a list with a nested level as Word shows it, restarting the nested level', () => {
    const read = numbering(abstract(1, lvl(0, 'decimal', '%1.') + lvl(1, 'lowerLetter', '%2)')) + num(5, 1));
    const steps: [number, string | undefined][] = [[0, '1.'], [1, 'a)'], [1, 'b)'], [0, '2.'], [1, 'a)']];
    for (const [level, label] of steps) assert.deepEqual(read.next('5', level), { level, ordered: true, label });
  });

  it('fills multi-level texts with each level in its own format, and an unused level above with its start', () => {
    const read = numbering(abstract(1, `<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>` + lvl(1, 'decimal', '%1.%2.') + lvl(2, 'decimal', '%1.%2.%3.%5')) + num(1, 1));
    assert.equal(read.next('1', 1)?.label, 'III.1.');
    assert.equal(read.next('1', 2)?.label, 'III.1.1.1');
    assert.equal(read.next('1', 0)?.label, 'III.');
    assert.equal(read.next('1', 1)?.label, 'III.1.');
  });

  it('starts at a level\'s start value (1 when it names none, 0 when it says so) and counts in decimals without a format', () => {
    const read = numbering(
      abstract(1, '<w:lvl w:ilvl="0"><w:lvlText w:val="%1."/></w:lvl>') + abstract(2, '<w:lvl w:ilvl="0"><w:start w:val="0"/><w:lvlText w:val="%1. "/></w:lvl>') +
        abstract(3, '<w:lvl><w:start w:val="7"/><w:numFmt w:val="decimal"/></w:lvl>') + abstract(4, lvl(0, 'decimal', ' ')) + num(1, 1) + num(2, 2) + num(3, 3) + num(4, 4),
    );
    assert.deepEqual([read.next('1', 0)?.label, read.next('1', 0)?.label, read.next('2', 0)?.label], ['1.', '2.', '0.']);
    assert.deepEqual(read.next('3', 0), { level: 0, ordered: true, label: undefined });
    assert.deepEqual(read.next('4', 0), { level: 0, ordered: true, label: undefined });
  });

  it('gives bullets no label and shows nothing for a level in format none', () => {
    const read = numbering(abstract(1, lvl(0, 'bullet', '\uf0b7') + lvl(1, 'none', '')) + num(1, 1));
    assert.deepEqual(read.next('1', 0), { level: 0, ordered: false });
    assert.equal(read.next('1', 1), undefined);
  });

  it('counts on across lists that share a definition, and a start override restarts one once', () => {
    const read = numbering(
      abstract(1, lvl(0, 'decimal', '%1.') + lvl(1, 'lowerLetter', '%2)')) + num(1, 1) + num(2, 1) +
        num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride><w:lvlOverride w:ilvl="1"><w:startOverride w:val="4"/></w:lvlOverride>') +
        num(4, 1, '<w:lvlOverride><w:startOverride w:val="1"/></w:lvlOverride>'),
    );
    const labels = (steps: [string, number][]) => steps.map(([id, level]) => read.next(id, level)?.label);
    assert.deepEqual(labels([['1', 0], ['2', 0], ['1', 0]]), ['1.', '2.', '3.']);
    assert.deepEqual(labels([['3', 1], ['3', 0], ['3', 0], ['2', 0]]), ['d)', '5.', '6.', '7.']);
    assert.deepEqual(labels([['4', 0], ['4', 0]]), ['1.', '2.']);
  });

  it('shows nothing for list 0, an unknown list or level, and a list without its definition', () => {
    const read = numbering(
      abstract(1, lvl(0, 'decimal', '%1.')) + '<w:abstractNum>' + lvl(0, 'decimal', '%1.') + '</w:abstractNum>' + num(0, 1) + num(2, 9) +
        '<w:num w:numId="3"/><w:num><w:abstractNumId w:val="1"/></w:num>',
    );
    assert.deepEqual([read.next('0', 0), read.next('1', 0), read.next('2', 0), read.next('3', 0), read.next('', 0)], [undefined, undefined, undefined, undefined, undefined]);
    const known = numbering(abstract(1, lvl(0, 'decimal', '%1.')) + num(1, 1));
    assert.equal(known.next('1', 1), undefined);
  });

  it('takes only w:lvl elements as levels', () => {
    const read = numbering(abstract(1, '<w:nsid w:val="1"/><w:multiLevelType w:val="hybridMultilevel"/>' + lvl(1, 'decimal', '%2.') + '<w:tmpl w:val="2"/>') + num(1, 1));
    assert.equal(read.next('1', 0), undefined);
    assert.equal(read.next('1', 1)?.label, '1.');
  });

  it('takes only w:num elements as lists, not another element with the same attribute and child', () => {
    const read = numbering(abstract(1, lvl(0, 'decimal', '%1.')) + '<w:numPicBullet w:numId="5"><w:abstractNumId w:val="1"/></w:numPicBullet>' + num(6, 1));
    assert.equal(read.next('5', 0), undefined);
    assert.equal(read.next('6', 0)?.label, '1.');
  });

  it('knows the level a paragraph style is bound to', () => {
    const read = numbering(abstract(3, lvl(0, 'decimal', '%1.', '<w:pStyle w:val="Heading1"/>') + lvl(1, 'decimal', '%1.%2.', '<w:pStyle w:val="Heading2"/>') + lvl(2, 'decimal', '%3')) + num(3, 3));
    assert.deepEqual([read.styleLevel('3', 'Heading1'), read.styleLevel('3', 'Heading2'), read.styleLevel('3', 'Normal'), read.styleLevel('3', undefined), read.styleLevel('9', 'Heading2')], [0, 1, undefined, undefined, undefined]);
  });

  it('writes letters and roman numerals as Word does', () => {
    assert.deepEqual([1, 3, 26, 27, 52, 53, 0].map((n) => first('lowerLetter', n)), ['a', 'c', 'z', 'aa', 'zz', 'aaa', 'a']);
    assert.deepEqual([1, 28].map((n) => first('upperLetter', n)), ['A', 'BB']);
    assert.deepEqual([4, 9].map((n) => first('lowerRoman', n)), ['iv', 'ix']);
    assert.deepEqual([1994, 3888, 444, 5, 3999, 4000, 0].map((n) => first('upperRoman', n)), ['MCMXCIV', 'MMMDCCCLXXXVIII', 'CDXLIV', 'V', 'MMMCMXCIX', 'MMMCMXCIX', 'I']);
    assert.deepEqual([first('decimal', 12), first('decimalZero', 7), first('ordinal', 3)], ['12', '7', '3']);
  });

  it('numbers nothing when the file has no numbering part', () => {
    const none = new DocxNumbering(undefined);
    assert.equal(none.next('1', 0), undefined);
    assert.equal(none.styleLevel('1', 'Heading1'), undefined);
  });
});
