/** dist/checkWorker.js: a worker thread of `nota check` (dist/checkWorker-main.js), from the code cache. */
import path from 'node:path';
import { launch } from './codeCache';

// Workers are terminated, not exited: the cache is written a second in, when
// the worker has checked notes, so that it holds the checking code too.
launch(path.join(__dirname, 'checkWorker-main.js'), { writeAfterMs: 1000 });
