/**
 * Entry point of the suite that runs against the packaged extension: the
 * runner installs the .vsix into VS Code first, and this suite checks that
 * the installed copy (not the repository) works.
 */
import { runMocha } from '../support/runMocha';

export function run(): Promise<void> {
  return runMocha('nota vsix suite', async () => {
    // First: nothing may be opened before the large workspace is checked.
    await import('./largeWorkspace.test');
    await import('./vsix.test');
  });
}
