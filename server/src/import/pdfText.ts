/**
 * A PDF's text items with positions and fonts, read with PDF.js (the
 * serverless build that unpdf ships, which needs no worker script). Runs in
 * a worker thread of its own (pdfWorker.ts), which bounds its time and heap.
 *
 * - Marked content tagged /Artifact (running header, page numbers of a
 *   tagged PDF) is flagged, so the layout can drop it and say so.
 * - Bold and italic come from the font's name ("FiraSans-Bold"), known once
 *   the page's operator list has loaded its fonts.
 * - Nothing is fetched: no font, no character map, no script (eval is off).
 */
import { ImportError } from '../core/import/importError';
import { IMPORT_LIMITS } from '../core/import/limits';
import type { PdfItem, PdfPage, PdfText } from '../core/import/pdf/pdfLayout';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

interface MarkedContent {
  type: string;
  tag?: string;
}

/** PDF.js of unpdf 1.7 uses ArrayBuffer.transferToFixedLength (Node 21+) to hand fonts over; Node 20 lacks it. */
function ensureTransfer(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (proto.transferToFixedLength) return;
  Object.defineProperty(proto, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  ensureTransfer();
  const { getDocument } = await import('unpdf/pdfjs');
  const task = getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    throw pdfError(error);
  }
  try {
    const { info } = (await pdf.getMetadata()) as { info: { EncryptFilterName?: string | null } };
    if (info.EncryptFilterName) return { pages: [], encrypted: true };
    if (pdf.numPages > IMPORT_LIMITS.maxPdfPages) throw new ImportError('pdf-too-many-pages', { pages: pdf.numPages, limit: IMPORT_LIMITS.maxPdfPages });
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      // The operator list loads the page's fonts, whose names tell bold and italic.
      await page.getOperatorList();
      const content = await page.getTextContent({ includeMarkedContent: true });
      const fonts = new Map<string, { bold: boolean; italic: boolean }>();
      for (const raw of content.items as (TextItem | MarkedContent)[]) {
        if ('fontName' in raw && !fonts.has(raw.fontName)) fonts.set(raw.fontName, styleOf(await fontName(page.commonObjs, raw.fontName)));
      }
      const items: PdfItem[] = [];
      const marks: boolean[] = [];
      for (const raw of content.items as (TextItem | MarkedContent)[]) {
        if ('type' in raw && !('str' in raw)) {
          if (raw.type === 'beginMarkedContent' || raw.type === 'beginMarkedContentProps') marks.push(raw.tag === 'Artifact' || marks.some(Boolean));
          else if (raw.type === 'endMarkedContent') marks.pop();
          continue;
        }
        const item = raw as TextItem;
        if (!item.str) continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
        const style = fonts.get(item.fontName) ?? { bold: false, italic: false };
        items.push({ text: item.str, x, y, width: item.width, fontSize: Math.hypot(c, d) || Math.hypot(a, b), bold: style.bold, italic: style.italic, artifact: marks.some(Boolean) });
      }
      pages.push({ width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    return { pages, encrypted: false };
  } catch (error) {
    throw error instanceof ImportError ? error : pdfError(error);
  } finally {
    await pdf.destroy();
  }
}

interface FontObjects {
  has(id: string): boolean;
  get(id: string, callback?: (value: unknown) => void): unknown;
}

/** The font's PostScript name; the font arrives from PDF.js's loader shortly after the operator list, so it is waited for briefly. */
async function fontName(objects: FontObjects, id: string): Promise<string> {
  if (objects.has(id)) return (objects.get(id) as { name?: string } | null)?.name ?? '';
  const font = await Promise.race([new Promise<unknown>((resolve) => objects.get(id, resolve)), new Promise<null>((resolve) => setTimeout(() => resolve(null), 100))]);
  return (font as { name?: string } | null)?.name ?? '';
}

function styleOf(name: string): { bold: boolean; italic: boolean } {
  return { bold: /bold|black|heavy|semibold|demi/i.test(name), italic: /italic|oblique/i.test(name) };
}

function pdfError(error: unknown): ImportError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return new ImportError('pdf-encrypted', {});
  const message = error instanceof Error ? error.message : String(error);
  return new ImportError('pdf-corrupt', { detail: message.replace(/\s+/g, ' ').slice(0, 160) });
}
