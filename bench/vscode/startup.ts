/**
 * Run inside VS Code by the bench (bench/vscodeStart.mjs), in Node's extension
 * host or in the browser's web-worker one, from the same source: activates
 * Nota, opens the example note and notes how long it took from the activation
 * to the note's first diagnostics. The result goes to .vscode/bench-result.json
 * in the workspace, through vscode.workspace.fs (the web host has no Node).
 */
import * as vscode from 'vscode';
import type { NotaExtensionApi } from '../../client/src/extension';

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder');
  // The workspace holds no Markdown file when VS Code starts, so nothing has activated Nota yet.
  const note = vscode.Uri.joinPath(folder, 'beslisnota.md');
  await vscode.workspace.fs.writeFile(note, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'example.txt')));
  const extension = vscode.extensions.getExtension<NotaExtensionApi>('nota.nota');
  if (!extension) throw new Error('Nota is not installed');
  if (extension.isActive) throw new Error('Nota was active before the measurement');
  const published = new Promise<number>((resolve) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((uri) => uri.toString() === note.toString())) return;
      subscription.dispose();
      resolve(performance.now());
    });
  });
  const start = performance.now();
  const api = await extension.activate();
  await vscode.workspace.openTextDocument(note);
  const ms = (await published) - start;
  const result = { platform: api.platform, ms, diagnostics: vscode.languages.getDiagnostics(note).filter((d) => d.source === 'nota').length };
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '.vscode', 'bench-result.json'), new TextEncoder().encode(JSON.stringify(result)));
}
