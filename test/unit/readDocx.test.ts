/**
 * A Word file read as a whole, from small hand-made packages: the main
 * document found through the package relationships (wherever it lies),
 * its styles, footnotes and endnotes kept at the end, headers and footers
 * dropped and reported (or read as the right-hand column), UTF-16 parts, and
 * hostile or damaged packages refused with the exact error and part.
 */
import assert from 'node:assert/strict';
import { readDocx } from '../../server/src/core/import/docx/readDocx';
import type { SourceParagraph, Span } from '../../server/src/core/import/source';
import { nodeEnvironment } from '../../server/src/import/engine';
import { failsWith } from '../support/importErrors';
import { zip, type ZipInput } from '../support/zipWriter';

const inflate = nodeEnvironment('').inflateRaw;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MB = 1024 * 1024;

const rel = (id: string, type: string, target: string, more = '') => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"${more}/>`;
const rels = (...list: string[]) => `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.join('')}</Relationships>`;
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (inner: string, properties = '') => `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${inner}</w:p>`;
const document = (body: string, section = '') => `<?xml version="1.0" encoding="UTF-8"?><w:document><w:body>${body}<w:sectPr>${section}</w:sectPr></w:body></w:document>`;
const STYLES = '<w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>';
const p = (...spans: Span[]): SourceParagraph => ({ kind: 'paragraph', lines: [{ spans, indent: 0 }], page: 0 });
const side = (paragraph: SourceParagraph): SourceParagraph => ({ ...paragraph, column: 'side' });

function read(parts: Record<string, string | Uint8Array>, extra: ZipInput[] = []) {
  return readDocx(zip([...Object.entries(parts).map(([name, data]) => ({ name, data })), ...extra]), inflate);
}

/** A package as Word writes it: the main document in word/, found through _rels/.rels, with the parts it relates. */
function word(body: string, related: string[] = [], parts: Record<string, string | Uint8Array> = {}, section = '') {
  return {
    '[Content_Types].xml': '<Types/>',
    '_rels/.rels': rels(rel('rId3', 'extended-properties', 'docProps/app.xml'), rel('rId2', 'metadata/core-properties', 'docProps/core.xml'), rel('rId1', 'officeDocument', 'word/document.xml')),
    'docProps/core.xml': '<cp:coreProperties/>',
    'docProps/app.xml': '<Properties/>',
    'word/document.xml': document(body, section),
    'word/_rels/document.xml.rels': rels(...related),
    ...parts,
  };
}

const fails = failsWith;

const headingOf = (result: ReturnType<typeof readDocx>) => (result.blocks[0] as SourceParagraph).headingLevel;

describe('Word file reader', () => {
  it('reads the body of the main document into blocks', () => {
    assert.deepEqual(read(word(para(run('Hallo')) + para(run('wereld')))), { format: 'docx', blocks: [p({ text: 'Hallo' }), p({ text: 'wereld' })], dropped: [] });
  });

  it('finds the main document and its styles through the package relationships, wherever they lie', () => {
    const heading = para(run('Kop'), '<w:pStyle w:val="Heading1"/>');
    const elsewhere = {
      '_rels/.rels': rels('<Relationship Id="rX" Type="x"/>', rel('rId1', 'officeDocument', 'doc/nota/main.xml')),
      'doc/nota/main.xml': document(heading),
      'doc/nota/_rels/main.xml.rels': rels(rel('rId1', 'styles', '../stijlen.xml')),
      'doc/stijlen.xml': STYLES,
    };
    assert.equal(headingOf(read(elsewhere)), 1);
    const atTheRoot = { '_rels/.rels': rels(rel('rId1', 'officeDocument', '/main.xml')), 'main.xml': document(heading), '_rels/main.xml.rels': rels(rel('rId1', 'styles', 'styles.xml')), 'styles.xml': STYLES };
    assert.equal(headingOf(read(atTheRoot)), 1);
    for (const target of ['styles.xml', './styles.xml', '/word/styles.xml', '../word/styles.xml', '../../word//styles.xml']) {
      assert.equal(headingOf(read(word(heading, [rel('rId1', 'styles', target)], { 'word/styles.xml': STYLES }))), 1, target);
    }
    assert.equal(headingOf(read(word(heading, [rel('rId1', 'styles', 'styles.xml', ' TargetMode="External"')], { 'word/styles.xml': STYLES }))), undefined);
  });

  it('finds the numbering through the package relationships, and reads only Relationship elements as relationships', () => {
    const numbering = '<w:numbering><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num></w:numbering>';
    const item = para(run('punt'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr>');
    const listOf = (related: string[]) => (read(word(item, related, { 'word/numbering.xml': numbering })).blocks[0] as SourceParagraph).list;
    assert.deepEqual(listOf([rel('rId1', 'numbering', 'numbering.xml')]), { level: 0, ordered: true, label: '1.' });
    assert.equal(listOf([]), undefined);
    // An element of another name with the same attributes relates nothing.
    assert.equal(listOf([`<Relatie Id="rId1" Type="${REL}/numbering" Target="numbering.xml"/>`]), undefined);
    const heading = para(run('Kop'), '<w:pStyle w:val="Heading1"/>');
    assert.equal(headingOf(read(word(heading, [`<Rel Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`], { 'word/styles.xml': STYLES }))), undefined);
  });

  it('takes word/document.xml when the package names no main document, and never follows an external one', () => {
    assert.deepEqual(read({ 'word/document.xml': document(para(run('zonder relaties'))) }).blocks, [p({ text: 'zonder relaties' })]);
    const external = { '_rels/.rels': rels(rel('rId1', 'officeDocument', 'http://example.org/word/document.xml', ' TargetMode="External"')), 'word/document.xml': document(para(run('hier'))) };
    assert.deepEqual(read(external).blocks, [p({ text: 'hier' })]);
  });

  it('refuses a zip archive without a Word main document or without its body', () => {
    fails(() => read({ '[Content_Types].xml': '<Types/>' }), 'docx-not-word', {});
    fails(() => read({ 'word/document.xml': '<w:document/>' }), 'docx-not-word', {});
  });

  it('refuses a DTD or entity declaration in any XML part, read or not, whatever the case of its name', () => {
    fails(() => read(word(para(run('x')), [], { 'customXml/item1.xml': '<!DOCTYPE x [<!ENTITY a "b">]><x/>' })), 'xml-declaration', { part: 'customXml/item1.xml' });
    fails(() => read(word(para(run('x')), [], { 'word/EXTRA.XML': '<!doctype x><x/>' })), 'xml-declaration', { part: 'word/EXTRA.XML' });
    fails(() => read(word(para(run('x')), [], { '_rels/extra.RELS': '<x><!entity a "b"></x>' })), 'xml-declaration', { part: '_rels/extra.RELS' });
  });

  it('does not read pictures and other parts that are no XML', () => {
    const picture = { name: 'word/media/image1.png', data: 'x', declaredSize: 32 * MB, declaredCompressedSize: MB };
    const parts = word(para(run('x')), [], { 'word/media/scan.xml.png': '<!DOCTYPE png>', 'word/embeddings/data.bin': '<!ENTITY x "y">' });
    assert.deepEqual(read(parts, [picture]).blocks, [p({ text: 'x' })]);
  });

  it('refuses damaged XML in a part it reads, naming the part, and ignores it in a part it does not', () => {
    fails(() => read({ 'word/document.xml': '<w:document><w:body></w:document>' }), 'xml-invalid', { part: 'word/document.xml', detail: 'unexpected </w:document>' });
    assert.deepEqual(read(word(para(run('x')), [], { 'customXml/item1.xml': '<x>' })).blocks, [p({ text: 'x' })]);
  });

  it('reads parts in UTF-16, little- and big-endian, with their byte order mark', () => {
    const utf16le = (text: string) => new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
    const utf16be = (text: string) => new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le').swap16());
    const parts = word(para(run('Één'), '<w:pStyle w:val="Heading1"/>'), [rel('rId1', 'styles', 'styles.xml')], { 'word/styles.xml': utf16be(STYLES) });
    const result = read({ ...parts, 'word/document.xml': utf16le(parts['word/document.xml'] as string) });
    assert.deepEqual(result.blocks, [{ ...p({ text: 'Één' }), headingLevel: 1 }]);
  });

  it('keeps footnotes and endnotes at the end, each after its marker, in the order they are referred to', () => {
    const ref = (kind: string, id: string) => `<w:r><w:${kind}Reference w:id="${id}"/></w:r>`;
    const body = para(run('Zie') + ref('footnote', '2') + run(' en') + ref('endnote', '1') + run(', ') + ref('footnote', '9') + ref('footnote', '5') + ref('footnote', '6') + ref('footnote', '7') + run('.'));
    const footnotes = '<w:footnotes><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      `<w:footnote w:id="2">${para('<w:r><w:footnoteRef/></w:r>' + run(' Kamerstuk'))}${para(run('tweede alinea'))}</w:footnote><w:footnote w:id="5"><w:p/></w:footnote>` +
      `<w:footnote w:id="6">${para(run('zelf') + ref('footnote', '6'))}</w:footnote><w:footnote w:id="7"><w:tbl><w:tr><w:tc>${para(run('cel'))}</w:tc></w:tr></w:tbl></w:footnote><w:footnote>${para(run('zonder id'))}</w:footnote></w:footnotes>`;
    const endnotes = `<w:endnotes><w:endnote w:id="1">${para(run('eind'))}</w:endnote></w:endnotes>`;
    const related = [rel('r1', 'footnotes', 'footnotes.xml'), rel('r2', 'endnotes', 'endnotes.xml')];
    const result = read(word(body, related, { 'word/footnotes.xml': footnotes, 'word/endnotes.xml': endnotes }));
    assert.deepEqual(result.blocks, [
      p({ text: 'Zie' }, { text: '[1]' }, { text: ' en' }, { text: '[2]' }, { text: ', ' }, { text: '[3]' }, { text: '[4]' }, { text: '[5]' }, { text: '[6]' }, { text: '.' }),
      p({ text: '[1] ' }, { text: ' Kamerstuk' }),
      p({ text: 'tweede alinea' }),
      p({ text: '[2] ' }, { text: 'eind' }),
      p({ text: '[3]' }),
      p({ text: '[4]' }),
      p({ text: '[5] ' }, { text: 'zelf' }),
      p({ text: '[6]' }),
      { kind: 'table', rows: [[[{ text: 'cel' }]]], page: 0 },
    ]);
    const missing = read(word(para(run('a') + '<w:r><w:footnoteReference/></w:r>'), related, { 'word/footnotes.xml': footnotes, 'word/endnotes.xml': endnotes }));
    assert.deepEqual(missing.blocks, [p({ text: 'a' }, { text: '[1]' }), p({ text: '[1]' })]);
  });

  it('drops headers and footers and reports their lines, once per part, from every section', () => {
    const page = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run('2') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const header = `<w:hdr>${para(run(' Ministerie '))}${para(run(' ') + '<w:r><w:br/></w:r>' + run('Vertrouwelijk') + '<w:r><w:footnoteReference w:id="1"/></w:r>')}<w:tbl><w:tr><w:tc>${para(run('Directie'))}</w:tc><w:tc>${para(run('Wetgeving'))}</w:tc></w:tr></w:tbl><w:p/></w:hdr>`;
    const footer = `<w:ftr>${para(run('Pagina ') + page)}</w:ftr>`;
    const reference = (kind: string, id: string, type?: string) => `<w:${kind}Reference${type ? ` w:type="${type}"` : ''} r:id="${id}"/>`;
    const sectionBreak = para(run('Tekst'), `<w:sectPr>${reference('header', 'rH2')}${reference('footer', 'rF', 'default')}</w:sectPr>`);
    // Word reads no section properties inside a table.
    const inTable = `<w:tbl><w:tr><w:tc>${para(run('cel'), `<w:sectPr>${reference('header', 'rH3')}</w:sectPr>`)}</w:tc></w:tr></w:tbl>`;
    const related = [rel('rH', 'header', 'header1.xml'), rel('rH2', 'header', 'header2.xml'), rel('rH3', 'header', 'header2.xml'), rel('rF', 'footer', 'footer1.xml'), rel('rZ', 'header', 'ontbreekt.xml'), rel('r1', 'footnotes', 'footnotes.xml')];
    const section = reference('header', 'rH') + reference('footer', 'rF') + reference('header', 'rZ', 'even') + reference('footer', 'rOnbekend') + '<w:headerReference w:type="first"/>';
    const parts = { 'word/header1.xml': header, 'word/header2.xml': `<w:hdr>${para(run('Tweede sectie'))}</w:hdr>`, 'word/footer1.xml': footer, 'word/footnotes.xml': `<w:footnotes><w:footnote w:id="1">${para(run('noot'))}</w:footnote></w:footnotes>` };
    const result = read(word(sectionBreak + inTable, related, parts, section));
    assert.deepEqual(result.blocks, [p({ text: 'Tekst' }), { kind: 'table', rows: [[[{ text: 'cel' }]]], page: 0 }]);
    const dropped = (text: string) => ({ kind: 'header-footer', text, page: 0 });
    assert.deepEqual(result.dropped, [dropped('Tweede sectie'), dropped('Pagina 2'), dropped('Ministerie'), dropped('Vertrouwelijk'), dropped('Directie Wetgeving')]);
  });

  it('reads a first-page header with Datum or Onze referentie as the right-hand column, before the body', () => {
    const related = [rel('rA', 'header', 'header1.xml'), rel('rB', 'footer', 'footer1.xml')];
    const head = (label: string) => `<w:hdr>${para('<w:r><w:rPr><w:b/></w:rPr><w:t>Ministerie van Financiën</w:t></w:r>')}${para(run(label))}<w:tbl><w:tr><w:tc>${para(run('cel'))}</w:tc></w:tr></w:tbl></w:hdr>`;
    const reading = (label: string, kind = 'header', type = 'first') =>
      read(word(para(run('Aan de minister')), related, { 'word/header1.xml': head(label), 'word/footer1.xml': head(label).replace(/w:hdr/g, 'w:ftr') }, `<w:${kind}Reference w:type="${type}" r:id="${kind === 'header' ? 'rA' : 'rB'}"/>`));
    const column = [side(p({ text: 'Ministerie van Financiën', bold: true })), side(p({ text: 'Datum' })), { kind: 'table', rows: [[[{ text: 'cel' }]]], page: 0, column: 'side' }];
    assert.deepEqual(reading('Datum'), { format: 'docx', blocks: [...column, p({ text: 'Aan de minister' })], dropped: [] });
    assert.deepEqual(reading('Onze referentie').blocks.map((b) => b.column), ['side', 'side', 'side', undefined]);
    for (const [label, kind, type] of [['Vertrouwelijk', 'header', 'first'], ['Datum', 'header', 'default'], ['Datum', 'footer', 'first']] as const) {
      const result = reading(label, kind, type);
      assert.deepEqual(result.blocks, [p({ text: 'Aan de minister' })], `${label} ${kind} ${type}`);
      assert.deepEqual(result.dropped.map((d) => d.text), ['Ministerie van Financiën', label, 'cel']);
    }
  });
});
