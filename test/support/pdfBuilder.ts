/**
 * PDFs for the import tests, written byte by byte: pages of positioned text
 * in the standard Helvetica faces (regular, bold, oblique), optionally
 * marked as artifacts (/Artifact BMC … EMC, as a tagged PDF marks its
 * running header and page numbers), and pages with only a drawing (a scan
 * without a text layer). Also the house-style PDF of a generated note:
 * A4, body text at x 68, the right-hand column at x 425.
 */
import { parseInlineMarks } from '../../server/src/core/import/inlineMarks';
import { wrapColumn, type BlockSpec, type NoteSpec } from './noteSpecs';

export interface TextItem {
  x: number;
  y: number;
  text: string;
  size?: number;
  font?: 'regular' | 'bold' | 'italic';
  artifact?: boolean;
}

export interface PageSpec {
  items: TextItem[];
  /** Draw a filled rectangle (a scanned page has pictures, not text). */
  drawing?: boolean;
}

const FONTS = { regular: 'F1', bold: 'F2', italic: 'F3' } as const;
/** Characters outside Latin-1 that notes use, as WinAnsiEncoding codes. */
const WIN_ANSI: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '€': 0x80 };

function encode(text: string): string {
  let out = '';
  for (const char of text) {
    const code = WIN_ANSI[char] ?? char.charCodeAt(0);
    const byte = code < 256 ? code : 0x3f;
    out += byte === 0x28 || byte === 0x29 || byte === 0x5c ? `\\${String.fromCharCode(byte)}` : byte < 32 || byte > 126 ? `\\${byte.toString(8).padStart(3, '0')}` : String.fromCharCode(byte);
  }
  return out;
}

export function buildPdf(pages: readonly PageSpec[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add('');
  const pagesObject = add('');
  const fonts = [add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'), add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'), add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>')];
  const kids: number[] = [];
  for (const page of pages) {
    const content = page.items
      .map((item) => {
        const text = `BT /${FONTS[item.font ?? 'regular']} ${item.size ?? 9.5} Tf 1 0 0 1 ${item.x.toFixed(2)} ${item.y.toFixed(2)} Tm (${encode(item.text)}) Tj ET`;
        return item.artifact ? `/Artifact BMC ${text} EMC` : text;
      })
      .concat(page.drawing ? ['0.5 g 60 100 470 640 re f'] : [])
      .join('\n');
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObject} 0 R /MediaBox [0 0 595.28 841.89] /Contents ${stream} 0 R /Resources << /Font << /F1 ${fonts[0]} 0 R /F2 ${fonts[1]} 0 R /F3 ${fonts[2]} 0 R >> >> >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObject} 0 R /MarkInfo << /Marked true >> /Lang (nl-NL) >>`;
  objects[pagesObject - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const BODY_X = 68;
/** Where body text stops: a gutter before the right-hand column. */
const RIGHT = 392;
const SIDE_X = 425;
const TOP = 780;
const BOTTOM = 90;
const LEADING = 13;

interface Word {
  text: string;
  font: NonNullable<TextItem['font']>;
}

/** The words of text with `**bold**` / `*italic*` marks (which may span words), each with its face. */
function markedWords(text: string): Word[] {
  const words: Word[] = [];
  let glued = false;
  for (const span of parseInlineMarks(text)) {
    const font = span.bold ? 'bold' : span.italic ? 'italic' : 'regular';
    const parts = span.text.split(' ');
    parts.forEach((part, i) => {
      if (part && i === 0 && glued && words.length) words.push({ text: part, font, ...{ glued: true } } as Word);
      else if (part) words.push({ text: part, font });
    });
    glued = !span.text.endsWith(' ');
  }
  return words;
}

/**
 * Words split over lines as a typesetter does: a word goes to the next line
 * when it would not fit in `width` points (for the column and the subject,
 * about `chars` characters at their size).
 */
function wrapWords(text: string, chars: number, width = chars * 5, size = 9.5): Word[][] {
  const lines: Word[][] = [[]];
  let used = 0;
  for (const word of markedWords(text)) {
    const glued = (word as Word & { glued?: boolean }).glued === true;
    const advance = textWidth(word.text, size, word.font === 'bold') + (used && !glued ? textWidth(' ', size) : 0);
    if (used && !glued && used + advance > width) {
      lines.push([]);
      used = 0;
    }
    lines[lines.length - 1]!.push(word);
    used += used ? advance : textWidth(word.text, size, word.font === 'bold');
  }
  return lines;
}

/** Helvetica's advance widths (1/1000 em) for the characters the tests write; bold is wider. */
const WIDTHS: Record<string, number> = {
  ' ': 278, '.': 278, ',': 278, ':': 278, ';': 278, '?': 556, '-': 333, '–': 556, '•': 350, '’': 222, '(': 333, ')': 333, '/': 278, '€': 556,
  a: 556, b: 556, c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, i: 222, j: 222, k: 500, l: 222, m: 833, n: 556, o: 556, p: 556, q: 556, r: 333, s: 500, t: 278, u: 556, v: 500, w: 722, x: 500, y: 500, z: 500,
  A: 667, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 500, K: 667, L: 556, M: 833, N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611,
};

/** Helvetica-Bold where it differs from Helvetica. */
const BOLD_WIDTHS: Record<string, number> = {
  '?': 611, '’': 278, ':': 333, ';': 333,
  b: 611, c: 556, d: 611, f: 333, g: 611, h: 611, i: 278, j: 278, k: 556, l: 278, m: 889, n: 611, o: 611, p: 611, q: 611, r: 389, s: 556, t: 333, u: 611, v: 556, w: 778, x: 556, y: 556,
  A: 722, B: 722, J: 556, K: 722, L: 611, P: 667,
};

export function textWidth(text: string, size: number, bold = false): number {
  let width = 0;
  for (const char of text) width += (bold ? BOLD_WIDTHS[char] : undefined) ?? WIDTHS[char] ?? 556;
  return (width / 1000) * size;
}

/** A line of words as items, one per word, placed by their widths; a word glued to the one before (a full stop after a bold word) follows without a space. */
function lineItems(words: readonly Word[], x: number, y: number, size = 9.5): TextItem[] {
  const items: TextItem[] = [];
  let at = x;
  words.forEach((word, i) => {
    if (i > 0 && !(word as Word & { glued?: boolean }).glued) at += textWidth(' ', size);
    items.push({ x: at, y, text: word.text, font: word.font });
    at += textWidth(word.text, size, word.font === 'bold');
  });
  return items;
}

/** A generated note as a house-style PDF; `tagged` marks the running header and page numbers as artifacts. */
export function notePdf(spec: NoteSpec, options: { tagged: boolean }): Uint8Array {
  const pages: PageSpec[] = [];
  let items: TextItem[] = [];
  let y = TOP;
  const newPage = () => {
    pages.push({ items });
    items = runningHeaderItems(spec, options.tagged);
    y = TOP;
  };
  const need = (height: number) => {
    if (y - height < BOTTOM) newPage();
  };
  // Page 1: the right-hand column, then the addressees, the type word, the subject.
  let side = TOP;
  const sideLine = (text: string, font: TextItem['font'] = 'regular') => {
    items.push({ x: SIDE_X, y: side, text, font, size: 7.5 });
    side -= 10;
  };
  for (const words of wrapWords(spec.afzender.organisatie, 30)) sideLine(words.map((w) => w.text).join(' '), 'bold');
  for (const unit of spec.afzender.onderdeel) for (const line of wrapColumn(unit, 30)) sideLine(line);
  side -= 6;
  for (const line of [...spec.afzender.bezoekadres.split(', '), ...spec.afzender.postadres.split(', ')]) sideLine(line);
  for (const [label, value] of [['Datum', spec.datum], ['Onze referentie', spec.referentie], ...(spec.bijlagen !== undefined ? [['Bijlage(n)', String(spec.bijlagen)]] : [])] as [string, string][]) {
    side -= 6;
    sideLine(label, 'bold');
    sideLine(value);
  }
  for (const addressee of spec.aan) {
    items.push({ x: BODY_X, y, text: addressee });
    y -= LEADING;
  }
  y -= 40;
  items.push({ x: BODY_X, y, text: spec.typeWord, size: 22 });
  y -= 34;
  // The subject is bold at 11 pt: measured a little wide, so that it stays left of the column.
  for (const words of wrapWords(spec.onderwerp, 0, RIGHT - BODY_X, 12)) {
    items.push({ x: BODY_X, y, text: words.map((w) => w.text).join(' '), font: 'bold', size: 11 });
    y -= 15;
  }
  y = Math.min(y, side) - 24;
  const paragraph = (text: string, x: number) => {
    for (const words of wrapWords(text, 0, RIGHT - x)) {
      need(LEADING);
      items.push(...lineItems(words, x, y));
      y -= LEADING;
    }
  };
  const blocks = (list: readonly BlockSpec[]) => {
    for (const block of list) {
      if (block.kind === 'paragraph') paragraph(block.text, BODY_X);
      else {
        for (const item of block.items) {
          need(LEADING);
          items.push({ x: BODY_X, y, text: '•' });
          paragraph(item.text, BODY_X + 12);
          for (const child of item.children) {
            need(LEADING);
            items.push({ x: BODY_X + 12, y, text: '–' });
            paragraph(child, BODY_X + 24);
          }
        }
      }
      y -= 8;
    }
  };
  const heading = (text: string, size: number) => {
    need(40);
    y -= 6;
    items.push({ x: BODY_X, y, text, font: 'bold', size });
    y -= LEADING + 10;
  };
  spec.sections.forEach((section, i) => {
    heading(`${i + 1}. ${section.title}`, 11);
    blocks(section.blocks);
    let sub = 0;
    for (const subsection of section.subsections) {
      heading(subsection.numbered ? `${i + 1}.${++sub}. ${subsection.title}` : subsection.title, 9.5);
      blocks(subsection.blocks);
    }
  });
  pages.push({ items });
  // Page numbers, drawn after layout as a PDF writer does.
  pages.forEach((page, i) => page.items.push({ x: SIDE_X, y: 40, text: `Pagina ${i + 1} van ${pages.length}`, size: 7.5, artifact: options.tagged }));
  return buildPdf(pages);
}

function runningHeaderItems(spec: NoteSpec, tagged: boolean): TextItem[] {
  const organisation = wrapWords(spec.afzender.organisatie, 30).map((words, i): TextItem => ({ x: SIDE_X, y: TOP - i * 10, text: words.map((w) => w.text).join(' '), font: 'bold', size: 7.5, artifact: tagged }));
  return [
    ...organisation,
    { x: SIDE_X, y: TOP - 26, text: 'Datum', font: 'bold', size: 7.5, artifact: tagged },
    { x: SIDE_X, y: TOP - 36, text: spec.datum, size: 7.5, artifact: tagged },
    { x: SIDE_X, y: TOP - 52, text: 'Onze referentie', font: 'bold', size: 7.5, artifact: tagged },
    { x: SIDE_X, y: TOP - 62, text: spec.referentie, size: 7.5, artifact: tagged },
  ];
}
