// The language server's entry (dist/server.js): `node dist/server.js --stdio`, or
// --node-ipc when VS Code starts it; createConnection reads which from the arguments.
import { getHeapSpaceStatistics } from 'node:v8';
import { createConnection, ErrorCodes, ProposedFeatures, ResponseError } from 'vscode-languageserver/node';
import { benchMemoryUsage } from './protocol.js';
import { Chan2tsServer } from './server.js';

const connection = createConnection(ProposedFeatures.all);

// A bug in a handler must not take the server down: log it where the user can see it.
process.on('uncaughtException', (error) => connection.console.error(`chan2ts: uncaught: ${error.stack ?? error}`));
process.on('unhandledRejection', (reason) =>
  connection.console.error(`chan2ts: unhandled rejection: ${(reason as Error)?.stack ?? reason}`),
);

let initialized = false;
connection.onInitialize(async (params) => {
  // A second initialize would register every handler twice.
  if (initialized) throw new ResponseError(ErrorCodes.InvalidRequest, 'chan2ts: the server is already initialized');
  initialized = true;
  const server = await Chan2tsServer.initialize(connection, params);
  server.register();
  if (process.argv.includes('--bench')) registerBenchRequests();
  return {
    capabilities: server.capabilities(),
    serverInfo: { name: 'chan2ts' },
  };
});

/** What the bench measures inside the process (bench/lsp.ts); not there in normal use. */
function registerBenchRequests(): void {
  connection.onRequest(benchMemoryUsage, () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    const spaces = Object.fromEntries(
      getHeapSpaceStatistics().map((space) => [space.space_name, space.space_used_size]),
    );
    return { heapUsed, rss, spaces, collected: gc !== undefined };
  });
}

connection.listen();
