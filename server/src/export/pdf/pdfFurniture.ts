/**
 * What stands around the body of a PDF note. The right-hand column of page 1
 * is content (it is read, in the structure tree after the title block); the
 * ribbon, the running header of later pages, the page numbers and the
 * CONCEPT mark are page furniture, marked as artifacts so assistive
 * technology skips them, and drawn once the body's pages are known.
 */
import type { ColumnField, NotePage } from '../../core/page/notePage';
import { BODY, COLOURS, COLUMN, MM, PAGE, PAGE_NUMBER_TOP, RIBBON, SIZES } from '../houseStyle';
import { lineHeightOf, setText, type Coverage, type Pdf, type TextStyle } from './pdfText';

const COLUMN_STYLE: TextStyle = { size: SIZES.column, lineHeight: 1.3 };
const LABEL_STYLE: TextStyle = { ...COLUMN_STYLE, bold: true };

/** Lines of the right-hand column at y, tagged into `into` when given; returns the y below them. */
function columnLines(pdf: Pdf, texts: readonly string[], y: number, style: TextStyle, coverage: Coverage, into?: PDFKit.PDFStructureElement): number {
  for (const text of texts) {
    setText(pdf, text, COLUMN.left, y, COLUMN.width, style, coverage, into);
    y = pdf.y;
  }
  return y;
}

/** Datum, Onze referentie, Bijlage(n): a label with its value below it, each field a paragraph of its own when tagged. */
function fieldLines(pdf: Pdf, fields: readonly ColumnField[], y: number, coverage: Coverage, paragraph?: () => PDFKit.PDFStructureElement): number {
  for (const field of fields) {
    const into = paragraph?.();
    y += 2.5 * MM;
    y = columnLines(pdf, [field.label], y, LABEL_STYLE, coverage, into);
    y = columnLines(pdf, [field.value], y, COLUMN_STYLE, coverage, into);
    into?.end();
  }
  return y;
}

/** The column of page 1, tagged as a division of its own with a paragraph per group and field. */
export function drawColumn(pdf: Pdf, page: NotePage, parent: PDFKit.PDFStructureElement, coverage: Coverage): void {
  const { column } = page;
  const division = pdf.struct('Div', { title: 'Colofon' });
  parent.add(division);
  const paragraph = () => {
    const element = pdf.struct('P');
    division.add(element);
    return element;
  };
  type Group = { lines: readonly string[]; style: TextStyle }[];
  const groups = ([
    [{ lines: column.organisation, style: LABEL_STYLE }, { lines: column.units, style: COLUMN_STYLE }],
    [{ lines: column.visitingAddress, style: COLUMN_STYLE }],
    [{ lines: column.postalAddress, style: COLUMN_STYLE }],
  ] as Group[]).filter((group) => group.some((part) => part.lines.length > 0));
  let y = COLUMN.top;
  groups.forEach((group, i) => {
    if (i) y += lineHeightOf(COLUMN_STYLE);
    const into = paragraph();
    for (const { lines, style } of group) y = columnLines(pdf, lines, y, style, coverage, into);
    into.end();
  });
  fieldLines(pdf, column.fields, y, coverage, paragraph);
  division.end();
}

/** Page furniture on every page, after layout: the pages are all there to switch to. */
export function drawFurniture(pdf: Pdf, page: NotePage, coverage: Coverage): void {
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    pdf.switchToPage(index);
    // Furniture stands in the margins: no automatic page break while it is drawn.
    const margins = pdf.page.margins;
    pdf.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    const number = index - range.start + 1;
    if (number === 1) artifact(pdf, 'Layout', () => drawRibbon(pdf));
    else artifact(pdf, 'Pagination', () => drawRunningHeader(pdf, page, coverage));
    artifact(pdf, 'Pagination', () => setText(pdf, `Pagina ${number} van ${range.count}`, COLUMN.left, PAGE_NUMBER_TOP, COLUMN.width, COLUMN_STYLE, coverage));
    if (page.concept) {
      artifact(pdf, 'Pagination', () => setText(pdf, 'CONCEPT', BODY.left, 12 * MM, 60 * MM, { size: SIZES.concept, lineHeight: 1.2, bold: true, colour: COLOURS.concept }, coverage));
    }
    pdf.page.margins = margins;
  }
}

function artifact(pdf: Pdf, type: 'Layout' | 'Pagination', draw: () => void): void {
  pdf.markContent('Artifact', { type });
  draw();
  pdf.endMarkedContent();
}

/** The lintblauw ribbon at the top centre, with the neutral placeholder outlined where the state emblem would be. */
function drawRibbon(pdf: Pdf): void {
  const left = (PAGE.width - RIBBON.width) / 2;
  pdf.save();
  pdf.rect(left, 0, RIBBON.width, RIBBON.height).fill(`#${COLOURS.lintblauw}`);
  const { placeholder } = RIBBON;
  pdf.lineWidth(1.2).strokeColor('#FFFFFF')
    .roundedRect(left + (RIBBON.width - placeholder.width) / 2, RIBBON.height - placeholder.bottom - placeholder.height, placeholder.width, placeholder.height, 0.8)
    .stroke();
  pdf.restore();
}

/** Pages 2 and later repeat the sender, Datum and Onze referentie in the right-hand column. */
function drawRunningHeader(pdf: Pdf, page: NotePage, coverage: Coverage): void {
  const { runningHeader } = page;
  let y = columnLines(pdf, runningHeader.organisation, COLUMN.top, LABEL_STYLE, coverage);
  y = columnLines(pdf, runningHeader.units, y, COLUMN_STYLE, coverage);
  fieldLines(pdf, runningHeader.fields, y, coverage);
}
