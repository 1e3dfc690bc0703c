/**
 * The import's one entry: bytes and a file name in, a note (Markdown,
 * frontmatter values, report) out, or an ImportError that says in one line
 * why not. The format is read from the bytes, and must agree with the name
 * where the name says .docx or .pdf. What touches the outside (inflating,
 * PDF.js) comes in through `ImportEnvironment`, so this runs anywhere.
 */
import { ImportError } from './importError';
import type { ImportedNote } from './importedNote';
import { IMPORT_LIMITS } from './limits';
import { noteMarkdown } from './noteMarkdown';
import { readDocx } from './docx/readDocx';
import type { InflateRaw } from './docx/zip';
import { checkPdfEnvelope, layoutPdf, type PdfText } from './pdf/pdfLayout';
import { readText } from './readText';
import { recogniseNote } from './recognise';
import type { SourceDocument, SourceFormat } from './source';
import { decodeBytes } from '../text/decodeBytes';

export interface ImportEnvironment {
  inflateRaw: InflateRaw;
  /** The text items of a PDF with their positions (PDF.js, in the adapter). */
  readPdf(bytes: Uint8Array): Promise<PdfText>;
}

export interface ImportRequest {
  /** The file's name, for its extension. */
  name: string;
  bytes: Uint8Array;
  /** Section titles of the known note types. */
  sectionTitles: Iterable<string>;
}

export interface ImportResult extends ImportedNote {
  markdown: string;
}

export async function importSource(request: ImportRequest, environment: ImportEnvironment): Promise<ImportResult> {
  const source = await readSource(request.name, request.bytes, environment);
  const note = recogniseNote(source, { sectionTitles: request.sectionTitles });
  return { ...note, markdown: noteMarkdown(note) };
}

export async function readSource(name: string, bytes: Uint8Array, environment: ImportEnvironment): Promise<SourceDocument> {
  const format = formatOf(name, bytes);
  switch (format) {
    case 'docx':
      return readDocx(bytes, environment.inflateRaw);
    case 'pdf': {
      checkPdfEnvelope(bytes);
      return layoutPdf(await environment.readPdf(bytes));
    }
    default:
      return readText(decodeText(bytes));
  }
}

/** The format the bytes have; an error when they contradict the name's extension or fit none. */
export function formatOf(name: string, bytes: Uint8Array): SourceFormat {
  if (bytes.length === 0) throw new ImportError('empty', {});
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) throw new ImportError('too-large', { limit: IMPORT_LIMITS.maxFileBytes / 1024 / 1024 });
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
  const pdf = startsWithPdf(bytes);
  if (extension === 'docx' || extension === 'docm' || extension === 'dotx') {
    if (!zip) throw new ImportError('not-zip', {});
    return 'docx';
  }
  if (extension === 'pdf') {
    if (!pdf) throw new ImportError('not-pdf', {});
    return 'pdf';
  }
  if (zip) return 'docx';
  if (pdf) return 'pdf';
  return 'txt';
}

/** A PDF may have a few bytes of junk before its header; readers look in the first kilobyte. */
function startsWithPdf(bytes: Uint8Array): boolean {
  const head = decodeBytes(bytes.subarray(0, 1024), 'latin1');
  return head.includes('%PDF-');
}

/**
 * Text as the author saved it: UTF-8 or UTF-16 by their byte order marks,
 * UTF-8 if it decodes cleanly, else Windows-1252 (Word's "plain text" on
 * Windows). Binary data (NUL bytes, control characters) is refused.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeBytes(bytes.subarray(2), 'utf-16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeBytes(bytes.subarray(2), 'utf-16be');
  else {
    try {
      text = decodeBytes(bytes, 'utf-8', { fatal: true });
    } catch {
      text = decodeBytes(bytes, 'windows-1252');
    }
  }
  let control = 0;
  // Indexed, not for…of: a large text file is read once, without a string per character.
  // Stryker disable next-line EqualityOperator: one step past the end reads NaN, which is no control character
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) throw new ImportError('text-binary', {});
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  if (control > Math.max(8, text.length / 100)) throw new ImportError('text-binary', {});
  return text;
}
