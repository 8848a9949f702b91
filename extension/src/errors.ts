// Errors a user can meet, each shown with a message that says what to do and, where there is
// one, a button that does it. Nothing fails silently: unexpected errors go to the log too.
import * as vscode from 'vscode';

export interface ErrorAction {
  title: string;
  command: string;
  args?: unknown[];
}

/** An error whose message is meant for the user as it is. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly actions: ErrorAction[] = [],
  ) {
    super(message);
  }
}

export const SHOW_LOG: ErrorAction = { title: 'Show Log', command: 'chan2ts.showLog' };

/** A failed request to the language server, from vscode-languageclient (ResponseError). */
function isResponseError(error: unknown): error is { code: number; message: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'number' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** The message shown for an error, and the buttons offered with it. */
export function describeError(error: unknown): { message: string; actions: ErrorAction[] } {
  if (error instanceof UserFacingError) return { message: error.message, actions: error.actions };
  if (isResponseError(error)) {
    const text = error.message.replace(/^chan2ts: /, '');
    return { message: `chan2ts: ${text}`, actions: [SHOW_LOG] };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { message: `chan2ts: ${text}`, actions: [SHOW_LOG] };
}

export async function showError(error: unknown, log: vscode.OutputChannel): Promise<void> {
  const { message, actions } = describeError(error);
  log.appendLine(error instanceof UserFacingError ? message : `${message}\n${(error as Error)?.stack ?? ''}`);
  const picked = await vscode.window.showErrorMessage(message, ...actions.map((a) => a.title));
  const action = actions.find((a) => a.title === picked);
  if (action) await vscode.commands.executeCommand(action.command, ...(action.args ?? []));
}
