/**
 * Starts the language server as a Web Worker. On vscode.dev and github.dev the
 * extension's files are served over https and the worker can start from its
 * URL. In a VS Code server's web workbench the extension's URI is
 * vscode-remote:, from which the web-worker extension host refuses to create a
 * worker: there the bundle is read with vscode.workspace.fs and started from
 * a blob: URL.
 */
import * as vscode from 'vscode';

export class ServerWorkers implements vscode.Disposable {
  private worker: Worker | undefined;
  private objectUrl: string | undefined;

  constructor(private readonly script: vscode.Uri) {}

  /** A new server worker; the one started before is ended. */
  async start(): Promise<Worker> {
    this.dispose();
    if (this.script.scheme === 'http' || this.script.scheme === 'https') {
      this.worker = new Worker(this.script.toString(true));
    } else {
      const bytes = await vscode.workspace.fs.readFile(this.script);
      this.objectUrl = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/javascript' }));
      this.worker = new Worker(this.objectUrl);
    }
    return this.worker;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = undefined;
  }
}
