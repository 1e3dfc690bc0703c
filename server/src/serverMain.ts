/** Entry of dist/server.js: the transport (--stdio, --node-ipc) comes from the command line. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { nodeServerOptions } from './node/nodeServer';

startServer(createConnection(ProposedFeatures.all), nodeServerOptions());
