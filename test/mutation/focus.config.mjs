// A quick mutation run while closing gaps: chosen unit test files only, no
// server build and no protocol tests, so the first (coverage) run takes
// seconds instead of minutes. What these tests kill, the full run
// (`npm run mutate`, a superset of tests) kills as well.
//   NOTA_MUTATE_SPEC='test/unit/dutchDate.test.ts' npx stryker run test/mutation/focus.config.mjs --mutate server/src/core/domain/dutchDate.ts
// NOTA_MUTATE_TAG names the report and temporary folder, so that two quick runs can share a checkout.
import base from '../../stryker.config.mjs';

const spec = (process.env.NOTA_MUTATE_SPEC ?? '').split(',').filter(Boolean);
if (spec.length === 0) throw new Error('Set NOTA_MUTATE_SPEC to the unit test files to run (comma-separated globs).');
const tag = process.env.NOTA_MUTATE_TAG ?? 'focus';

export default {
  ...base,
  mochaOptions: { ...base.mochaOptions, spec },
  buildCommand: undefined,
  incremental: false,
  tempDirName: `.stryker-tmp-${tag}`,
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${tag}.json` },
};
