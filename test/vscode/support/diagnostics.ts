/**
 * Waiting for Nota's diagnostics in the extension host (Node's or the
 * browser's web worker: nothing here needs Node). Everything here waits
 * on vscode.languages.onDidChangeDiagnostics with a deadline, never on a fixed
 * sleep: a sleep is either too short on a slow CI machine or wasted time on a
 * fast one, and it cannot tell "no findings yet" from "no findings".
 */
import * as vscode from 'vscode';

/** How long any single wait may take before the test fails with a message. */
export const WAIT_MS = 30_000;

/** Only the language server's findings: other extensions may add their own. */
export function notaDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nota');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** The fixtures' `.expected` form: `line:col code`, 1-based, sorted. */
export function summarize(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}`).sort();
}

export interface WaitOptions {
  /**
   * Only an event that arrives after the call counts, even if the current
   * diagnostics already satisfy the condition. Use it when the state before
   * an action looks like the state after it (an empty list before a file's
   * first check; the same findings before and after a server restart).
   */
  requireEvent?: boolean;
  timeoutMs?: number;
}

/**
 * Resolves with the Nota diagnostics of `uri` once `accept` holds for them.
 * Subscribes synchronously, so call it before the action that should cause
 * the change and await it after. On timeout it rejects with what it was
 * waiting for and the last diagnostics seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  options: WaitOptions = {},
): Promise<vscode.Diagnostic[]> {
  const timeoutMs = options.timeoutMs ?? WAIT_MS;
  const key = uri.toString();
  let events = 0;
  return new Promise((resolve, reject) => {
    const done = (fn: () => void): void => {
      clearTimeout(timer);
      subscription.dispose();
      fn();
    };
    const check = (): void => {
      const current = notaDiagnostics(uri);
      if (accept(current)) done(() => resolve(current));
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === key)) return;
      events++;
      check();
    });
    const timer = setTimeout(() => {
      const last = JSON.stringify(summarize(notaDiagnostics(uri)));
      done(() => reject(new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what} on ${uri.path.split('/').pop()} ` +
          `(${events} diagnostics event(s) for it meanwhile; last Nota diagnostics: ${last})`,
      )));
    }, timeoutMs);
    if (!options.requireEvent) check();
  });
}

/** Waits for the first diagnostics the server publishes after the call (e.g. for a file about to be opened). */
export function nextPublish(uri: vscode.Uri, what = 'the language server to publish diagnostics'): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, () => true, what, { requireEvent: true });
}

/** Waits until the file has Nota findings at all (its first check of a defective note). */
export function someFindings(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (d) => d.length > 0, 'Nota findings');
}
