// Every command, registered in one place. A failing command shows its error to the user (and
// logs it) and resolves to undefined; listeners of onDidShowError hear the message too.
import * as vscode from 'vscode';
import { showError, describeError } from '../errors.js';
import { addRuntime } from './addRuntime.js';
import type { CommandContext } from './context.js';
import { convertSelection } from './convertSelection.js';
import { convertToTypeScript } from './convertToTypeScript.js';
import { openPreview } from './openPreview.js';
import { openSampleLesson } from './openSampleLesson.js';
import { runSnippet, trackRuns, type RunEnded } from './runSnippet.js';
import { showTimeline } from './showTimeline.js';

type Handler = (...args: never[]) => Promise<unknown>;

function register(id: string, handler: Handler, ctx: CommandContext, events: CommandEvents): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: never[]) => {
    try {
      return await handler(...args);
    } catch (error) {
      events.errors.fire(describeError(error).message);
      void showError(error, ctx.log);
      return undefined;
    }
  });
}

export interface CommandEvents {
  errors: vscode.EventEmitter<string>;
  runs: vscode.EventEmitter<RunEnded>;
}

export function registerCommands(ctx: CommandContext, events: CommandEvents): vscode.Disposable[] {
  const handlers: Record<string, Handler> = {
    'chan2ts.convertSelection': convertSelection(ctx),
    'chan2ts.runSnippet': runSnippet(ctx, events.runs.event),
    'chan2ts.showTimeline': showTimeline(ctx, events.runs.event),
    'chan2ts.openPreview': openPreview(ctx),
    'chan2ts.addRuntime': addRuntime(ctx),
    'chan2ts.openSampleLesson': openSampleLesson(ctx),
    'chan2ts.showLog': async () => ctx.log.show(true),
    'chan2ts.restartServer': () => ctx.client.restart(),
  };
  const commands = Object.entries(handlers).map(([id, handler]) => register(id, handler, ctx, events));
  return [...commands, trackRuns(ctx, events.runs)];
}

/**
 * The code action's command. Its id lives beside the protocol, which loads the LSP library:
 * registered just after activation, before the server that offers the action is up.
 */
export async function registerConvertCommand(ctx: CommandContext, events: CommandEvents): Promise<vscode.Disposable> {
  const { CONVERT_COMMAND } = await import('../../../server/lsp/protocol.js');
  return register(CONVERT_COMMAND, convertToTypeScript(ctx), ctx, events);
}
