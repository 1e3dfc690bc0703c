/** Asserts that an import step fails with exactly this error id and these arguments (what the user's message is made of). */
import assert from 'node:assert/strict';
import { ImportError } from '../../server/src/core/import/importError';

export function failsWith(action: () => unknown, id: string, args: Record<string, string | number>): void {
  assert.throws(action, (error: unknown) => {
    assert.ok(error instanceof ImportError, `an ImportError, not ${String(error)}`);
    assert.equal(error.id, id);
    assert.deepEqual(error.args, args);
    return true;
  });
}
