/**
 * Entry point of the suite that runs against the packaged extension: the
 * runner installs the .vsix into VS Code first, and this suite checks that
 * the installed copy (not the repository) works.
 */
import { runMocha } from '../support/runMocha';

export function run(): Promise<void> {
  return runMocha('nota vsix suite', async () => {
    await import('./vsix.test');
  });
}
