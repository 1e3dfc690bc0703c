/**
 * The PDF writer: a page description in, the bytes of an accessible PDF out.
 * Tagged (a structure tree of headings, paragraphs, lists and tables in
 * reading order, page furniture as artifacts), the document language and
 * title set and the title shown as the window title, the open font embedded
 * as a subset, A4 in the house style. Written straight from pdfkit: no
 * browser, no office suite.
 */
import PDFDocument from 'pdfkit';
import * as fontkit from 'fontkit';
import type { NotePage } from '../../core/page/notePage';
import type { FontFace, FontSet } from '../fonts';
import { BODY, MM, PAGE, SIZES } from '../houseStyle';
import { PdfBodyWriter } from './pdfBlocks';
import { escapeXml } from '../xmlText';
import { drawColumn, drawFurniture } from './pdfFurniture';
import { BODY_STYLE, setText, type Coverage, type Pdf } from './pdfText';

export interface PdfOptions {
  /** The creation date written into the file; a fixed one makes the output byte for byte the same. */
  now?: Date;
}

/**
 * Writes PDFs with the given faces. Each document parses the faces anew:
 * fontkit keeps every glyph it has met with the characters it was first met
 * for, and pdfkit maps glyphs back to text from those, so a font object
 * shared between documents would carry one note's text mapping into the next
 * (the Greek capitals share their glyphs with Latin ones, for one). Parsing
 * the subset faces is cheap; what they cover is asked once per writer.
 */
export class PdfWriter {
  private readonly coverage: Coverage;

  constructor(private readonly fonts: FontSet) {
    const cmaps = openFaces(fonts);
    const cache = new Map<string, boolean>();
    this.coverage = (face, codePoint) => {
      const key = `${face}:${codePoint}`;
      let known = cache.get(key);
      if (known === undefined) cache.set(key, (known = cmaps[face].hasGlyphForCodePoint(codePoint)));
      return known;
    };
  }

  write(page: NotePage, options: PdfOptions = {}): Promise<Uint8Array> {
    const pdf: Pdf = new PDFDocument({
      size: [PAGE.width, PAGE.height],
      margins: { top: BODY.top, left: BODY.left, right: PAGE.width - BODY.right, bottom: PAGE.height - BODY.bottom },
      pdfVersion: '1.7',
      tagged: true,
      subset: 'PDF/UA',
      lang: page.language,
      displayTitle: true,
      bufferPages: true,
      font: null as unknown as string,
      info: {
        Title: page.title,
        Subject: page.subject,
        Creator: 'Nota',
        Producer: 'Nota',
        ...(page.concept ? { Keywords: 'CONCEPT' } : {}),
        CreationDate: options.now ?? new Date(),
      },
    } as unknown as PDFKit.PDFDocumentOptions);
    escapeMetadata(pdf);
    for (const [name, face] of Object.entries(openFaces(this.fonts))) pdf.registerFont(name, face as unknown as string);
    const chunks: Uint8Array[] = [];
    const done = new Promise<Uint8Array>((resolve, reject) => {
      pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
      pdf.on('end', () => resolve(concat(chunks)));
      pdf.on('error', reject);
    });
    this.layOut(pdf, page);
    pdf.end();
    return done;
  }

  private layOut(pdf: Pdf, page: NotePage): void {
    const root = pdf.struct('Document');
    pdf.addStructure(root);
    const body = new PdfBodyWriter(pdf, this.coverage);

    // Page 1: the addressees top left, the word "nota", the subject, then the column beside the body.
    pdf.y = BODY.top;
    if (page.addressees.length) {
      const addressees = pdf.struct('Div', { title: 'Geadresseerden' });
      root.add(addressees);
      for (const addressee of page.addressees) {
        const paragraph = pdf.struct('P');
        addressees.add(paragraph);
        setText(pdf, addressee, BODY.left, pdf.y, BODY.right - BODY.left, BODY_STYLE, this.coverage, paragraph);
        paragraph.end();
      }
      addressees.end();
    }
    pdf.y += 10 * MM;
    const word = pdf.struct('P');
    root.add(word);
    setText(pdf, page.documentWord, BODY.left, pdf.y, BODY.right - BODY.left, { size: SIZES.documentWord, lineHeight: 1.1, bold: true }, this.coverage, word);
    word.end();
    pdf.y += 4 * MM;
    if (page.subject) {
      const subject = pdf.struct('H1');
      root.add(subject);
      setText(pdf, page.subject, BODY.left, pdf.y, BODY.right - BODY.left, { size: SIZES.subject, lineHeight: 1.3, bold: true }, this.coverage, subject);
      subject.end();
      pdf.y += 8 * MM;
    }
    const bodyTop = pdf.y;
    drawColumn(pdf, page, root, this.coverage);
    pdf.y = bodyTop;
    pdf.x = BODY.left;

    body.write(page.body, root);
    root.end();
    drawFurniture(pdf, page, this.coverage);
  }
}

function openFaces(fonts: FontSet): Record<FontFace, fontkit.Font> {
  const open = (bytes: Uint8Array) => fontkit.create(bytes as Buffer) as fontkit.Font;
  return { regular: open(fonts.regular), bold: open(fonts.bold), italic: open(fonts.italic), boldItalic: open(fonts.boldItalic) };
}

/**
 * pdfkit copies the title and subject into the XMP metadata as they are, so
 * an `&` or `<` in a subject would make that XML invalid. The info
 * dictionary keeps the text; only the copy in XML is escaped.
 */
function escapeMetadata(pdf: Pdf): void {
  const target = pdf as unknown as { _addInfo?: () => void; info: Record<string, unknown> };
  const addInfo = target._addInfo;
  if (typeof addInfo !== 'function') return;
  target._addInfo = function (this: typeof target) {
    const info = this.info;
    this.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      addInfo.call(this);
      // Stryker disable next-line BlockStatement: pdfkit writes the information dictionary before it calls _addInfo; restoring keeps the text as written should that order change.
    } finally {
      this.info = info;
    }
  };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
