/**
 * Entry of dist/web/server.js: the language server as a classic Web Worker
 * (VS Code for the Web), speaking JSON-RPC over postMessage as
 * vscode-languageclient/browser does. There is no file system here: the
 * client provides the workspace files and, for an export, the writers and
 * their fonts (see protocol.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server';
import { writersFromClient } from './browser/writersFromClient';

// The worker's global scope is where the client's messages arrive and where answers go.
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
startServer(createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope)), { loadWriters: writersFromClient });
