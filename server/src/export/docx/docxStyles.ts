/**
 * The Word styles of an exported note. Sections use Word's own heading
 * styles (Heading 1 for `##`, Heading 2 for `###`, …) with outline levels, so
 * the navigation pane, a table of contents and every converter know them;
 * everything else has a style named after its role on the page ("Nota -
 * Onderwerp", "Nota - Kolom", …), so an organisation can restyle a note in
 * Word without touching its text.
 */
import { AlignmentType, BorderStyle, LevelFormat, type ILevelsOptions, type INumberingOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { FONT_FAMILY } from '../fonts';
import { COLOURS, LIST, MM, SIZES, twips } from '../houseStyle';

/** Style ids, by role. */
export const STYLE = {
  title: 'Title',
  headings: ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5'] as const,
  addressee: 'NotaGeadresseerde',
  documentWord: 'NotaDocumentsoort',
  subject: 'NotaOnderwerp',
  columnOrganisation: 'NotaKolomAfzender',
  column: 'NotaKolom',
  columnLabel: 'NotaKolomLabel',
  runningHeader: 'NotaLopendeKop',
  pageNumber: 'NotaPaginanummer',
  concept: 'NotaConcept',
  ribbon: 'NotaLint',
  quote: 'NotaCitaat',
  code: 'NotaCode',
  tableText: 'NotaTabeltekst',
  listParagraph: 'ListParagraph',
} as const;

const half = (points: number) => Math.round(points * 2);
const line = (factor: number) => Math.round(240 * factor);

function style(id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, ...options };
}

const columnText = { size: half(SIZES.column), color: COLOURS.ink };
const columnParagraph = { spacing: { before: 0, after: 0, line: line(1.3) } };

export function documentStyles(language: string): IStylesOptions {
  const headingSizes = SIZES.heading.slice(1);
  return {
    default: {
      document: {
        run: { font: FONT_FAMILY, size: half(SIZES.body), color: COLOURS.ink, language: { value: language } },
        paragraph: { spacing: { after: twips(2.5 * MM), line: line(SIZES.lineHeight) } },
      },
      title: { run: { font: FONT_FAMILY, size: half(SIZES.heading[0]), bold: true, color: COLOURS.ink }, paragraph: { spacing: { before: twips(4 * MM), after: twips(2 * MM) } } },
      // Word's heading styles, restyled: `##` is Heading 1 (outline level 1 in Word's numbering, 0 in the file).
      heading1: { run: { font: FONT_FAMILY, size: half(headingSizes[0] as number), bold: true, color: COLOURS.ink }, paragraph: { keepNext: true, outlineLevel: 0, spacing: { before: twips(6 * MM), after: twips(2 * MM) } } },
      heading2: { run: { font: FONT_FAMILY, size: half(headingSizes[1] as number), bold: true, italics: true, color: COLOURS.ink }, paragraph: { keepNext: true, outlineLevel: 1, spacing: { before: twips(4 * MM), after: twips(1 * MM) } } },
      heading3: { run: { font: FONT_FAMILY, size: half(headingSizes[2] as number), italics: true, color: COLOURS.ink }, paragraph: { keepNext: true, outlineLevel: 2, spacing: { before: twips(3 * MM), after: twips(1 * MM) } } },
      heading4: { run: { font: FONT_FAMILY, size: half(headingSizes[3] as number), italics: true, color: COLOURS.ink }, paragraph: { keepNext: true, outlineLevel: 3, spacing: { before: twips(3 * MM), after: twips(1 * MM) } } },
      heading5: { run: { font: FONT_FAMILY, size: half(headingSizes[4] as number), italics: true, color: COLOURS.ink }, paragraph: { keepNext: true, outlineLevel: 4, spacing: { before: twips(3 * MM), after: twips(1 * MM) } } },
      listParagraph: { run: { font: FONT_FAMILY } },
      // Links in the house's blue, as in the preview and the PDF.
      hyperlink: { run: { color: COLOURS.lintblauw, underline: { type: 'single', color: COLOURS.lintblauw } } },
    },
    paragraphStyles: [
      style(STYLE.addressee, 'Nota - Geadresseerde', { paragraph: { spacing: { after: 0 } } }),
      style(STYLE.documentWord, 'Nota - Documentsoort', { run: { size: half(SIZES.documentWord), bold: true }, paragraph: { spacing: { before: twips(10 * MM), after: twips(4 * MM), line: line(1) } } }),
      style(STYLE.subject, 'Nota - Onderwerp', { run: { size: half(SIZES.subject), bold: true }, paragraph: { spacing: { after: twips(8 * MM) } } }),
      style(STYLE.columnOrganisation, 'Nota - Afzender', { run: { ...columnText, bold: true }, paragraph: columnParagraph }),
      style(STYLE.column, 'Nota - Kolom', { run: columnText, paragraph: columnParagraph }),
      style(STYLE.columnLabel, 'Nota - Kolomlabel', { run: { ...columnText, bold: true }, paragraph: { spacing: { before: twips(2.5 * MM), after: 0, line: line(1.3) }, keepNext: true } }),
      style(STYLE.runningHeader, 'Nota - Lopende kop', { run: columnText, paragraph: columnParagraph }),
      style(STYLE.pageNumber, 'Nota - Paginanummer', { run: columnText, paragraph: columnParagraph }),
      style(STYLE.concept, 'Nota - Concept', { run: { size: half(SIZES.concept), bold: true, color: COLOURS.concept, characterSpacing: 40 }, paragraph: { spacing: { after: 0 } } }),
      style(STYLE.ribbon, 'Nota - Lint', { run: { size: 2 }, paragraph: { spacing: { before: 0, after: 0, line: 20 } } }),
      style(STYLE.quote, 'Nota - Citaat', {
        run: { italics: true },
        paragraph: { indent: { left: twips(5 * MM) }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: COLOURS.rule, space: 6 } } },
      }),
      style(STYLE.code, 'Nota - Code', { run: { font: 'Courier New', size: half(SIZES.code) }, paragraph: { spacing: { after: 0, line: line(1.2) }, shading: { type: 'clear', fill: 'F3F3F3', color: 'auto' } } }),
      style(STYLE.tableText, 'Nota - Tabeltekst', { paragraph: { spacing: { after: 0, line: line(1.25) } } }),
    ],
  };
}

/** Bullet markers by level: a bullet and a dash in turn (Fira Sans has no white bullet or square). */
const BULLETS = ['•', '–', '•', '–', '•', '–', '•', '–', '•'];

function levels(ordered: boolean, start: number): ILevelsOptions[] {
  return Array.from({ length: LIST.maxLevel + 1 }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : (BULLETS[level] as string),
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: twips(LIST.indent * (level + 1)), hanging: twips(LIST.hanging) } }, run: { font: FONT_FAMILY } },
  }));
}

export const BULLET_LIST = 'nota-bullets';

/** The numbering definitions: one for bullets, one per start value of the ordered lists. */
export function numberingOptions(orderedStarts: Iterable<number>): INumberingOptions {
  return {
    config: [
      { reference: BULLET_LIST, levels: levels(false, 1) },
      ...[...new Set(orderedStarts)].map((start) => ({ reference: orderedList(start), levels: levels(true, start) })),
    ],
  };
}

export function orderedList(start: number): string {
  return `nota-numbers-${start}`;
}
