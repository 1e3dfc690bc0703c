/**
 * The Word writer: a page description in, the bytes of a .docx out. A4, page
 * 1 as the printed note (addressees top left, the right-hand column, the
 * word "nota", the subject, the ribbon), a running header and page numbers
 * from page 2, the title and language in the document's properties, and the
 * open font named in every style, with its fallback in the font table.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { escapeXml } from '../xmlText';
import type { NotePage } from '../../core/page/notePage';
import { FALLBACK_FAMILY, FONT_FAMILY } from '../fonts';
import { BODY, PAGE, twips } from '../houseStyle';
import { DocxBodyWriter } from './docxBlocks';
import { columnFrame, headersAndFooters } from './docxFurniture';
import { STYLE, documentStyles, numberingOptions } from './docxStyles';
import { wordText } from './wordText';

export interface DocxOptions {
  /** The creation date written into the file. */
  now?: Date;
}

export async function writeDocx(page: NotePage, options: DocxOptions = {}): Promise<Uint8Array> {
  const body = new DocxBodyWriter();
  const blocks = body.write(page.body);
  const opening = [
    ...columnFrame(page.column),
    ...page.addressees.map((addressee) => new Paragraph({ style: STYLE.addressee, children: [new TextRun(wordText(addressee))] })),
    new Paragraph({ style: STYLE.documentWord, children: [new TextRun(wordText(page.documentWord))] }),
    ...(page.subject ? [new Paragraph({ style: STYLE.subject, children: [new TextRun(wordText(page.subject))] })] : []),
  ];
  const document = new Document({
    styles: documentStyles(page.language),
    numbering: numberingOptions(body.orderedStarts),
    sections: [{
      properties: {
        titlePage: true,
        page: {
          // Stryker disable next-line ObjectLiteral: docx's default page is A4 to the twip too; the note states its own.
          size: { width: twips(PAGE.width), height: twips(PAGE.height) },
          margin: { top: twips(BODY.top), bottom: twips(PAGE.height - BODY.bottom), left: twips(BODY.left), right: twips(PAGE.width - BODY.right), header: 0, footer: 0 },
        },
      },
      ...headersAndFooters(page),
      children: [...opening, ...blocks],
    }],
  });
  // The packer writes no dc:language: the core properties are written here, whole.
  const core = { path: 'docProps/core.xml', data: coreProperties(page, options.now ?? new Date()) };
  const fontTable = { path: 'word/fontTable.xml', data: FONT_TABLE };
  return new Uint8Array(await Packer.toArrayBuffer(document, false, [core, fontTable]));
}

/**
 * The font table names the open font with what Word puts in its place where
 * it is not installed: a sans serif of the same build (its PANOSE numbers,
 * from the font itself) or, failing that, Arial. The faces are not embedded:
 * they would add a quarter of a megabyte to every note in the document
 * system, and a note reads as well in the fallback.
 */
const FONT_TABLE = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
  `<w:font w:name="${FONT_FAMILY}"><w:altName w:val="${FALLBACK_FAMILY}"/><w:panose1 w:val="020B0503050000020004"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`,
  `<w:font w:name="${FALLBACK_FAMILY}"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`,
  '<w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>',
  '</w:fonts>',
].join('');

/** The document's core properties: title, subject, language and dates (the packer's own lack the language). */
function coreProperties(page: NotePage, now: Date): string {
  const text = (value: string) => escapeXml(wordText(value));
  // Stryker disable next-line Regex: toISOString ends in .sssZ, and has it once.
  const date = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${text(page.title)}</dc:title>`,
    page.subject ? `<dc:subject>${text(page.subject)}</dc:subject>` : '',
    '<dc:creator>Nota</dc:creator>',
    page.concept ? '<cp:keywords>CONCEPT</cp:keywords>' : '',
    '<cp:lastModifiedBy>Nota</cp:lastModifiedBy>',
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`,
    `<dc:language>${escapeXml(page.language)}</dc:language>`,
    '</cp:coreProperties>',
  ].join('');
}
