/**
 * The faces of the open font both writers use (Fira Sans, SIL Open Font
 * License), passed in as bytes: where they come from is the adapter's
 * business (the extension's files, the npm package's dist/fonts/), so the
 * writers stay free of I/O. The build subsets them (scripts/fonts.mjs) to the
 * characters a Dutch note uses, Latin, Greek and common symbols.
 */
export const FONT_FAMILY = 'Fira Sans';
/** What a reader of the .docx without Fira Sans gets instead (Word's font substitution). */
export const FALLBACK_FAMILY = 'Arial';

export interface FontSet {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

export type FontFace = keyof FontSet;

export function faceOf(bold: boolean | undefined, italic: boolean | undefined): FontFace {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

/** The file names of the faces in dist/fonts/ (written by the build). */
export const FONT_FILES: Record<FontFace, string> = {
  regular: 'FiraSans-Regular.ttf',
  bold: 'FiraSans-Bold.ttf',
  italic: 'FiraSans-Italic.ttf',
  boldItalic: 'FiraSans-BoldItalic.ttf',
};
