// The check that mutants reach the language server the protocol tests start:
// the protocol tests alone against the core's folding ranges. These tests run
// no core code in their own process, so every mutant they kill was active in
// the server's process, and every mutant they cover was covered there.
//   npx stryker run test/mutation/protocol-only.config.mjs
import base from '../../stryker.config.mjs';

export default {
  ...base,
  mutate: ['server/src/core/features/foldingRanges.ts'],
  mochaOptions: { ...base.mochaOptions, spec: ['test/protocol/**/*.test.ts'] },
  incremental: false,
  htmlReporter: { fileName: 'reports/mutation/protocol-only.html' },
  jsonReporter: { fileName: 'reports/mutation/protocol-only.json' },
};
