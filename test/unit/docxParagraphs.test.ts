/**
 * The paragraphs and tables of a Word part, read from small hand-written
 * body XML: text with its bold and italic (direct, character style,
 * paragraph style), line breaks, headings, list levels and Word's numbers,
 * fields, hidden and deleted text, text boxes (the right-hand column) and
 * tables. Whatever Word shows as text of the note is kept, once.
 */
import assert from 'node:assert/strict';
import { DocxNumbering } from '../../server/src/core/import/docx/numbering';
import { blocksOf, type PartContext } from '../../server/src/core/import/docx/paragraphs';
import { DocxStyles } from '../../server/src/core/import/docx/styles';
import { parseXml, rootElement } from '../../server/src/core/import/docx/xml';
import type { SourceBlock, SourceParagraph, Span } from '../../server/src/core/import/source';

const part = (xml: string) => rootElement(parseXml(xml));

const STYLES = `<w:styles>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Citaat"><w:name w:val="Quote"/><w:rPr><w:i/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="Kop genummerd 1"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="Kop genummerd 2"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Opsomming2"><w:name w:val="Opsomming 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="KopBullet"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Leeg"><w:name w:val="Leeg"/></w:style>
  <w:style w:type="character" w:styleId="SterkAfgeleid"><w:name w:val="Sterk afgeleid"/><w:basedOn w:val="Strong"/></w:style>
  <w:style w:type="character" w:styleId="NietSterk"><w:name w:val="Niet sterk"/><w:basedOn w:val="Strong"/><w:rPr><w:b w:val="0"/></w:rPr></w:style>
</w:styles>`;

const NUMBERING = `<w:numbering>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:pStyle w:val="Kop1"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:pStyle w:val="Kop2"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>`;

/** The blocks of a body, and the note references met ("footnote 3"), each answered "[n]". */
function read(body: string, styles = STYLES): { blocks: SourceBlock[]; references: string[] } {
  const references: string[] = [];
  const context: PartContext = {
    styles: new DocxStyles(part(styles)),
    numbering: new DocxNumbering(part(NUMBERING)),
    noteReference: (kind, id) => {
      references.push(`${kind} ${id}`);
      return `[${references.length}]`;
    },
  };
  return { blocks: blocksOf(part(`<w:body>${body}</w:body>`), context), references };
}

const blocks = (body: string, styles?: string) => read(body, styles).blocks;
const p = (...spans: Span[]): SourceParagraph => ({ kind: 'paragraph', lines: [{ spans, indent: 0 }], page: 0 });
const run = (text: string, properties = '') => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (inner: string, properties = '') => `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${inner}</w:p>`;
/** The text of each paragraph, lines joined with "|". */
const texts = (list: readonly SourceBlock[]) => list.map((b) => (b.kind === 'paragraph' ? b.lines.map((l) => l.spans.map((s) => s.text).join('')).join('|') : 'table'));

describe('Word paragraphs', () => {
  it('reads runs with direct bold and italic, and leaves out empty text and blank paragraphs', () => {
    const body = para(`${run('Dit is ')}<w:r><w:t/></w:r>${run('vet', '<w:b/>')}${run('schuin', '<w:i/><w:b w:val="0"/>')}`) + para(run('   ')) + '<w:p/>' + para('<w:r><w:t>a<w:x/>b</w:t></w:r>');
    assert.deepEqual(blocks(body), [p({ text: 'Dit is ' }, { text: 'vet', bold: true }, { text: 'schuin', italic: true }), p({ text: 'ab' })]);
  });

  it('starts a new line at a line break, and reads page and column breaks, tabs and special characters as text', () => {
    const body = para('<w:r><w:t>a</w:t><w:br/><w:t>b</w:t><w:cr/><w:t>c</w:t><w:br w:type="textWrapping"/><w:t>d</w:t><w:br w:type="page"/><w:t>e</w:t><w:br w:type="column"/><w:t>f</w:t></w:r>') +
      para('<w:r><w:t>1</w:t><w:tab/><w:t>2</w:t><w:ptab/><w:t>zee</w:t><w:noBreakHyphen/><w:t>en</w:t><w:softHyphen/><w:t>land</w:t><w:lastRenderedPageBreak/></w:r>') +
      para('<w:r><w:sym w:char="0041"/><w:sym w:char="F0B7"/><w:sym w:char="FFFF"/><w:sym w:char="0"/><w:sym w:char="10000"/><w:sym w:char="zz"/><w:sym/></w:r>') +
      para('<w:r><w:t xml:space="preserve"> </w:t><w:br/><w:t>na een lege regel</w:t></w:r>');
    assert.deepEqual(texts(blocks(body)), ['a|b|c|d e f', '1 2 zee-enland', 'A\uf0b7\uffff', ' |na een lege regel']);
  });

  it('takes bold and italic from direct formatting, else from the paragraph style (or the default one) as a character style toggles it', () => {
    const strong = (text: string, style = 'Strong') => run(text, `<w:rStyle w:val="${style}"/>`);
    const body = para(run('kop') + run('niet vet', '<w:b w:val="0"/>') + strong('sterk') + run('leeg', '<w:rStyle w:val="Leeg"/>') + strong('afgeleid', 'SterkAfgeleid') + strong('uit', 'NietSterk') + run('direct', '<w:rStyle w:val="Strong"/><w:b/>'), '<w:pStyle w:val="Heading1"/>') +
      para(strong('sterk') + run('nadruk', '<w:rStyle w:val="Emphasis"/>') + run('onbekend', '<w:rStyle w:val="Onbekend"/>') + strong('afgeleid', 'SterkAfgeleid') + strong('uit', 'NietSterk')) +
      para(run('citaat') + run('recht', '<w:i w:val="0"/>') + run('nadruk', '<w:rStyle w:val="Emphasis"/>'), '<w:pStyle w:val="Citaat"/>');
    assert.deepEqual(blocks(body), [
      // In a bold heading, Strong turns bold off (ECMA-376 §17.7.3); a style that sets bold false leaves it on; direct bold wins.
      { ...p({ text: 'kop', bold: true }, { text: 'niet vet' }, { text: 'sterk' }, { text: 'leeg', bold: true }, { text: 'afgeleid' }, { text: 'uit', bold: true }, { text: 'direct', bold: true }), headingLevel: 1 },
      p({ text: 'sterk', bold: true }, { text: 'nadruk', italic: true }, { text: 'onbekend' }, { text: 'afgeleid', bold: true }, { text: 'uit' }),
      p({ text: 'citaat', italic: true }, { text: 'recht' }, { text: 'nadruk' }),
    ]);
    const italicDefault = '<w:styles><w:style w:type="paragraph" w:default="1" w:styleId="Basis"><w:rPr><w:i/></w:rPr></w:style></w:styles>';
    assert.deepEqual(blocks(para(run('schuin')), italicDefault), [p({ text: 'schuin', italic: true })]);
  });

  it('takes a heading level from the paragraph\'s outline level first (9 is body text), else from its style', () => {
    const body = para(run('a'), '<w:pStyle w:val="Heading1"/>') + para(run('b'), '<w:outlineLvl w:val="1"/>') + para(run('c'), '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>') +
      para(run('d'), '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="x"/>') + para(run('e'));
    assert.deepEqual(blocks(body).map((b) => (b as SourceParagraph).headingLevel), [1, 2, undefined, 1, undefined]);
    assert.equal('headingLevel' in (blocks(para(run('e')))[0] as SourceParagraph), false);
  });

  it('puts a paragraph in a frame at the right of the page in the right-hand column', () => {
    const frame = (attributes: string) => para(run('x'), `<w:framePr ${attributes}/>`);
    const columns = blocks(frame('w:xAlign="right"') + frame('w:xAlign="outside"') + frame('w:x="5001"') + frame('w:x="5000"') + frame('w:xAlign="left"') + frame('w:wrap="around"') + para(run('x')));
    assert.deepEqual(columns.map((b) => b.column), ['side', 'side', 'side', undefined, undefined, undefined, undefined]);
    assert.equal('column' in (columns[3] as SourceParagraph), false);
  });

  it('gives list paragraphs their level and the number Word shows; list 0 and unknown lists are no list', () => {
    const item = (numId: string, ilvl?: string, style = '') => para(run('x'), `${style}<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`);
    const body = item('2', '0') + item('2', '1') + item('2', '1') + item('2', '0') + item('1', '0') + item('1', '1') + item('0', '0') + item('7', '0') + item('2', 'x') + item('2');
    assert.deepEqual(blocks(body).map((b) => (b as SourceParagraph).list), [
      { level: 0, ordered: true, label: '1.' },
      { level: 1, ordered: true, label: 'a.' },
      { level: 1, ordered: true, label: 'b.' },
      { level: 0, ordered: true, label: '2.' },
      { level: 0, ordered: false },
      { level: 1, ordered: false },
      undefined,
      undefined,
      { level: 0, ordered: true, label: '3.' },
      { level: 0, ordered: true, label: '4.' },
    ]);
  });

  // A style bound to a level of its numbering takes that level, whatever level its own numbering names (Kop2 names 0, is bound to 1).
  it('takes a list level from the style: its binding in the numbering first, else its own level, unless the paragraph names a list', () => {
    const body = para(run('kop'), '<w:pStyle w:val="Kop1"/>') + para(run('sub'), '<w:pStyle w:val="Kop2"/>') + para(run('ongenummerd'), '<w:pStyle w:val="Kop2"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
      para(run('sub'), '<w:pStyle w:val="Kop2"/>') + para(run('opsomming'), '<w:pStyle w:val="Opsomming2"/>') + para(run('eigen lijst'), '<w:pStyle w:val="Opsomming2"/><w:numPr><w:numId w:val="2"/></w:numPr>') +
      para(run('kop met bolletje'), '<w:pStyle w:val="KopBullet"/>');
    const seen = blocks(body).map((b) => {
      const { headingLevel, number, list } = b as SourceParagraph;
      return { headingLevel, number, list };
    });
    assert.deepEqual(seen, [
      { headingLevel: 1, number: '1.', list: undefined },
      { headingLevel: 2, number: '1.1.', list: undefined },
      { headingLevel: 2, number: undefined, list: undefined },
      { headingLevel: 2, number: '1.2.', list: undefined },
      { headingLevel: undefined, number: undefined, list: { level: 1, ordered: true, label: 'a.' } },
      { headingLevel: undefined, number: undefined, list: { level: 0, ordered: true, label: '1.' } },
      { headingLevel: 2, number: undefined, list: undefined },
    ]);
    assert.equal('number' in (blocks(para(run('kop met bolletje'), '<w:pStyle w:val="KopBullet"/>'))[0] as SourceParagraph), false);
  });

  it('shows a field\'s result, not its instruction, nested fields included', () => {
    const field = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const instruction = (text: string) => `<w:r><w:instrText>${text}</w:instrText><w:t>${text}</w:t><w:br/></w:r>`;
    const body = para(run('Pagina ') + field('begin') + instruction('PAGE') + field('separate') + run('2') + field('end') + run(' klaar')) +
      para(field('begin') + instruction('IF ') + field('begin') + instruction('PAGE') + field('separate') + run('9') + field('end') + instruction(' = 1 "ja" "nee"') + field('separate') + run('ja') + field('end') + run('.')) +
      para(field('begin') + instruction('TOC') + field('end') + run('na') + field('separate') + run(' en')) +
      para(field('begin') + instruction('X') + field('onbekend') + instruction('Y') + field('separate') + run('uitkomst') + field('end'));
    assert.deepEqual(texts(blocks(body)), ['Pagina 2 klaar', 'ja.', 'na en', 'uitkomst']);
  });

  it('leaves out hidden, deleted and moved-away text, and keeps inserted, moved-in and linked text', () => {
    const wrap = (name: string, text: string) => `<${name}>${run(text)}</${name}>`;
    const inline = ['w:hyperlink', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:dir', 'w:bdo'].map((name, i) => wrap(name, String(i))).join('');
    const body = para(inline + wrap('w:del', 'weg') + wrap('w:moveFrom', 'weg') + run('verborgen', '<w:vanish/>') + run('zichtbaar', '<w:vanish w:val="0"/>') +
      `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${run('veld')}</w:sdtContent></w:sdt>` +
      `<mc:AlternateContent><mc:Choice>${run('nieuw')}</mc:Choice><mc:Fallback>${run('oud')}</mc:Fallback></mc:AlternateContent>` +
      `<mc:AlternateContent><mc:Choice>${run('keuze')}</mc:Choice></mc:AlternateContent><mc:AlternateContent/>`);
    assert.deepEqual(texts(blocks(body)), ['01234567zichtbaarveldoudkeuze']);
  });

  it('reads paragraphs inside content controls, custom XML, insertions and alternate content, not deleted or moved-away ones', () => {
    const body = `<w:sdt><w:sdtPr/><w:sdtContent>${para(run('a'))}</w:sdtContent></w:sdt><w:customXml>${para(run('b'))}</w:customXml><w:ins>${para(run('c'))}</w:ins><w:moveTo>${para(run('d'))}</w:moveTo>` +
      `<w:moveFrom>${para(run('weg'))}</w:moveFrom><w:del>${para(run('weg'))}</w:del><w:sdt>${para(run('e'))}</w:sdt>` +
      `<mc:AlternateContent><mc:Choice>${para(run('nieuw'))}</mc:Choice><mc:Fallback>${para(run('f'))}</mc:Fallback></mc:AlternateContent>` +
      `<mc:AlternateContent><mc:Choice>${para(run('g'))}</mc:Choice></mc:AlternateContent><mc:AlternateContent/><w:bookmarkStart w:id="1"/>`;
    assert.deepEqual(texts(blocks(body)), ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('asks for the marker of each footnote and endnote reference, in order', () => {
    const { blocks: found, references } = read(para(run('Zie') + '<w:r><w:footnoteReference w:id="3"/></w:r><w:r><w:endnoteReference w:id="1"/><w:footnoteReference/></w:r>' + run('.')));
    assert.deepEqual(texts(found), ['Zie[1][2][3].']);
    assert.deepEqual(references, ['footnote 3', 'endnote 1', 'footnote ']);
  });

  it('places text boxes after their paragraph, and those at the right of the page before it, in the right-hand column', () => {
    const box = (text: string) => `<w:txbxContent>${para(run(text))}</w:txbxContent>`;
    const anchored = (position: string, text = 'vak') => `<w:r><w:drawing><wp:anchor>${position}<a:graphic><a:graphicData><wps:wsp><wps:txbx>${box(text)}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
    const shape = (style: string, text = 'vak') => `<w:r><w:pict><v:shape${style ? ` style="${style}"` : ''}><v:textbox>${box(text)}</v:textbox></v:shape></w:pict></w:r>`;
    assert.deepEqual(blocks(para(run('Aan') + shape('width:100pt'))), [p({ text: 'Aan' }), p({ text: 'vak' })]);
    assert.deepEqual(blocks(para(run('Aan') + anchored('<wp:positionH relativeFrom="page"><wp:align>right</wp:align></wp:positionH>', 'Datum'))), [{ ...p({ text: 'Datum' }), column: 'side' }, p({ text: 'Aan' })]);
    assert.deepEqual(blocks(para(`<w:r><w:object>${'<v:shape><v:textbox>' + box('object') + '</v:textbox></v:shape>'}</w:object></w:r>`)), [p({ text: 'object' })]);
    const column = (runs: string) => blocks(para(runs)).map((b) => b.column ?? 'body').join(' ');
    const positions = ['<wp:align>\n right\n</wp:align>', '<wp:align>outside</wp:align>', '<wp:align>left</wp:align>', '<wp:posOffset>3175001</wp:posOffset>', '<wp:posOffset>3175000</wp:posOffset>', '<wp:posOffset></wp:posOffset>',
      // The text of the element, around a comment or an element inside it.
      '<wp:posOffset>31<!-- x -->75001</wp:posOffset>', '<wp:align><wp:x/>right</wp:align>'];
    assert.deepEqual(positions.map((inner) => column(anchored(`<wp:positionH relativeFrom="page">${inner}</wp:positionH>`))), ['side', 'side', 'body', 'side', 'body', 'body', 'side', 'side']);
    assert.equal(column(anchored('')), 'body');
    const styles = ['position:absolute;margin-left:300pt', 'position: absolute; margin-left: 250pt', 'position:absolute;margin-left:250.5pt', 'margin-left:300pt;position:absolute', 'mso-position-horizontal:right;position:absolute', 'position:absolute;mso-position-horizontal: outside', 'margin-left:300pt', '', 'position:absolute;margin-left:30pt;left:300pt', 'position: absolute; margin-left: 300pt', 'position:absolute;mso-wrap-margin-left:300pt'];
    assert.deepEqual(styles.map((style) => column(shape(style))), ['side', 'body', 'side', 'side', 'side', 'side', 'body', 'body', 'body', 'side', 'body']);
  });

  it('reads a text box that Word saves twice (new and old markup) once, and an empty alternative as nothing', () => {
    const box = `<w:txbxContent>${para(run('vak'))}<w:tbl><w:tr><w:tc>${para(run('cel'))}</w:tc></w:tr></w:tbl></w:txbxContent>`;
    const twice = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:positionH><wp:align>right</wp:align></wp:positionH><wps:txbx>${box}</wps:txbx></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="position:absolute;margin-left:400pt"><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    assert.deepEqual(blocks(para(twice)), [{ ...p({ text: 'vak' }), column: 'side' }, { kind: 'table', rows: [[[{ text: 'cel' }]]], page: 0, column: 'side' }]);
    const nested = `<w:r><w:drawing><wp:anchor><wp:positionH><wp:align>right</wp:align></wp:positionH><mc:AlternateContent><mc:Fallback><wps:txbx>${box}</wps:txbx></mc:Fallback></mc:AlternateContent></wp:anchor></w:drawing><w:pict><mc:AlternateContent/></w:pict></w:r>`;
    assert.deepEqual(texts(blocks(para(nested))), ['vak', 'table']);
    assert.deepEqual(blocks(para('<w:r><mc:AlternateContent/></w:r>')), []);
  });

  it('reads a table as rows of cells, paragraphs and lines of a cell joined by spaces, a nested table flattened', () => {
    const cell = (inner: string) => `<w:tc><w:tcPr/>${inner}</w:tc>`;
    const nested = `<w:tbl><w:tr>${cell(para(run('x')))}${cell(para(run('y')))}</w:tr></w:tbl>`;
    const table = `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:trPr/>${cell(para(run('Jaar')))}${cell(para(run('Bedrag')) + para(run('(mln)')))}</w:tr>` +
      `<w:tr>${cell(para(run('a') + '<w:r><w:br/></w:r>' + run('b', '<w:b/>')))}${cell(nested)}${cell('<w:p/>')}</w:tr></w:tbl>`;
    assert.deepEqual(blocks(table), [{
      kind: 'table',
      rows: [
        [[{ text: 'Jaar' }], [{ text: 'Bedrag' }, { text: ' ' }, { text: '(mln)' }]],
        [[{ text: 'a' }, { text: ' ' }, { text: 'b', bold: true }], [{ text: 'x' }, { text: ' ' }, { text: 'y' }], []],
      ],
      page: 0,
    }]);
  });

  it('reads a table that holds the note\'s head as paragraphs, the cells right of the first in the right-hand column', () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const nested = `<w:tbl><w:tr>${cell(para(run('Bijlage')))}</w:tr></w:tbl>`;
    const layout = (label: string) => `<w:tbl><w:tr>${cell(para(run('Aan de minister')))}${cell(para(run(label)) + para(run('1 maart 2026')) + nested)}</w:tr></w:tbl>`;
    const side = (text: string) => ({ ...p({ text }), column: 'side' });
    const table = { kind: 'table', rows: [[[{ text: 'Bijlage' }]]], page: 0 };
    assert.deepEqual(blocks(layout('Datum')), [p({ text: 'Aan de minister' }), side('Datum'), side('1 maart 2026'), table]);
    assert.deepEqual(blocks(layout('Onze referentie')).map((b) => b.column), [undefined, 'side', 'side', undefined]);
    assert.deepEqual(blocks(layout('Kenmerk van de brief')).map((b) => b.kind), ['table']);
    // A label and its value in runs of their own (the value bold) still make the head.
    const split = `<w:tbl><w:tr>${cell(para(run('Aan de minister')))}${cell(para(run('Datum') + run(' 1 maart 2026', '<w:b/>')))}</w:tr></w:tbl>`;
    assert.deepEqual(blocks(split).map((b) => [b.kind, b.column]), [['paragraph', undefined], ['paragraph', 'side']]);
  });
});
