/**
 * The import as Node runs it, for the CLI and the language server. Shipped
 * as a bundle of its own (dist/import-main.js) that they load only when
 * something is imported, so `nota check` and the server's start never pay
 * for it. PDF.js runs in a worker thread (dist/pdf-worker.js).
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { InflateLimitError } from '../core/import/docx/zip';
import { ImportError } from '../core/import/importError';
import { importSource, type ImportEnvironment, type ImportResult } from '../core/import/importSource';
import { IMPORT_LIMITS } from '../core/import/limits';
import { readPdfInWorker } from './pdfWorker';

export { ImportError } from '../core/import/importError';
export { importMessage } from '../core/import/importMessages';
export { reportLines } from '../core/import/reportText';
export { IMPORT_LIMITS } from '../core/import/limits';
export type { ImportResult } from '../core/import/importSource';

export interface ImporterOptions {
  /** Where pdf-worker.js lies: beside this bundle unless said otherwise. */
  workerDir?: string;
  sectionTitles: Iterable<string>;
}

export interface Importer {
  /** Imports bytes already in memory (the editor sends them). */
  importBytes(name: string, bytes: Uint8Array): Promise<ImportResult>;
  /** Reads a file, refusing one over the size limit before reading it. */
  importFile(file: string): Promise<ImportResult>;
}

export function nodeEnvironment(workerDir: string): ImportEnvironment {
  return {
    inflateRaw: (data, maxBytes) => {
      // zlib stops as soon as the output would pass the cap: a lying entry costs no more than its declared size.
      try {
        return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
      } catch (error) {
        throw (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? new InflateLimitError(`past ${maxBytes} bytes`) : error;
      }
    },
    readPdf: (bytes) => readPdfInWorker(bytes, workerDir),
  };
}

export function createImporter(options: ImporterOptions): Importer {
  const environment = nodeEnvironment(options.workerDir ?? __dirname);
  const sectionTitles = [...options.sectionTitles];
  const importBytes = (name: string, bytes: Uint8Array) => importSource({ name, bytes, sectionTitles }, environment);
  return {
    importBytes,
    async importFile(file) {
      // Synchronous: a note is small, and the thread pool's round trips cost more than the reads.
      const descriptor = openSync(file, 'r');
      let bytes: Uint8Array;
      try {
        const { size } = fstatSync(descriptor);
        if (size > IMPORT_LIMITS.maxFileBytes) throw new ImportError('too-large', { limit: IMPORT_LIMITS.maxFileBytes / 1024 / 1024 });
        if (size === 0) throw new ImportError('empty', {});
        bytes = readFileSync(descriptor);
      } finally {
        closeSync(descriptor);
      }
      return importBytes(file, bytes);
    },
  };
}
