/**
 * If the language server dies anyway (killed, out of memory), the client
 * starts it again and the findings come back without the user doing anything.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { summarize, waitForDiagnostics } from '../support/diagnostics';
import { expectedFindings, fileInWorkspace, notaExtension, openInEditor } from '../support/workspace';

const NOTE = 'notes/field-missing.md';

/** The language server is a child of this extension host, running dist/server.js. */
function serverPids(): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(process.pid), '-f', 'dist/server.js'], { encoding: 'utf8' })
      .split('\n').map((line) => Number(line.trim())).filter((pid) => pid > 0);
  } catch {
    return [];
  }
}

/** The server processes once exactly one is running (or what runs after 10 s). */
async function serverPidsSettled(): Promise<number[]> {
  const end = Date.now() + 10_000;
  let pids = serverPids();
  while (pids.length !== 1 && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    pids = serverPids();
  }
  return pids;
}

/** Resolves once the server is not scanning: nothing is in flight from it (a scan after the tests before this one). */
async function scanDone(): Promise<void> {
  const api = notaExtension().exports;
  const idle = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server kept scanning for 30 s')), 30_000);
    const subscription = api.onDidRefreshNotes((result) => {
      if (result.scanning) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
  void api.listNotes(); // fires onDidRefreshNotes with the current state
  await idle;
}

describe('Crash recovery in a real VS Code', () => {
  it('restarts a killed server, and the findings come back', async () => {
    await openInEditor(NOTE);
    const uri = fileInWorkspace(NOTE);
    const expected = await expectedFindings(NOTE);
    await waitForDiagnostics(uri, (d) => JSON.stringify(summarize(d)) === JSON.stringify(expected), 'the findings before the crash');
    await scanDone();
    const before = serverPids();
    assert.equal(before.length, 1, `expected one language server process, found ${before.join(', ') || 'none'}`);
    // Only findings published once a new server runs count: the old one may still have had some on their way when it was killed.
    const restarted = () => serverPids().some((pid) => pid !== before[0]);
    const back = waitForDiagnostics(uri, (d) => JSON.stringify(summarize(d)) === JSON.stringify(expected) && restarted(), 'the findings after the server was restarted', { requireEvent: true, timeoutMs: 60_000 });
    process.kill(before[0] as number, 'SIGKILL');
    await back;
    // The process list is read until it settles on one server: the killed one can linger in it a moment.
    const after = await serverPidsSettled();
    assert.equal(after.length, 1, `expected one language server process after the restart, found ${after.join(', ') || 'none'}`);
    assert.notEqual(after[0], before[0], 'the same server process is still running');
  });
});
