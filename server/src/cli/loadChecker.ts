/**
 * `nota check`'s machinery for bundles that do not carry it (`nota import
 * --check`): dist/checkWorker-main.js, which is checkParallel.ts bundled,
 * loaded from the code cache. From source (tests), the TypeScript module.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadBundle } from '../launch/codeCache';
import type * as CheckerModule from './checkParallel';

/** Set by the build in the bundles that load the checker's bundle. */
declare const NOTA_CHECK_BUNDLE: string | undefined;

export function checker(): typeof CheckerModule {
  if (typeof NOTA_CHECK_BUNDLE === 'string') return loadBundle(path.join(__dirname, NOTA_CHECK_BUNDLE)).exports as typeof CheckerModule;
  return createRequire(__filename)(['.', 'checkParallel'].join('/')) as typeof CheckerModule;
}
