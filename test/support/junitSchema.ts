/** Validating a JUnit report against test/support/junit.xsd, the shape CI services read, with xmllint. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './fixtures';

export function assertValidJunit(file: string): void {
  const lint = spawnSync('xmllint', ['--noout', '--schema', path.join(ROOT, 'test', 'support', 'junit.xsd'), file], { encoding: 'utf8' });
  assert.ok(!lint.error, 'xmllint is missing: run bash scripts/install-test-tools.sh');
  assert.equal(lint.status, 0, `${file} is not valid JUnit XML: ${lint.stderr}`);
}
