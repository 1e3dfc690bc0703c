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
import { breakLines, type Fragment, type Line } from './pdfLines';

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
 * content is open (page furniture). Leaves the position below the text.
 */
export function setText(pdf: Pdf, content: readonly Inline[] | string, x: number, y: number, width: number, style: TextStyle, coverage: Coverage, into?: PDFKit.PDFStructureElement): void {
  const step = lineHeightOf(style);
  let top = y;
  const links = new Map<Piece, PDFKit.PDFStructureElement>();
  for (const line of layOut(pdf, content, width, style, coverage)) {
    // A line that would cross the foot of the page starts the next page.
    if (top + step > pdf.page.maxY()) {
      pdf.continueOnNewPage();
      top = pdf.page.margins.top;
    }
    const free = width - line.width;
    let left = x + (style.align === 'right' ? free : style.align === 'center' ? free / 2 : 0);
    for (const fragment of line.fragments) {
      const { piece } = fragment;
      const at = left;
      const draw = () => drawFragment(pdf, fragment, at, top, style);
      if (!into) draw();
      else if (!piece.link) into.add(draw);
      else {
        // One Link element for the whole link, however many lines it runs over.
        let link = links.get(piece);
        if (!link) {
          link = pdf.struct('Link');
          into.add(link);
          links.set(piece, link);
        }
        link.add(draw);
      }
      left += fragment.width;
    }
    top += step;
  }
  for (const link of links.values()) link.end();
  pdf.x = x;
  pdf.y = top;
  pdf.fillColor(`#${COLOURS.ink}`);
}

function drawFragment(pdf: Pdf, fragment: Fragment<Piece>, x: number, y: number, style: TextStyle): void {
  const { piece } = fragment;
  pdf.font(piece.face).fontSize(style.size);
  // Links in the house's blue, as in the preview and the .docx.
  pdf.fillColor(`#${piece.link ? COLOURS.lintblauw : (style.colour ?? COLOURS.ink)}`);
  // A character the font lacks is drawn as a box; the span's ActualText keeps the character for copying and reading.
  if (piece.missing) pdf.markContent('Span', { actual: fragment.text });
  pdf.text(shownText(piece, fragment.text), x, y, { lineBreak: false, link: piece.link ?? null, underline: !!piece.link, strike: !!piece.strike });
  if (piece.missing) pdf.endMarkedContent();
}

/** The text as drawn: a box for each character the face lacks. */
function shownText(piece: Piece, text: string): string {
  return piece.missing ? '\u25af'.repeat([...text].length) : text;
}

const WIDTHS = new WeakMap<Pdf, Map<string, number>>();

/** The widths of the words a document has measured: a note repeats its words, and measuring is most of laying out. */
function widthsOf(pdf: Pdf): Map<string, number> {
  let widths = WIDTHS.get(pdf);
  // Stryker disable next-line ConditionalExpression: a cache; measuring again gives the same widths.
  if (!widths) WIDTHS.set(pdf, (widths = new Map()));
  return widths;
}

/** Inline content as the lines it is set in: each hard break starts one, and each line wraps at the width. */
function layOut(pdf: Pdf, content: readonly Inline[] | string, width: number, style: TextStyle, coverage: Coverage): Line<Piece>[] {
  const runs = typeof content === 'string' ? [{ text: content, face: faceOf(style.bold, style.italic) }] : runsOf(content, style);
  const known = widthsOf(pdf);
  const measure = (text: string, piece: Piece) => {
    const shown = shownText(piece, text);
    const key = `${piece.face} ${style.size} ${shown}`;
    let width = known.get(key);
    if (width === undefined) known.set(key, (width = pdf.font(piece.face).fontSize(style.size).widthOfString(shown)));
    return width;
  };
  // An empty line (two breaks in a row) keeps its height.
  return linesOf(runs.flatMap((run) => splitByCoverage(run, coverage))).flatMap((pieces) => (pieces.length ? breakLines(pieces, width, measure) : [{ fragments: [], width: 0 }]));
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

/** The height inline content takes in a column of the given width: exactly what setText will take. */
export function heightOf(pdf: Pdf, content: readonly Inline[] | string, width: number, style: TextStyle, coverage: Coverage): number {
  return layOut(pdf, content, width, style, coverage).length * lineHeightOf(style);
}
