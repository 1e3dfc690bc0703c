// `npm run docs:images`: copies the README's pictures from the last run of the
// tests in a real VS Code (test-results/vscode/, see `npm run test:e2e`) into
// docs/images/, where the README shows them. Look at them before committing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FROM = path.join(ROOT, 'test-results/vscode');
const TO = path.join(ROOT, 'docs/images');
const PICTURES = ['problems-panel.png', 'quick-fix.png', 'preview.png', 'notes-view.png'];

const missing = PICTURES.filter((name) => !fs.existsSync(path.join(FROM, name)));
if (missing.length) {
  console.error(`[docs:images] ERROR: ${missing.join(', ')} not in ${path.relative(ROOT, FROM)}/; run: npm run test:e2e -- --suite dev`);
  process.exit(1);
}
fs.mkdirSync(TO, { recursive: true });
for (const name of PICTURES) {
  fs.copyFileSync(path.join(FROM, name), path.join(TO, name));
  console.log(`[docs:images] ${path.relative(ROOT, path.join(TO, name))}`);
}
