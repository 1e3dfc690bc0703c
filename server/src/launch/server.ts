/** dist/server.js: starts the language server (dist/server-main.js) from the code cache. */
import path from 'node:path';
import { launch } from './codeCache';

// The server runs for hours; its cache is written a few seconds in, after the first checks.
launch(path.join(__dirname, 'server-main.js'), { writeAfterMs: 5000 });
