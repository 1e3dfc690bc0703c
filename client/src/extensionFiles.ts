/**
 * The client side of nota/fs/readExtensionFiles (server/src/protocol.ts): the
 * server in a browser worker has no file system, so the extension's own files
 * it needs at an export (the writers' bundle, the fonts) are read here, from
 * the extension's folder, and sent as base64. Only files under dist/.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { READ_EXTENSION_FILES_REQUEST, type ReadExtensionFilesParams } from '../../server/src/protocol';
import { toBase64 } from '../../server/src/core/text/base64';

export function serveExtensionFiles(client: BaseLanguageClient, extensionUri: vscode.Uri): vscode.Disposable {
  return client.onRequest(READ_EXTENSION_FILES_REQUEST, (params: ReadExtensionFilesParams) =>
    Promise.all(params.paths.map(async (relative) => {
      const parts = relative.split('/');
      if (parts[0] !== 'dist' || parts.some((part) => part === '..' || part === '.' || part === '')) throw new Error(`not a file of the extension's dist/: ${relative}`);
      return toBase64(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...parts)));
    })));
}
