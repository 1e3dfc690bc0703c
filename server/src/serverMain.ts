/** Entry of dist/server.js: the transport (--stdio, --node-ipc) comes from the command line. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { DiskFileAccess } from './node/diskFileAccess';

startServer(createConnection(ProposedFeatures.all), { diskAccess: () => new DiskFileAccess() });
