/** `nota lsp`: the language server for any editor. */
import type { CliCommand } from './command';

export const lspCommand: CliCommand = {
  name: 'lsp',
  usage: ['nota lsp --stdio            run the language server over stdin/stdout'],
  async run() {
    // Loaded only here: `nota check` need not pay for setting up the server.
    // vscode-languageserver reads the transport (--stdio, --node-ipc, --socket) from process.argv.
    const [{ createConnection, ProposedFeatures }, { startServer }, { nodeServerOptions }] = await Promise.all([
      import('vscode-languageserver/node'), import('../../server'), import('../../node/nodeServer'),
    ]);
    startServer(createConnection(ProposedFeatures.all), nodeServerOptions());
    return -1;
  },
};
