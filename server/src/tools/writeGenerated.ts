/**
 * Build-time generation (run by scripts/build.mjs): the snippets file VS Code's
 * snippet picker reads, drawn from the note type schemas. Generated files live
 * in dist/ and are never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createLanguageService } from '../core/languageService';

export function writeGenerated(outDir: string): void {
  const service = createLanguageService();
  mkdirSync(path.join(outDir, 'snippets'), { recursive: true });
  writeFileSync(path.join(outDir, 'snippets', 'nota.code-snippets'), JSON.stringify(service.staticSnippets(), null, 2) + '\n');
}
