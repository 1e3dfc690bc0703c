/**
 * The import engine from beside the running bundle (dist/import-main.js),
 * compiled from V8's code cache, as exportWriters.ts loads the writers. From
 * source (tests), it is the TypeScript module.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadBundle } from '../launch/codeCache';
import type * as EngineModule from './engine';

/** Set by the build in the bundles that load the engine's bundle. */
declare const NOTA_IMPORT_BUNDLE: string | undefined;

export type ImportEngine = typeof EngineModule;

export function importEngine(): ImportEngine {
  if (typeof NOTA_IMPORT_BUNDLE === 'string') return loadBundle(path.join(__dirname, NOTA_IMPORT_BUNDLE)).exports as ImportEngine;
  // From source: a path the bundler does not follow, so the bundles never carry a copy of the engine.
  return createRequire(__filename)(['.', 'engine'].join('/')) as ImportEngine;
}
