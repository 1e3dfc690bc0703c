/**
 * dist/cli.js: runs `nota` (dist/cli-main.js) from the code cache; `nota
 * import` runs from a bundle of its own (dist/import-cli-main.js), which
 * holds the import and not the checker.
 */
import path from 'node:path';
import { launch } from './codeCache';

launch(path.join(__dirname, process.argv[2] === 'import' ? 'import-cli-main.js' : 'cli-main.js'));
