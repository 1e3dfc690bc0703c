/** The worker thread that reads one PDF with PDF.js and answers with its text items (see pdfWorker.ts). */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ImportError } from '../core/import/importError';
import type { Reply } from './pdfWorker';
import { readPdfText } from './pdfText';

function serve(): void {
  const port = parentPort;
  if (!port) return;
  port.once('message', (bytes: Uint8Array) => {
    readPdfText(bytes).then(
      (text) => finish({ ok: true, text }),
      (error: unknown) => finish(error instanceof ImportError ? { ok: false, id: error.id, args: error.args } : { ok: false, id: 'pdf-corrupt', args: { detail: error instanceof Error ? error.message : String(error) } }),
    );
  });
  const finish = (reply: Reply) => {
    port.postMessage(reply);
    port.close();
    // Exit rather than wait to be terminated (PDF.js may hold timers): the code cache is written at exit.
    setImmediate(() => process.exit(0));
  };
}

if (!isMainThread && (workerData as { nota?: string } | null)?.nota === 'pdf-worker') serve();
