/** dist/pdf-worker.js: the worker thread that reads a PDF (dist/pdf-worker-main.js), from the code cache. */
import path from 'node:path';
import { launch } from './codeCache';

launch(path.join(__dirname, 'pdf-worker-main.js'));
