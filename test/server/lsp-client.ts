// A language client for the tests and the bench: `node dist/server.js --stdio` (built by
// `npm run build`), spoken to over JSON-RPC with vscode-languageserver-protocol's client side.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  CodeActionKind,
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type ConfigurationParams,
  type Hover,
  type InitializeResult,
  type LogMessageParams,
  type MarkupContent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(process.cwd(), 'dist', 'server.js');

export interface Server {
  connection: ProtocolConnection;
  process: ChildProcess;
  initialized: InitializeResult;
  /** The next publishDiagnostics for `uri` (and `version`, when given). */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  /** Every window/logMessage so far. */
  logs: LogMessageParams[];
  /** Resolves with the first log message matching `pattern` (already received or to come). */
  logLine(pattern: RegExp): Promise<LogMessageParams>;
  /** The workspace/configuration requests the server made. */
  configurationRequests: ConfigurationParams[];
  /** The workspace/applyEdit requests the server made (each answered "applied"). */
  appliedEdits: ApplyWorkspaceEditParams[];
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stderr(): string;
}

export interface StartOptions {
  /** Extra arguments after --stdio. */
  args?: string[];
  /** Node's own options, before the script (e.g. --expose-gc). */
  nodeArgs?: string[];
  capabilities?: ClientCapabilities;
  /** Answers workspace/configuration: the value of each requested section. */
  configuration?: (section: string | undefined) => unknown;
  initializationOptions?: unknown;
}

const DEFAULT_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: [CodeActionKind.RefactorRewrite] } } },
  },
};

export async function startServer(options: StartOptions = {}): Promise<Server> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio', ...(options.args ?? [])], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const published: PublishDiagnosticsParams[] = [];
  const logs: LogMessageParams[] = [];
  const configurationRequests: ConfigurationParams[] = [];
  const waiters: (() => void)[] = [];
  const wakeAll = () => {
    for (const wake of waiters.splice(0)) wake();
  };
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    wakeAll();
  });
  connection.onNotification(LogMessageNotification.type, (params) => {
    logs.push(params);
    wakeAll();
  });
  connection.onRequest(ConfigurationRequest.type, (params) => {
    configurationRequests.push(params);
    return params.items.map((item) => options.configuration?.(item.section) ?? null);
  });
  const appliedEdits: ApplyWorkspaceEditParams[] = [];
  connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
    appliedEdits.push(params);
    return { applied: true };
  });
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.listen();
  const until = async <T>(find: () => T | undefined): Promise<T> => {
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      await new Promise<void>((wake) => waiters.push(wake));
    }
  };
  const diagnostics = (uri: string, version?: number) =>
    until(() => {
      const i = published.findIndex((p) => p.uri === uri && (version === undefined || p.version === version));
      return i >= 0 ? published.splice(i, 1)[0]! : undefined;
    });
  const logLine = (pattern: RegExp) => until(() => logs.find((l) => pattern.test(l.message)));
  const initialized = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    process: child,
    initialized,
    diagnostics,
    logs,
    logLine,
    configurationRequests,
    appliedEdits,
    exited,
    stderr: () => stderr,
  };
}

/** The Markdown of the hover at `line`:`character`, or null. */
export async function hover(server: Server, uri: string, line: number, character: number): Promise<string | null> {
  const result: Hover | null = await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri },
    position: { line, character },
  });
  return result === null ? null : (result.contents as MarkupContent).value;
}

export async function stopServer(server: Server): Promise<void> {
  if (server.process.exitCode === null) {
    await server.connection.sendRequest(ShutdownRequest.type);
    await server.connection.sendNotification(ExitNotification.type);
    await server.exited;
  }
  server.connection.dispose();
}

let documentCount = 0;
const LANGUAGE_IDS: Record<string, string> = { go: 'go', rs: 'rust', md: 'markdown' };

/**
 * Opens a document under a fresh URI, so that tests sharing a server do not meet. The language
 * id follows the name's extension unless given: a client's id wins over the extension.
 */
export async function open(
  server: Server,
  text: string,
  name = 'main.go',
  languageId = LANGUAGE_IDS[name.slice(name.lastIndexOf('.') + 1)] ?? 'plaintext',
): Promise<string> {
  const uri = `file:///work/doc${++documentCount}/${name}`;
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId, version: 1, text },
  });
  return uri;
}

/** A small Go program with one channel, for tests that need a real document. */
export const PING = `package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() { ch <- "ping" }()
	fmt.Println(<-ch)
}
`;
