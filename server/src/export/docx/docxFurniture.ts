/**
 * What stands around the body of a Word note: the right-hand column of page
 * 1, the lintblauw ribbon with its neutral placeholder, the running header of
 * later pages, the page numbers and the CONCEPT mark. The column and the
 * running header are frames in the page's right margin, so the body flows
 * beside them as on the printed note. Each header and footer ends with a
 * small ordinary paragraph: LibreOffice drops a frame that is the last thing
 * in one.
 */
import { FrameAnchorType, FrameWrap, Footer, Header, HeightRule, PageNumber, Paragraph, TextRun, type IFrameOptions } from 'docx';
import type { ColumnField, NotePage, PageColumn, RunningHeader } from '../../core/page/notePage';
import { BODY, COLOURS, COLUMN, MM, PAGE, PAGE_NUMBER_TOP, RIBBON, twips } from '../houseStyle';
import { STYLE } from './docxStyles';
import { wordText } from './wordText';

function frameAt(x: number, y: number, width: number, height?: number): IFrameOptions {
  return {
    // Stryker disable next-line StringLiteral: docx places a frame by its position; the type only tells the compiler which kind of frame it is.
    type: 'absolute',
    position: { x: twips(x), y: twips(y) },
    width: twips(width),
    ...(height === undefined ? { rule: HeightRule.AUTO } : { height: twips(height), rule: HeightRule.EXACT }),
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    wrap: FrameWrap.AROUND,
  };
}

const COLUMN_FRAME = frameAt(COLUMN.left, COLUMN.top, COLUMN.width);

function lines(texts: readonly string[], style: string, frame: IFrameOptions): Paragraph[] {
  return texts.map((text) => new Paragraph({ style, frame, children: [new TextRun(wordText(text))] }));
}

/** A label with its value below it (Datum / 19 maart 2026). */
function fieldLines(fields: readonly ColumnField[], frame: IFrameOptions): Paragraph[] {
  return fields.flatMap((field) => [
    new Paragraph({ style: STYLE.columnLabel, frame, children: [new TextRun(wordText(field.label))] }),
    new Paragraph({ style: STYLE.column, frame, children: [new TextRun(wordText(field.value))] }),
  ]);
}

/** An empty line inside the frame, between the column's groups. */
function gap(frame: IFrameOptions, style: string = STYLE.column): Paragraph {
  return new Paragraph({ style, frame, children: [] });
}

/** The right-hand column of page 1: sender, addresses, then Datum, Onze referentie, Bijlage(n). */
export function columnFrame(column: PageColumn): Paragraph[] {
  const groups: Paragraph[][] = [
    [...lines(column.organisation, STYLE.columnOrganisation, COLUMN_FRAME), ...lines(column.units, STYLE.column, COLUMN_FRAME)],
    lines(column.visitingAddress, STYLE.column, COLUMN_FRAME),
    lines(column.postalAddress, STYLE.column, COLUMN_FRAME),
  ].filter((group) => group.length > 0);
  const paragraphs = groups.flatMap((group, i) => (i ? [gap(COLUMN_FRAME), ...group] : group));
  return [...paragraphs, ...fieldLines(column.fields, COLUMN_FRAME)];
}

/**
 * Page 1's header: the ribbon, with the neutral placeholder outlined in it.
 * Three empty shaded frames of exact size, drawn in order: the ribbon, a
 * white one the size of the placeholder, and a lintblauw one just inside it,
 * which leaves the white outline. (A bordered paragraph inside the ribbon's
 * own frame is not kept as a frame by LibreOffice.)
 */
function firstPageHeader(concept: boolean): Header {
  const { width, height, placeholder } = RIBBON;
  const left = (PAGE.width - width) / 2;
  const outline = 1;
  const placeholderLeft = left + (width - placeholder.width) / 2;
  const placeholderTop = height - placeholder.bottom - placeholder.height;
  return new Header({
    children: [
      shadedFrame(left, 0, width, height, COLOURS.lintblauw),
      shadedFrame(placeholderLeft, placeholderTop, placeholder.width, placeholder.height, 'FFFFFF'),
      shadedFrame(placeholderLeft + outline, placeholderTop + outline, placeholder.width - outline - outline, placeholder.height - outline - outline, COLOURS.lintblauw),
      ...conceptMark(concept),
      new Paragraph({ style: STYLE.ribbon, children: [] }),
    ],
  });
}

/** An empty frame filled with one colour: page furniture, with no text for a reader to meet. */
function shadedFrame(x: number, y: number, width: number, height: number, fill: string): Paragraph {
  return new Paragraph({
    style: STYLE.ribbon,
    frame: { ...frameAt(x, y, width, height), wrap: FrameWrap.NONE },
    shading: { type: 'clear', fill, color: 'auto' },
    spacing: { before: 0, after: 0, line: twips(height), lineRule: 'exact' },
    children: [],
  });
}

/** Pages 2 and later: the organisation, Datum and Onze referentie again, in the right-hand column. */
function runningHeader(header: RunningHeader, concept: boolean): Header {
  const frame = frameAt(COLUMN.left, COLUMN.top, COLUMN.width);
  const sender = [...lines(header.organisation, STYLE.columnOrganisation, frame), ...lines(header.units, STYLE.runningHeader, frame)];
  return new Header({
    children: [
      ...sender,
      ...fieldLines(header.fields, frame),
      ...conceptMark(concept),
      new Paragraph({ style: STYLE.ribbon, children: [] }),
    ],
  });
}

function conceptMark(concept: boolean): Paragraph[] {
  if (!concept) return [];
  return [new Paragraph({ style: STYLE.concept, frame: frameAt(BODY.left, 12 * MM, 60 * MM), children: [new TextRun('CONCEPT')] })];
}

/** "Pagina 2 van 3", with Word's page fields, at the foot of the right-hand column. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        frame: frameAt(COLUMN.left, PAGE_NUMBER_TOP, COLUMN.width),
        children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })],
      }),
      new Paragraph({ style: STYLE.ribbon, children: [] }),
    ],
  });
}

export function headersAndFooters(page: NotePage): { headers: { first: Header; default: Header }; footers: { first: Footer; default: Footer } } {
  return {
    headers: { first: firstPageHeader(page.concept), default: runningHeader(page.runningHeader, page.concept) },
    footers: { first: pageNumberFooter(), default: pageNumberFooter() },
  };
}
