// The connection to the chan2ts language server (dist/server.js over IPC). The client library
// is loaded and the server started only when first needed, so activation stays cheap; a crash
// restarts it (a few times), shown in the status bar and the log.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type * as protocol from '../../server/lsp/protocol.js';
import { SHOW_LOG, UserFacingError } from './errors.js';
import type { ServerStatusBar } from './statusBar.js';

/** Crashes tolerated within RESTART_WINDOW_MS before the server is left stopped. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

const SERVED_LANGUAGES = ['go', 'rust', 'markdown'];

function serverDown(): UserFacingError {
  return new UserFacingError(
    'chan2ts: the language server is not running (it crashed and is being restarted). Try again in a moment, or restart it.',
    [SHOW_LOG, { title: 'Restart Server', command: 'chan2ts.restartServer' }],
  );
}

export class ServerClient implements vscode.Disposable {
  private client: Promise<LanguageClient> | undefined;
  private readonly crashes: number[] = [];

  constructor(
    private readonly serverModule: string,
    private readonly log: vscode.LogOutputChannel,
    private readonly status: ServerStatusBar,
  ) {}

  /** Starts the server unless it runs already; resolves once it is ready. */
  start(): Promise<LanguageClient> {
    this.client ??= this.create().catch((error: unknown) => {
      this.client = undefined;
      this.status.show('stopped');
      this.log.appendLine(`chan2ts: the language server did not start: ${(error as Error)?.stack ?? error}`);
      throw error;
    });
    return this.client;
  }

  async restart(): Promise<void> {
    const running = this.client;
    this.client = undefined;
    this.crashes.length = 0;
    if (running) await (await running.catch(() => undefined))?.stop().catch(() => undefined);
    await this.start();
  }

  /** `chan2ts/translate`; a dead connection becomes an error that says so, with a way out. */
  async translate(params: protocol.TranslateParams): Promise<protocol.TranslateResult> {
    const client = await this.start();
    if (!client.isRunning()) throw serverDown();
    const { translate } = await import('../../server/lsp/protocol.js');
    try {
      return await client.sendRequest(translate, params);
    } catch (error) {
      throw client.isRunning() ? error : serverDown();
    }
  }

  async dispose(): Promise<void> {
    const running = this.client;
    this.client = undefined;
    if (running) await (await running.catch(() => undefined))?.stop().catch(() => undefined);
  }

  private async create(): Promise<LanguageClient> {
    this.status.show('starting');
    const lc = await import('vscode-languageclient/node');
    const { CONVERT_COMMAND } = await import('../../server/lsp/protocol.js');
    // This client carries out the code action's command itself: it shows the TypeScript in an editor.
    const initializationOptions: protocol.InitializationOptions = { clientCommands: [CONVERT_COMMAND] };
    const serverOptions = {
      run: { module: this.serverModule, transport: lc.TransportKind.ipc },
      debug: {
        module: this.serverModule,
        transport: lc.TransportKind.ipc,
        options: { execArgv: ['--nolazy', '--inspect=6019'] },
      },
    };
    const client = new lc.LanguageClient('chan2ts', 'chan2ts language server', serverOptions, {
      documentSelector: SERVED_LANGUAGES.flatMap((language) => [
        { language, scheme: 'file' },
        { language, scheme: 'untitled' },
      ]),
      // Settings reach the server through workspace/configuration; this adds didChangeConfiguration.
      synchronize: { configurationSection: 'chan2ts' },
      initializationOptions,
      outputChannel: this.log,
      errorHandler: {
        error: () => ({ action: lc.ErrorAction.Continue }),
        closed: () => this.onClosed(lc),
      },
    });
    client.onDidChangeState(({ newState }) => {
      if (newState === lc.State.Running) this.status.show('ready');
      else if (newState === lc.State.Starting)
        this.status.show(this.status.state === 'crashed-restarting' ? 'crashed-restarting' : 'starting');
    });
    await client.start();
    return client;
  }

  private onClosed(lc: typeof import('vscode-languageclient/node')) {
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0]! > RESTART_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length <= MAX_RESTARTS) {
      this.status.show('crashed-restarting');
      this.log.appendLine(
        `chan2ts: the language server stopped unexpectedly; restarting it (${this.crashes.length} of ${MAX_RESTARTS} restarts in 3 minutes)`,
      );
      return { action: lc.CloseAction.Restart, handled: true };
    }
    this.status.show('stopped');
    this.client = undefined;
    return {
      action: lc.CloseAction.DoNotRestart,
      message: `chan2ts: the language server crashed ${this.crashes.length} times in 3 minutes and was not restarted. Run "chan2ts: Restart Language Server" after checking the chan2ts output.`,
    };
  }
}
