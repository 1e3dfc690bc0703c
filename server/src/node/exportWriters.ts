/**
 * Loads the document writers and the fonts they embed from beside the running
 * bundle (dist/export-main.js, dist/fonts/). From source (tests), the writers
 * are the TypeScript modules and the fonts those the build wrote.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { NoteWriters } from '../export/index';
import { loadBundle } from '../launch/codeCache';
import type * as WritersModule from '../export/index';

/** Set by the build in the bundles that load the writers' bundle. */
declare const NOTA_EXPORT_BUNDLE: string | undefined;

function writersModule(): typeof WritersModule {
  // Compiled from V8's code cache, as the bundle that loads it was: most of an export's time is compiling the writers.
  if (typeof NOTA_EXPORT_BUNDLE === 'string') return loadBundle(path.join(__dirname, NOTA_EXPORT_BUNDLE)).exports as typeof WritersModule;
  // From source: a path the bundler does not follow, so the bundles never carry a copy of the writers.
  const source = ['..', 'export', 'index'].join('/');
  return createRequire(__filename)(source) as typeof WritersModule;
}

export function fontFolder(): string {
  return typeof NOTA_EXPORT_BUNDLE === 'string' ? path.join(__dirname, 'fonts') : path.resolve(__dirname, '../../../dist/fonts');
}

/** The writers with their fonts; throws with the file's name when a font cannot be read. */
export function loadWriters(folder = fontFolder()): NoteWriters {
  const module = writersModule();
  const read = (name: string) => {
    try {
      return new Uint8Array(readFileSync(path.join(folder, name)));
    } catch (error) {
      throw new Error(`cannot read the font ${path.join(folder, name)} (${error instanceof Error ? error.message : String(error)}); run npm run build`);
    }
  };
  const files = module.FONT_FILES;
  return module.createWriters({ regular: read(files.regular), bold: read(files.bold), italic: read(files.italic), boldItalic: read(files.boldItalic) });
}
