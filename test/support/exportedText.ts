/**
 * Reading exported documents back, as a person's tools would: the .docx with
 * mammoth (its body: headers and footers are left out by design), the PDF
 * with pdf.js (every page's text). And what must be found in them: every
 * heading, paragraph, list item, table cell and frontmatter value of the note.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import mammoth from 'mammoth';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { unzlibSync } from 'fflate';
import type { Block, Inline, NotePage } from '../../server/src/core/page/notePage';
import { inlineText } from '../../server/src/core/page/notePage';

export async function docxText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

export async function docxHtml(bytes: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;

/** A PDF opened with pdf.js as a reader would (no eval, no system fonts); the caller destroys it. */
export async function openPdf(bytes: Uint8Array): Promise<PdfJsModule.PDFDocumentProxy> {
  const lib = await (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
  return lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
}

/**
 * The text of each page, its items in the order pdf.js reads them. Page
 * furniture (artifacts: the running header, page numbers) is left out, as a
 * screen reader leaves it out, unless asked for.
 */
export async function pdfPages(bytes: Uint8Array, options: { artifacts?: boolean } = {}): Promise<string[]> {
  const document = await openPdf(bytes);
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent({ includeMarkedContent: true });
    let text = '';
    let artifact = 0;
    for (const item of content.items) {
      if ('str' in item) {
        if (!artifact || options.artifacts) text += item.str + (item.hasEOL ? '\n' : ' ');
      } else if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        if (artifact || (item as { tag?: string }).tag === 'Artifact') artifact++;
      } else if (item.type === 'endMarkedContent' && artifact) {
        artifact--;
      }
    }
    pages.push(text);
  }
  await document.destroy();
  return pages;
}

/** The units of a note that an export must carry, in the order of the page. */
export function expectedUnits(page: NotePage): { ordered: string[]; column: string[] } {
  const ordered = [...page.addressees, page.documentWord, page.subject, ...page.body.flatMap(blockUnits)].filter((t) => squeeze(t) !== '');
  const { column } = page;
  return { ordered, column: [...column.organisation, ...column.units, ...column.visitingAddress, ...column.postalAddress, ...column.fields.flatMap((f) => [f.label, f.value])] };
}

function blockUnits(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [text(block.content)];
    case 'list':
      return block.items.flatMap((item) => item.blocks.flatMap(blockUnits));
    case 'table':
      return [...block.header, ...block.rows.flat()].map(text);
    case 'quote':
      return block.blocks.flatMap(blockUnits);
    case 'code':
      return block.text.split(/\r?\n/);
    case 'rule':
      return [];
  }
}

function text(content: readonly Inline[]): string {
  return inlineText(content);
}

/**
 * Text without white space (extraction may break lines and split items
 * anywhere between words), in compatibility form: pdf.js gives the Greek mu
 * for the micro sign and "ij" for the ligature ĳ, as copying from a PDF does.
 */
export function squeeze(text: string, shown: (ch: string) => boolean = () => true): string {
  let out = '';
  for (const ch of text.replace(/\s+/g, '')) if (shown(ch)) out += ch;
  return out.normalize('NFKC');
}

/**
 * Checks that each unit appears in `extracted`, in order (each found after the
 * one before it); returns the units that are not found that way. `shown`
 * says which characters the document can show as text: a PDF sets those its
 * font lacks as a box (with the text in ActualText, which pdf.js does not read).
 */
export function missingInOrder(extracted: string, units: readonly string[], shown?: (ch: string) => boolean): string[] {
  const haystack = squeeze(extracted, shown);
  const missing: string[] = [];
  let at = 0;
  for (const unit of units) {
    const needle = squeeze(unit, shown);
    const found = haystack.indexOf(needle, at);
    if (found < 0) missing.push(unit);
    else at = found + needle.length;
  }
  return missing;
}

/** The characters the PDF's font can show (the build's subset of Fira Sans); the box it draws for the others is no text. */
export function pdfShows(root: string): (ch: string) => boolean {
  const fonts = ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((face) => fontkit.create(readFileSync(path.join(root, 'dist', 'fonts', `FiraSans-${face}.ttf`))) as fontkit.Font);
  return (ch) => ch !== '\u25af' && fonts.every((font) => font.hasGlyphForCodePoint(ch.codePointAt(0) as number));
}

/** The PDF's bytes as text, with every compressed stream inflated, for looking at its objects and content operators. */
export function pdfSource(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  return raw.replace(/\/FlateDecode\s*>>\s*stream\r?\n([\s\S]*?)\r?\nendstream/g, (whole, data: string) => {
    try {
      return `>>\nstream\n${Buffer.from(unzlibSync(Buffer.from(data, 'latin1'))).toString('latin1')}\nendstream`;
    } catch {
      return whole;
    }
  });
}
