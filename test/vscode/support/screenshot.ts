/**
 * Screenshots of the workbench, asked for from inside the extension host.
 * The extension host cannot reach the browser page, so it talks to the runner
 * (test/e2e/runInCodeServer.mjs) through files in $NOTA_SCREENSHOT_DIR: it
 * writes "<name>.request" (JSON: CSS selectors that must be visible first),
 * the runner saves "<name>.png" (or "<name>.failed" with the reason) and then
 * deletes the request. The suite waits for that deletion with fs.watch.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ScreenshotRequest {
  /** CSS selectors the runner waits for (visible) before it takes the picture. */
  waitFor: string[];
  /** How long the runner may wait for them. */
  timeoutMs: number;
}

/** Undefined when no runner answers screenshot requests (e.g. under @vscode/test-electron). */
export function screenshotDir(): string | undefined {
  return process.env.NOTA_SCREENSHOT_DIR || undefined;
}

/** Resolves with the path of the saved png; rejects with the runner's reason or on timeout. */
export async function takeScreenshot(name: string, request: ScreenshotRequest): Promise<string> {
  const dir = screenshotDir();
  if (!dir) throw new Error('NOTA_SCREENSHOT_DIR is not set: no runner to take the screenshot');
  const png = path.join(dir, `${name}.png`);
  const failed = path.join(dir, `${name}.failed`);
  const pending = path.join(dir, `${name}.request`);
  fs.rmSync(png, { force: true }); // a picture from an earlier run must not pass for this one
  fs.rmSync(failed, { force: true });

  const answered = new Promise<void>((resolve, reject) => {
    const deadline = request.timeoutMs + 30_000; // the runner's own wait plus the picture itself
    const watcher = fs.watch(dir, () => {
      if (!fs.existsSync(pending)) finish();
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`no answer to screenshot request ${pending} within ${deadline} ms; is the suite running under test/e2e/runInCodeServer.mjs?`));
    }, deadline);
    function finish(): void {
      clearTimeout(timer);
      watcher.close();
      resolve();
    }
  });
  // Written under another name and renamed, so the runner never reads half a request.
  fs.writeFileSync(`${pending}.tmp`, JSON.stringify(request));
  fs.renameSync(`${pending}.tmp`, pending);
  await answered;

  if (fs.existsSync(failed)) throw new Error(`screenshot ${name}: ${fs.readFileSync(failed, 'utf8')}`);
  if (!fs.existsSync(png)) throw new Error(`screenshot ${name}: the runner removed the request but saved no ${png}`);
  return png;
}
