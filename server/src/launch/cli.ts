/** dist/cli.js: runs `nota` (dist/cli-main.js) from the code cache. */
import path from 'node:path';
import { launch } from './codeCache';

launch(path.join(__dirname, 'cli-main.js'));
