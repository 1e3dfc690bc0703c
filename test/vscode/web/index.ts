/**
 * Entry point of the suite for VS Code for the Web: the extension in the
 * browser's web-worker extension host (test/vscode/runE2E.mjs --suite web,
 * and web-vsix for the installed package). Bundled for the browser like the
 * extension's own web build; nothing here may need Node.
 */
import { runMochaInBrowser } from './runMocha';

export function run(): Promise<void> {
  return runMochaInBrowser('nota web suite', async () => {
    await import('./web.test');
  });
}
