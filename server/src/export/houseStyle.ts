/**
 * The printed note's measurements, shared by the Word and PDF writers so the
 * two documents look alike (and like the preview, styles.ts). Points (1/72
 * inch) throughout; A4 is 595.28 × 841.89 pt.
 */
export const MM = 72 / 25.4;

export const PAGE = { width: 595.28, height: 841.89 };

/** The body's text column, and the right-hand column beside it. */
export const BODY = { left: 24 * MM, right: 143 * MM, top: 45 * MM, bottom: PAGE.height - 25 * MM };
export const COLUMN = { left: 150 * MM, width: PAGE.width - 150 * MM - 10 * MM, top: 45 * MM };
/** Where the page number stands: in the right-hand column, at the foot of the page. */
export const PAGE_NUMBER_TOP = PAGE.height - 17 * MM;

/** The lintblauw ribbon at the top centre of page 1, with a neutral placeholder where the state emblem would be. */
export const RIBBON = { width: 16 * MM, height: 34 * MM, placeholder: { width: 9 * MM, height: 14 * MM, bottom: 4 * MM } };

export const COLOURS = { lintblauw: '154273', ink: '1B1B1B', muted: '535353', concept: 'A4262C', rule: 'BBBBBB' };

/** Type sizes in points, and the body's line height as a factor of its size. */
export const SIZES = {
  body: 9.5,
  lineHeight: 1.45,
  column: 7.5,
  documentWord: 22,
  subject: 11,
  heading: [12, 10, 9.5, 9.5, 9.5, 9.5] as const,
  code: 8.5,
  concept: 9,
};

/** Indentation of each list level, and where its marker hangs. */
export const LIST = { indent: 5 * MM, hanging: 4 * MM, maxLevel: 8 };

/** Tables wider than this are set as rows of text: on an A4 text column their cells could not hold a word. */
export const MAX_TABLE_COLUMNS = 20;

/** Twentieths of a point (Word's "twips"). */
export function twips(points: number): number {
  return Math.round(points * 20);
}
