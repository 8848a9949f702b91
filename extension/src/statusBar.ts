// The status bar item that shows the language server's state; clicking it opens the log.
import * as vscode from 'vscode';

export type ServerState = 'idle' | 'starting' | 'ready' | 'crashed-restarting' | 'stopped';

const LOOKS: Record<ServerState, { text: string; tooltip: string; error?: boolean }> = {
  idle: {
    text: '$(circle-outline) chan2ts',
    tooltip: 'chan2ts: the language server starts when a Go, Rust or Markdown file needs it',
  },
  starting: { text: '$(sync~spin) chan2ts: starting', tooltip: 'chan2ts: the language server is starting' },
  ready: { text: '$(check) chan2ts', tooltip: 'chan2ts: the language server is ready' },
  'crashed-restarting': {
    text: '$(warning) chan2ts: crashed, restarting',
    tooltip: 'chan2ts: the language server crashed and is being restarted; see the log',
    error: true,
  },
  stopped: {
    text: '$(error) chan2ts: stopped',
    tooltip: 'chan2ts: the language server stopped; run "chan2ts: Restart Language Server"',
    error: true,
  },
};

export class ServerStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'chan2ts.serverState',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private current: ServerState = 'idle';

  constructor(showLogCommand: string) {
    this.item.name = 'chan2ts language server';
    this.item.command = showLogCommand;
    this.show('idle');
  }

  get state(): ServerState {
    return this.current;
  }

  show(state: ServerState): void {
    this.current = state;
    const look = LOOKS[state];
    this.item.text = look.text;
    this.item.tooltip = look.tooltip;
    this.item.backgroundColor = look.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
