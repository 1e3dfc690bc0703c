/**
 * PDF.js reads a PDF in a worker thread of its own: a hostile PDF (a stream
 * that inflates without end, a page that never finishes) is stopped by the
 * thread's heap limit or a deadline, and the process that asked goes on.
 *
 * The thread runs dist/pdf-worker.js, which starts pdfWorkerMain.ts's
 * bundle (dist/pdf-worker-main.js) from the code cache.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ImportError } from '../core/import/importError';
import { IMPORT_LIMITS } from '../core/import/limits';
import type { PdfText } from '../core/import/pdf/pdfLayout';

export const PDF_WORKER_FILE = 'pdf-worker.js';

export type Reply = { ok: true; text: PdfText } | { ok: false; id: ImportError['id']; args: ImportError['args'] };

export function readPdfInWorker(bytes: Uint8Array, workerDir: string): Promise<PdfText> {
  // The VS Code extension's package leaves PDF.js out (half a megabyte, past the package's budget);
  // the npm package, and so `nota import`, has it.
  if (!existsSync(path.join(workerDir, PDF_WORKER_FILE))) return Promise.reject(new ImportError('pdf-not-in-package', {}));
  // Loaded here, not at the top: a Word or text import never needs threads.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const worker = new Worker(path.join(workerDir, PDF_WORKER_FILE), {
      workerData: { nota: 'pdf-worker' },
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.pdfHeapMb },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => {
      settle(() => reject(new ImportError('pdf-timeout', { seconds: IMPORT_LIMITS.pdfTimeoutMs / 1000 })));
      void worker.terminate();
    }, IMPORT_LIMITS.pdfTimeoutMs);
    worker.once('message', (reply: Reply) => settle(() => (reply.ok ? resolve(reply.text) : reject(new ImportError(reply.id, reply.args)))));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ImportError('pdf-memory', { limit: IMPORT_LIMITS.pdfHeapMb }) : new ImportError('pdf-corrupt', { detail: error.message }))),
    );
    worker.once('exit', (code) => settle(() => reject(new ImportError('pdf-corrupt', { detail: `PDF.js exit ${code}` }))));
    worker.postMessage(bytes);
  });
}
