/**
 * The document writers, bundled on their own (dist/export-main.js) and loaded
 * only when a note is exported: `nota check` and the language server's start
 * never pay for Word and PDF code.
 */
import type { NotePage } from '../core/page/notePage';
import type { FontSet } from './fonts';
import { writeDocx, type DocxOptions } from './docx/writeDocx';
import type { PdfOptions, PdfWriter } from './pdf/writePdf';

export interface NoteWriters {
  docx(page: NotePage, options?: DocxOptions): Promise<Uint8Array>;
  pdf(page: NotePage, options?: PdfOptions): Promise<Uint8Array>;
}

export function createWriters(fonts: FontSet): NoteWriters {
  let pdf: Promise<PdfWriter> | undefined;
  return {
    docx: (page, options) => writeDocx(page, options),
    // Loaded, and the faces parsed, at the first PDF: a Word export does not start up pdfkit and its font engine.
    pdf: async (page, options) => (await (pdf ??= import('./pdf/writePdf').then((m) => new m.PdfWriter(fonts)))).write(page, options),
  };
}

export type { FontSet } from './fonts';
export { FONT_FILES } from './fonts';
