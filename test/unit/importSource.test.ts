/**
 * The import's entry (core/import/importSource.ts): the format is read from
 * the bytes and must agree with the name's extension; text is decoded as
 * the author saved it and binary data refused; the bytes go to the reader
 * of their format. Also the section titles the import looks for
 * (core/import/sectionTitles.ts).
 */
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { createLanguageService } from '../../server/src/core/languageService';
import { ImportError } from '../../server/src/core/import/importError';
import { decodeText, formatOf, importSource, readSource, type ImportEnvironment } from '../../server/src/core/import/importSource';
import { IMPORT_LIMITS } from '../../server/src/core/import/limits';
import type { PdfText } from '../../server/src/core/import/pdf/pdfLayout';
import { blockText } from '../../server/src/core/import/source';
import { builtinSectionTitles, sectionTitlesOf } from '../../server/src/core/import/sectionTitles';
import { buildDocx } from '../support/docxBuilder';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));
const TEXT = ascii('Aan de minister');
const ZIP = bytes(0x50, 0x4b, 3, 4, 20, 0);
const PDF = ascii('%PDF-1.7\n1 0 obj\n%%EOF\n');

/** The error an action throws, as its message id and arguments. */
function refusal(action: () => unknown): { id: string; args: Record<string, string | number> } {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof ImportError, String(error));
    return { id: error.id, args: error.args };
  }
  assert.fail('no error');
}

const environment = (pdf?: PdfText): ImportEnvironment => ({
  inflateRaw: (data, maxBytes) => inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) }),
  readPdf: () => (pdf ? Promise.resolve(pdf) : Promise.reject(new Error('no PDF expected'))),
});

describe('import entry', () => {
  describe('the format', () => {
    it('refuses an empty file', () => {
      assert.deepEqual(refusal(() => formatOf('nota.txt', bytes())), { id: 'empty', args: {} });
    });

    it('refuses a file larger than the limit, named in MB, and reads one of exactly the limit', () => {
      const limit = new Uint8Array(IMPORT_LIMITS.maxFileBytes);
      assert.equal(formatOf('nota.txt', limit), 'txt');
      assert.deepEqual(refusal(() => formatOf('nota.txt', new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1))), { id: 'too-large', args: { limit: 32 } });
    });

    it('takes a Word extension in any case as a Word file, and refuses one that is no zip archive', () => {
      assert.equal(formatOf('Nota.DOCX', ZIP), 'docx');
      for (const name of ['nota.docx', 'nota.DocM', 'sjabloon.dotx']) assert.deepEqual(refusal(() => formatOf(name, TEXT)), { id: 'not-zip', args: {} }, name);
    });

    it('takes .pdf as a PDF, and refuses one that has no PDF header', () => {
      assert.equal(formatOf('nota.PDF', PDF), 'pdf');
      assert.deepEqual(refusal(() => formatOf('nota.pdf', TEXT)), { id: 'not-pdf', args: {} });
      assert.deepEqual(refusal(() => formatOf('nota.pdf', ZIP)), { id: 'not-pdf', args: {} });
    });

    it('finds a PDF header after a few bytes of junk', () => {
      assert.equal(formatOf('nota.pdf', new Uint8Array([...ascii('\r\n  '), ...PDF])), 'pdf');
    });

    it('reads the extension only after the last dot, never in a folder name', () => {
      assert.equal(formatOf('verslag.pdf.txt', TEXT), 'txt');
      assert.equal(formatOf('stukken.docx/nota', TEXT), 'txt');
      assert.equal(formatOf('stukken.pdf\\nota', TEXT), 'txt');
    });

    it('goes by the bytes where the name says no Word file or PDF', () => {
      assert.equal(formatOf('nota', ZIP), 'docx');
      assert.equal(formatOf('nota.txt', PDF), 'pdf');
      assert.equal(formatOf('nota.md', TEXT), 'txt');
    });

    it('knows a zip archive by PK and 3 4, or 5 6 for an empty one', () => {
      assert.equal(formatOf('nota', bytes(0x50, 0x4b, 5, 6)), 'docx');
      assert.equal(formatOf('nota', bytes(0x50, 0x4b, 3, 6)), 'docx');
      assert.equal(formatOf('nota', bytes(0x50, 0x4b, 5, 4)), 'docx');
      for (const head of [[0x51, 0x4b, 3, 4], [0x50, 0x4c, 3, 4], [0x50, 0x4b, 4, 4], [0x50, 0x4b, 3, 5], [0x61, 0x62, 0x63, 4], [0x61, 0x62, 5, 0x63]]) {
        assert.equal(formatOf('nota', bytes(...head)), 'txt', head.join(' '));
      }
    });
  });

  describe('text as the author saved it', () => {
    it('reads UTF-8, and Windows-1252 where UTF-8 does not decode', () => {
      assert.equal(decodeText(new Uint8Array([...new TextEncoder().encode('Financiële “gevolgen”')])), 'Financiële “gevolgen”');
      assert.equal(decodeText(bytes(0x93, 0x61, 0x94, 0xeb)), '“a”ë');
    });

    it('reads UTF-16 by its byte order mark, little or big endian', () => {
      assert.equal(decodeText(bytes(0xff, 0xfe, 0x61, 0, 0xeb, 0)), 'aë');
      assert.equal(decodeText(bytes(0xfe, 0xff, 0, 0x61, 0, 0xeb)), 'aë');
    });

    it('reads a file starting with ÿ or þ, but no byte order mark, as Windows-1252', () => {
      assert.equal(decodeText(bytes(0xff, 0x61, 0x62)), 'ÿab');
      assert.equal(decodeText(bytes(0xfe, 0x61, 0x62)), 'þab');
      assert.equal(decodeText(bytes(0x61, 0xfe, 0x62)), 'aþb');
      assert.equal(decodeText(bytes(0x61, 0xff, 0x62)), 'aÿb');
    });

    it('refuses a NUL byte anywhere as binary', () => {
      assert.deepEqual(refusal(() => decodeText(ascii('Aan de minister\0'))), { id: 'text-binary', args: {} });
    });

    it('takes spaces, tabs, line ends and form feeds as text', () => {
      const text = '1.\tAanleiding\r\n \f\n'.repeat(10);
      assert.equal(decodeText(ascii(text)), text);
    });

    it('takes up to 8 control characters in a short text, and refuses 9', () => {
      assert.equal(decodeText(ascii(`Aan${'\x01'.repeat(8)}`)), `Aan${'\x01'.repeat(8)}`);
      assert.deepEqual(refusal(() => decodeText(ascii(`Aan${'\x01'.repeat(9)}`))), { id: 'text-binary', args: {} });
    });

    it('takes one control character in a hundred in a long text, and refuses more', () => {
      const long = (controls: number) => ascii(`${'a'.repeat(2000 - controls)}${'\x1b'.repeat(controls)}`);
      assert.equal(decodeText(long(20)).length, 2000);
      assert.deepEqual(refusal(() => decodeText(long(21))), { id: 'text-binary', args: {} });
    });
  });

  describe('the reader', () => {
    it('reads text with the text reader', async () => {
      const source = await readSource('nota.txt', ascii('Aan\nde minister\n\n1. Aanleiding'), environment());
      assert.equal(source.format, 'txt');
      assert.deepEqual(source.blocks.map(blockText), ['Aan\nde minister', '1. Aanleiding']);
    });

    it('reads a Word file with the Word reader', async () => {
      const source = await readSource('nota.docx', buildDocx({ body: [{ runs: [{ text: 'Aan de minister' }] }] }), environment());
      assert.equal(source.format, 'docx');
      assert.deepEqual(source.blocks.map(blockText), ['Aan de minister']);
    });

    it('reads a PDF with the PDF reader, after checking its end', async () => {
      const pdf: PdfText = { encrypted: false, pages: [{ width: 595, height: 842, items: [{ text: 'Aan de minister', x: 68, y: 100, width: 75, fontSize: 10, bold: false, italic: false, artifact: false }] }] };
      const source = await readSource('nota.pdf', PDF, environment(pdf));
      assert.equal(source.format, 'pdf');
      assert.deepEqual(source.blocks.map(blockText), ['Aan de minister']);
      await assert.rejects(readSource('nota.pdf', ascii('%PDF-1.7\n'), environment(pdf)), (error: unknown) => error instanceof ImportError && error.id === 'pdf-truncated');
    });

    it('gives the note and its Markdown', async () => {
      const result = await importSource({ name: 'nota.txt', bytes: ascii('informatienota\n\n1. Aanleiding\n\nTekst.\n'), sectionTitles: ['Aanleiding'] }, environment());
      assert.equal(result.markdown, '---\ntype: informatienota\n---\n\n## 1. Aanleiding\n\nTekst.\n');
      assert.equal(result.report.format, 'txt');
    });
  });

  describe('section titles', () => {
    it('reads the built-in types\' section titles and aliases from their schemas as the types have them', () => {
      const titles = builtinSectionTitles();
      assert.deepEqual(titles, sectionTitlesOf(createLanguageService().noteTypes.all()));
      assert.ok(titles.includes('Geadviseerd besluit'));
      assert.ok(titles.includes('Informatie die niet openbaar wordt gemaakt'));
    });
  });
});
