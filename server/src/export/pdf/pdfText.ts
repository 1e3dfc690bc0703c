/**
 * Setting text in the PDF: inline content as runs in the right face, size
 * and line height, wrapped by pdfkit inside a given width. Also what a
 * font's cmap cannot show: those characters are set in the same face as the
 * replacement box, inside a marked span whose ActualText carries the
 * original, so copying and text extraction still give what the author wrote.
 */
import type PDFDocument from 'pdfkit';
import type { Inline } from '../../core/page/notePage';
import { faceOf, type FontFace } from '../fonts';
import { COLOURS, SIZES } from '../houseStyle';

export type Pdf = InstanceType<typeof PDFDocument>;

export interface TextStyle {
  size: number;
  align?: 'left' | 'center' | 'right';
  /** Line height as a factor of the size. */
  lineHeight: number;
  bold?: boolean;
  italic?: boolean;
  colour?: string;
}

export const BODY_STYLE: TextStyle = { size: SIZES.body, lineHeight: SIZES.lineHeight };

interface Run {
  text: string;
  face: FontFace;
  link?: string;
  strike?: boolean;
}

/** Checks whether a face can show a character; the writer answers from the font's cmap. */
export type Coverage = (face: FontFace, codePoint: number) => boolean;

/** Extra space between lines so that lines stand `lineHeight` × size apart. */
export function lineGap(pdf: Pdf, style: TextStyle): number {
  pdf.font(faceOf(style.bold, style.italic)).fontSize(style.size);
  return Math.max(0, style.size * style.lineHeight - pdf.currentLineHeight(false));
}

export function lineHeightOf(style: TextStyle): number {
  return style.size * style.lineHeight;
}

/** Inline content as runs: marks become faces, line breaks become newlines. */
export function runsOf(content: readonly Inline[], style: TextStyle): Run[] {
  const runs: Run[] = [];
  for (const inline of content) {
    if (inline.kind === 'break') {
      runs.push({ text: '\n', face: faceOf(style.bold, style.italic) });
      continue;
    }
    // A soft line break in the Markdown is a space on the page.
    const text = inline.text.replace(/\r\n|\r|\n/g, ' ');
    if (!text) continue;
    runs.push({
      text,
      face: faceOf(style.bold || inline.bold, style.italic || inline.italic),
      ...(inline.link ? { link: inline.link } : {}),
      ...(inline.strike ? { strike: true } : {}),
    });
  }
  return runs;
}

/**
 * Sets inline content at (x, y) in a column of the given width, wrapping and
 * breaking pages as needed. Given a structure element, the text is tagged as
 * its content, and each link as a Link element of its own holding the link's
 * annotation, as PDF/UA asks; without one, it is drawn inside whatever marked
 * content is open (page furniture).
 */
export function setText(pdf: Pdf, content: readonly Inline[] | string, x: number, y: number, width: number, style: TextStyle, coverage: Coverage, into?: PDFKit.PDFStructureElement): void {
  const runs = typeof content === 'string' ? [{ text: content, face: faceOf(style.bold, style.italic) }] : runsOf(content, style);
  const gap = lineGap(pdf, style);
  // Each line a hard break starts is set as text of its own at the left edge: pdfkit
  // drops a newline that ends a continued piece, and starts the line after one
  // inside a piece where the piece before it ended.
  linesOf(runs.flatMap((run) => splitByCoverage(run, coverage))).forEach((line, n) => {
    const top = n === 0 ? y : pdf.y;
    if (line.length === 0) {
      pdf.y = top + lineHeightOf(style);
      return;
    }
    line.forEach((piece, i) => {
      const draw = () => {
        pdf.font(piece.face).fontSize(style.size);
        const options = { width, lineGap: gap, continued: i < line.length - 1, link: piece.link ?? null, underline: !!piece.link, strike: !!piece.strike, align: style.align ?? 'left' };
        // Links in the house's blue, as in the preview and the .docx.
        pdf.fillColor(`#${piece.link ? COLOURS.lintblauw : (style.colour ?? COLOURS.ink)}`);
        // A character the font lacks is drawn as a box; the span's ActualText keeps the character for copying and reading.
        const shown = piece.missing ? '\u25af'.repeat([...piece.text].length) : piece.text;
        if (piece.missing) pdf.markContent('Span', { actual: piece.text });
        if (i === 0) pdf.text(shown, x, top, options);
        else pdf.text(shown, options);
        if (piece.missing) pdf.endMarkedContent();
      };
      if (!into) draw();
      else if (!piece.link) into.add(draw);
      else {
        const link = pdf.struct('Link');
        into.add(link);
        link.add(draw);
        link.end();
      }
    });
  });
  pdf.fillColor(`#${COLOURS.ink}`);
}

type Piece = Run & { missing?: boolean };

/** The pieces of each line, cut at the line breaks. */
function linesOf(pieces: readonly Piece[]): Piece[][] {
  let line: Piece[] = [];
  const lines = [line];
  for (const piece of pieces) {
    piece.text.split('\n').forEach((text, i) => {
      if (i > 0) lines.push((line = []));
      if (text) line.push({ ...piece, text });
    });
  }
  // A break at the very end starts no line (the other writers drop it too); no text at all sets none.
  if (line.length === 0) lines.pop();
  return lines;
}

/** A run cut where the face stops (or starts) having the characters. */
function splitByCoverage(run: Run, coverage: Coverage): Piece[] {
  const pieces: Piece[] = [];
  let current = '';
  let missing = false;
  for (const ch of run.text) {
    const code = ch.codePointAt(0) as number;
    const lacks = code > 0x20 && ch !== '\n' && !coverage(run.face, code);
    if (lacks !== missing && current) {
      pieces.push({ ...run, text: current, ...(missing ? { missing: true } : {}) });
      current = '';
    }
    missing = lacks;
    current += ch;
  }
  if (current) pieces.push({ ...run, text: current, ...(missing ? { missing: true } : {}) });
  return pieces;
}

/** The height inline content takes in a column of the given width. */
export function heightOf(pdf: Pdf, content: readonly Inline[] | string, width: number, style: TextStyle): number {
  const text = typeof content === 'string' ? content : runsOf(content, style).map((r) => r.text).join('');
  if (!text) return 0;
  // Measured in the bold face when any of it is bold: wider, so never too little room.
  const bold = style.bold || (typeof content !== 'string' && content.some((c) => c.kind === 'text' && c.bold));
  pdf.font(faceOf(bold, style.italic)).fontSize(style.size);
  return pdf.heightOfString(text, { width, lineGap: lineGap(pdf, { ...style, bold }) });
}
