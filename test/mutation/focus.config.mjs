// A quick mutation run while closing gaps: unit tests only (the quick ones, or
// the files NOTA_MUTATE_SPEC names) and no protocol tests, so the first
// (coverage) run takes seconds instead of minutes. What these tests
// kill, the full run (`npm run mutate`, a superset of tests) kills as well.
//   npx stryker run test/mutation/focus.config.mjs --mutate server/src/core/domain/dutchDate.ts
//   NOTA_MUTATE_SPEC='test/unit/dutchDate.test.ts' npx stryker run test/mutation/focus.config.mjs --mutate server/src/core/domain/dutchDate.ts
// NOTA_MUTATE_TAG names the report and temporary folder, so that two quick runs can share a checkout.
import base from '../../stryker.config.mjs';

const chosen = (process.env.NOTA_MUTATE_SPEC ?? '').split(',').filter(Boolean);
/** The full run's first glob: every unit test file but the slow and left-out ones. */
const spec = chosen.length > 0 ? chosen : [base.mochaOptions.spec[0]];
const tag = process.env.NOTA_MUTATE_TAG ?? 'focus';

export default {
  ...base,
  mochaOptions: { ...base.mochaOptions, spec },
  incremental: false,
  tempDirName: `.stryker-tmp-${tag}`,
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${tag}.json` },
};
