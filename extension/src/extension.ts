// The chan2ts extension's entry (bundled to dist/extension.js). Activation only wires things
// up: the language server starts right after, without holding up VS Code.
import * as vscode from 'vscode';
import { ServerClient } from './client.js';
import { registerCommands, registerConvertCommand } from './commands/index.js';
import type { RunEnded } from './commands/runSnippet.js';
import { TranslationPreview } from './preview.js';
import { RunFolders } from './runFolders.js';
import { startWhenNeeded } from './serverDemand.js';
import { ServerStatusBar } from './statusBar.js';

/** What the extension gives other extensions (and its tests). */
export interface Chan2tsApi {
  /** Milliseconds of extension code: evaluating the bundle's modules, then activate(). */
  activationMs: number;
  /** Fires with each error message shown to the user. */
  onDidShowError: vscode.Event<string>;
  /** Fires when a program started by "Run Translated Snippet" ends, with its exit code. */
  onDidEndRun: vscode.Event<RunEnded>;
  /** Resolves when the language server is ready. */
  serverReady(): Promise<void>;
}

/** Set by the bundle's first and last lines (scripts/build.mjs): loading it is activation too. */
declare const __chan2tsLoadStarted: number | undefined;
declare const __chan2tsLoadEnded: number | undefined;

let client: ServerClient | undefined;
let runs: RunFolders | undefined;

export function activate(context: vscode.ExtensionContext): Chan2tsApi {
  const started = performance.now();
  const loadMs =
    typeof __chan2tsLoadStarted === 'number' && typeof __chan2tsLoadEnded === 'number'
      ? __chan2tsLoadEnded - __chan2tsLoadStarted
      : 0;
  const log = vscode.window.createOutputChannel('chan2ts', { log: true });
  const status = new ServerStatusBar('chan2ts.showLog');
  client = new ServerClient(context.asAbsolutePath('dist/server.js'), log, status);
  runs = new RunFolders(context.asAbsolutePath('dist/runtime-package/dist/esm'));
  const preview = new TranslationPreview(client);
  const events = { errors: new vscode.EventEmitter<string>(), runs: new vscode.EventEmitter<RunEnded>() };
  const ctx = { extension: context, client, log, runs, preview };
  context.subscriptions.push(log, status, preview, events.errors, events.runs, ...registerCommands(ctx, events));
  const server = client;
  // After activation returns: the LSP libraries load, and the server starts once a document
  // needs it (the Go or Rust documents that activated us need hovers soon).
  setTimeout(() => {
    void registerConvertCommand(ctx, events).then((command) => context.subscriptions.push(command));
    context.subscriptions.push(startWhenNeeded(() => void server.start().catch(() => undefined)));
  }, 0);
  const activateMs = performance.now() - started;
  const activationMs = loadMs + activateMs;
  log.appendLine(
    `chan2ts ${context.extension.packageJSON.version}: activated in ${activationMs.toFixed(1)} ms of extension code (loading the bundle ${loadMs.toFixed(1)} ms, activate() ${activateMs.toFixed(1)} ms); the language server starts next`,
  );
  return {
    activationMs,
    onDidShowError: events.errors.event,
    onDidEndRun: events.runs.event,
    serverReady: async () => void (await server.start()),
  };
}

export async function deactivate(): Promise<void> {
  runs?.dispose();
  await client?.dispose();
}
