/**
 * Entry point of the restricted-mode suite: the development extension in a
 * workspace that VS Code does not trust (test/vscode/runE2E.mjs starts it
 * with workspace trust on and the folder untrusted).
 */
import { runMocha } from '../support/runMocha';

export function run(): Promise<void> {
  return runMocha('nota restricted-mode suite', async () => {
    await import('./restricted.test');
  });
}
