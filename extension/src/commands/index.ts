// Every command, registered in one place. A failing command shows its error to the user (and
// logs it) and resolves to undefined; listeners of onDidShowError hear the message too.
import * as vscode from 'vscode';
import { CONVERT_COMMAND } from '../../../server/lsp/protocol.js';
import { showError, describeError } from '../errors.js';
import { addRuntime } from './addRuntime.js';
import type { CommandContext } from './context.js';
import { convertSelection } from './convertSelection.js';
import { convertToTypeScript } from './convertToTypeScript.js';
import { openPreview } from './openPreview.js';
import { runSnippet, trackRuns } from './runSnippet.js';

type Handler = (...args: never[]) => Promise<unknown>;

export function registerCommands(ctx: CommandContext, errors: vscode.EventEmitter<string>): vscode.Disposable[] {
  const handlers: Record<string, Handler> = {
    'chan2ts.convertSelection': convertSelection(ctx),
    [CONVERT_COMMAND]: convertToTypeScript(ctx),
    'chan2ts.runSnippet': runSnippet(ctx),
    'chan2ts.openPreview': openPreview(ctx),
    'chan2ts.addRuntime': addRuntime(ctx),
    'chan2ts.showLog': async () => ctx.log.show(true),
    'chan2ts.restartServer': () => ctx.client.restart(),
  };
  const commands = Object.entries(handlers).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async (...args: never[]) => {
      try {
        return await handler(...args);
      } catch (error) {
        errors.fire(describeError(error).message);
        void showError(error, ctx.log);
        return undefined;
      }
    }),
  );
  return [...commands, ...trackRuns(ctx)];
}
