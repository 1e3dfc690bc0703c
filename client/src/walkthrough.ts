/**
 * The getting-started walkthrough (contributes.walkthroughs in package.json):
 * a new note, a finding and its fix, the preview, the export. Its steps'
 * texts are in package.nls*.json (Dutch, English where VS Code runs in
 * English); VS Code offers it after installing, and "Nota: Aan de slag"
 * opens it at any time.
 */
import * as vscode from 'vscode';

/** publisher.name#walkthrough id, as workbench.action.openWalkthrough takes it. */
export const WALKTHROUGH_ID = 'nota.nota#nota.gettingStarted';

export function registerWalkthrough(): vscode.Disposable {
  return vscode.commands.registerCommand('nota.gettingStarted', () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false));
}
