/**
 * Entry point of the extension-host suite for the development extension, in
 * the form @vscode/test-electron expects: a module whose run() settles when
 * the tests are done (rejecting when any failed).
 */
import { runMocha } from '../support/runMocha';

export function run(): Promise<void> {
  // Dynamic imports: the files call describe()/it() when evaluated, which must
  // happen after runMocha has defined those globals. Order = run order.
  return runMocha('nota extension suite', async () => {
    await import('./extension.test');
    await import('./workspace.test');
    await import('./writingAids.test');
    await import('./preview.test');
    await import('./export.test');
    await import('./notANote.test');
    await import('./workspaceTypes.test');
    await import('./importNote.test');
    await import('./recovery.test');
    await import('./problemsPanel.test');
  });
}
