/**
 * Word documents for the import tests, written as Word writes them:
 * styles with outline levels, real lists (numbering.xml), automatic heading
 * numbers, frames, a first-page header, a running header and a footer with
 * PAGE fields, footnotes. Also the house-style .docx of a generated note.
 */
import { zip, type ZipInput } from './zipWriter';
import type { BlockSpec, NoteSpec } from './noteSpecs';

export interface RunSpec {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A line break before the text. */
  breakBefore?: boolean;
  /** A field (PAGE, NUMPAGES) whose result is `text`. */
  field?: string;
  footnote?: number;
}

export interface ParagraphSpec {
  style?: string;
  runs: RunSpec[];
  list?: { numId: number; level: number };
  /** Explicitly no numbering (an unnumbered heading in numbered heading styles). */
  noNumber?: boolean;
  frame?: boolean;
}

export type BodySpec = ParagraphSpec | { table: ParagraphSpec[][][] };

export interface DocxSpec {
  body: BodySpec[];
  headers?: { type: 'default' | 'first'; paragraphs: ParagraphSpec[] }[];
  footers?: { type: 'default' | 'first'; paragraphs: ParagraphSpec[] }[];
  footnotes?: ParagraphSpec[][];
  /** Heading 1 and 2 numbered by Word ("1.", "4.1."). */
  headingNumbering?: boolean;
  /** Raw text put before <w:document> (a DTD, for hostile files). */
  documentPrefix?: string;
  /** Raw XML put into the first paragraph's text (an entity reference, for hostile files). */
  rawText?: string;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function runXml(run: RunSpec): string {
  const props = `${run.bold ? '<w:b/>' : ''}${run.italic ? '<w:i/>' : ''}`;
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
  const br = run.breakBefore ? `<w:r><w:br/></w:r>` : '';
  if (run.field) {
    return `${br}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${run.field} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr}<w:t>${escape(run.text)}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  }
  const note = run.footnote !== undefined ? `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${run.footnote}"/></w:r>` : '';
  return `${br}<w:r>${rPr}<w:t xml:space="preserve">${escape(run.text)}</w:t></w:r>${note}`;
}

function paragraphXml(paragraph: ParagraphSpec): string {
  const numPr = paragraph.list ? `<w:numPr><w:ilvl w:val="${paragraph.list.level}"/><w:numId w:val="${paragraph.list.numId}"/></w:numPr>` : paragraph.noNumber ? '<w:numPr><w:numId w:val="0"/></w:numPr>' : '';
  const frame = paragraph.frame ? '<w:framePr w:w="2800" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="8500" w:y="2000"/>' : '';
  const pPr = paragraph.style || numPr || frame ? `<w:pPr>${paragraph.style ? `<w:pStyle w:val="${paragraph.style}"/>` : ''}${frame}${numPr}</w:pPr>` : '';
  return `<w:p>${pPr}${paragraph.runs.map(runXml).join('')}</w:p>`;
}

function bodyXml(body: readonly BodySpec[]): string {
  return body
    .map((item) => {
      if (!('table' in item)) return paragraphXml(item);
      // Fixed widths, as a layout table has them: two columns put the second at x 425 pt (the right-hand column).
      const columns = item.table[0]?.length ?? 1;
      const widths = columns === 2 ? [7140, 3000] : Array.from({ length: columns }, () => Math.floor(6400 / columns));
      const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
      const rows = item.table.map((row) => `<w:tr>${row.map((cell, i) => `<w:tc><w:tcPr><w:tcW w:w="${widths[i] ?? 2000}" w:type="dxa"/></w:tcPr>${cell.map(paragraphXml).join('') || '<w:p/>'}</w:tc>`).join('')}</w:tr>`).join('');
      return `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>${grid}${rows}</w:tbl>`;
    })
    .join('');
}

function stylesXml(headingNumbering: boolean): string {
  const heading = (level: number) =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:pPr>${headingNumbering && level <= 2 ? `<w:numPr><w:ilvl w:val="${level - 1}"/><w:numId w:val="3"/></w:numPr>` : ''}<w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="19"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>${heading(1)}${heading(2)}${heading(3)}<w:style w:type="paragraph" w:styleId="Documenttype"><w:name w:val="Documenttype"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="44"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style></w:styles>`;
}

function numberingXml(): string {
  const level = (ilvl: number, format: string, text: string, style?: string) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${style ? `<w:pStyle w:val="${style}"/>` : ''}<w:lvlText w:val="${text}"/><w:pPr><w:ind w:left="${style ? 0 : 720 * (ilvl + 1)}" w:hanging="${style ? 0 : 360}"/></w:pPr></w:lvl>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}><w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '\uf0b7')}${level(1, 'bullet', 'o')}${level(2, 'bullet', '\uf0a7')}</w:abstractNum><w:abstractNum w:abstractNumId="2">${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '%2.')}</w:abstractNum><w:abstractNum w:abstractNumId="3">${level(0, 'decimal', '%1.', 'Heading1')}${level(1, 'decimal', '%1.%2.', 'Heading2')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num></w:numbering>`;
}

function partXml(root: 'hdr' | 'ftr' | 'footnotes', inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} ${W}>${inner}</w:${root}>`;
}

export function buildDocx(spec: DocxSpec): Uint8Array {
  const entries: ZipInput[] = [];
  const rels: string[] = [`<Relationship Id="rStyles" Type="${REL}/styles" Target="styles.xml"/>`, `<Relationship Id="rNumbering" Type="${REL}/numbering" Target="numbering.xml"/>`];
  const sectionRefs: string[] = [];
  (spec.headers ?? []).forEach((header, i) => {
    entries.push({ name: `word/header${i + 1}.xml`, data: partXml('hdr', header.paragraphs.map(paragraphXml).join('') + '<w:p/>') });
    rels.push(`<Relationship Id="rHeader${i + 1}" Type="${REL}/header" Target="header${i + 1}.xml"/>`);
    sectionRefs.push(`<w:headerReference w:type="${header.type}" r:id="rHeader${i + 1}"/>`);
  });
  (spec.footers ?? []).forEach((footer, i) => {
    entries.push({ name: `word/footer${i + 1}.xml`, data: partXml('ftr', footer.paragraphs.map(paragraphXml).join('')) });
    rels.push(`<Relationship Id="rFooter${i + 1}" Type="${REL}/footer" Target="footer${i + 1}.xml"/>`);
    sectionRefs.push(`<w:footerReference w:type="${footer.type}" r:id="rFooter${i + 1}"/>`);
  });
  if (spec.footnotes?.length) {
    const notes = spec.footnotes.map((paragraphs, i) => `<w:footnote w:id="${i + 1}">${paragraphs.map(paragraphXml).join('')}</w:footnote>`).join('');
    entries.push({ name: 'word/footnotes.xml', data: partXml('footnotes', `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>${notes}`) });
    rels.push(`<Relationship Id="rFootnotes" Type="${REL}/footnotes" Target="footnotes.xml"/>`);
  }
  const titlePage = (spec.headers ?? []).some((h) => h.type === 'first') ? '<w:titlePg/>' : '';
  let body = bodyXml(spec.body);
  if (spec.rawText !== undefined) body = `<w:p><w:r><w:t>${spec.rawText}</w:t></w:r></w:p>${body}`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${spec.documentPrefix ?? ''}<w:document ${W}><w:body>${body}<w:sectPr>${sectionRefs.join('')}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1700" w:right="4100" w:bottom="1400" w:left="1360" w:header="700" w:footer="600" w:gutter="0"/>${titlePage}</w:sectPr></w:body></w:document>`;
  return zip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>` },
    { name: 'word/document.xml', data: document },
    { name: 'word/_rels/document.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>` },
    { name: 'word/styles.xml', data: stylesXml(spec.headingNumbering === true) },
    { name: 'word/numbering.xml', data: numberingXml() },
    ...entries,
  ]);
}

/** Text with `**bold**` and `*italic*` marks as runs. */
export function markedRuns(text: string): RunSpec[] {
  const runs: RunSpec[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*]+)\*|([^*]+)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[1] !== undefined) runs.push({ text: match[1], bold: true });
    else if (match[2] !== undefined) runs.push({ text: match[2], italic: true });
    else runs.push({ text: match[3] as string });
  }
  return runs;
}

export type ColumnPlacement = 'frame' | 'table' | 'first-header';

/** A generated note as a house-style Word document. */
export function noteDocx(spec: NoteSpec, options: { placement: ColumnPlacement; autoNumber: boolean }): Uint8Array {
  const plain = (text: string, style?: string): ParagraphSpec => ({ ...(style ? { style } : {}), runs: [{ text }] });
  const [street, town] = spec.afzender.bezoekadres.split(', ');
  const [box, boxTown] = spec.afzender.postadres.split(', ');
  const column: ParagraphSpec[] = [
    { runs: [{ text: spec.afzender.organisatie, bold: true }] },
    ...spec.afzender.onderdeel.map((unit) => plain(unit)),
    { runs: [{ text: street as string }, { text: town as string, breakBefore: true }] },
    { runs: [{ text: box as string }, { text: boxTown as string, breakBefore: true }] },
    plain('Datum'), plain(spec.datum), plain('Onze referentie'), plain(spec.referentie),
    ...(spec.bijlagen !== undefined ? [plain('Bijlage(n)'), plain(String(spec.bijlagen))] : []),
  ];
  const addressees = spec.aan.map((a) => plain(a));
  const body: BodySpec[] = [];
  if (options.placement === 'table') body.push({ table: [[addressees, column]] });
  else body.push(...addressees, ...(options.placement === 'frame' ? column.map((p) => ({ ...p, frame: true })) : []));
  body.push(plain(spec.typeWord, 'Documenttype'), plain(spec.onderwerp));
  const blocks = (list: readonly BlockSpec[]) => {
    for (const block of list) {
      if (block.kind === 'paragraph') body.push({ runs: markedRuns(block.text) });
      else for (const item of block.items) body.push({ style: 'ListParagraph', runs: markedRuns(item.text), list: { numId: 1, level: 0 } }, ...item.children.map((c) => ({ style: 'ListParagraph', runs: markedRuns(c), list: { numId: 1, level: 1 } })));
    }
  };
  spec.sections.forEach((section, i) => {
    body.push(plain(options.autoNumber ? section.title : `${i + 1}. ${section.title}`, 'Heading1'));
    blocks(section.blocks);
    let sub = 0;
    for (const subsection of section.subsections) {
      if (subsection.numbered) body.push(plain(options.autoNumber ? subsection.title : `${i + 1}.${++sub}. ${subsection.title}`, 'Heading2'));
      else body.push({ ...plain(subsection.title, 'Heading2'), noNumber: true });
      blocks(subsection.blocks);
    }
  });
  const running = [{ runs: [{ text: spec.afzender.organisatie, bold: true }] }, plain('Datum'), plain(spec.datum), plain('Onze referentie'), plain(spec.referentie)];
  return buildDocx({
    body,
    headingNumbering: options.autoNumber,
    // The running header from page 2 on: page 1 has a first-page header of its own (the column, or nothing).
    headers: [{ type: 'default', paragraphs: running }, { type: 'first' as const, paragraphs: options.placement === 'first-header' ? column : [] }],
    footers: [{ type: 'default', paragraphs: [{ runs: [{ text: 'Pagina ' }, { text: '2', field: 'PAGE' }, { text: ' van ' }, { text: '3', field: 'NUMPAGES' }] }] }],
  });
}
