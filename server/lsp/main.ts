// The language server's entry (dist/server.js): `node dist/server.js --stdio`, or
// --node-ipc when VS Code starts it; createConnection reads which from the arguments.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { Chan2tsServer } from './server.js';

const connection = createConnection(ProposedFeatures.all);

// A bug in a handler must not take the server down: log it where the user can see it.
process.on('uncaughtException', (error) => connection.console.error(`chan2ts: uncaught: ${error.stack ?? error}`));
process.on('unhandledRejection', (reason) => connection.console.error(`chan2ts: unhandled rejection: ${(reason as Error)?.stack ?? reason}`));

connection.onInitialize(async (params) => {
  const server = await Chan2tsServer.initialize(connection, params);
  server.register();
  return {
    capabilities: server.capabilities(),
    serverInfo: { name: 'chan2ts' },
  };
});

connection.listen();
