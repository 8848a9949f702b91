// Helpers of the e2e suite: the fixture workspace, the extension's API, waiting on events,
// and the page checks that the code-server runner answers (screenshots and DOM text).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { Chan2tsApi } from '../../../extension/src/extension.js';

export const EXTENSION_ID = 'chan2ts.chan2ts';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e suite needs the fixture workspace open (test/e2e/fixtures/workspace)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function chan2ts(): Promise<Chan2tsApi> {
  const extension = vscode.extensions.getExtension<Chan2tsApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  const api = await extension.activate();
  await api.serverReady();
  return api;
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
}

/** The position of the first `needle` in the document (at `offset` characters into it). */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const index = document.getText().indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in ${document.uri.path}`);
  return document.positionAt(index + offset);
}

export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    position,
  );
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Resolves with the first value `event` gives that `accept` takes, or rejects after `ms`. */
export function nextEvent<T>(
  event: vscode.Event<T>,
  accept: (value: T) => boolean,
  ms: number,
  what: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const subscription = event((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

/** Polls `probe` until it gives a value, or rejects after `ms`. */
export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  ms: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const checkpoints = process.env.CHAN2TS_E2E_CHECKPOINTS;

/** Whether a runner watches the page (test:e2e); test:electron has none. */
export const pageChecks = checkpoints !== undefined;

/**
 * Asks the runner to screenshot the page as `name`.png and give back the text of the DOM
 * elements `selector` matches (what a person sees, not what the API says); with `expect`, the
 * runner waits a while for the page to show it before it answers.
 */
export async function pageText(name: string, selector: string, expect?: RegExp): Promise<string> {
  if (!checkpoints) throw new Error('no runner watches the page');
  mkdirSync(checkpoints, { recursive: true });
  const done = join(checkpoints, `${name}.done.json`);
  writeFileSync(join(checkpoints, `${name}.request.json`), JSON.stringify({ name, selector, expect: expect?.source }));
  await eventually(() => (existsSync(done) ? true : undefined), 90_000, `the runner's screenshot "${name}"`);
  const answer = JSON.parse(readFileSync(done, 'utf8')) as { text?: string; error?: string };
  if (answer.error) throw new Error(`the runner could not check "${name}": ${answer.error}`);
  return answer.text ?? '';
}

/** How a program run by chan2ts.runSnippet ended, and (with a runner) what the terminal shows. */
export interface RunObserved {
  exitCode: number | undefined;
  folder: string;
  /** The debug terminal's text (test:e2e only: test:electron has no page to read). */
  terminal?: string;
}

/** Runs chan2ts.runSnippet on the active editor and waits for the program's end. */
export async function runActiveSnippet(screenshot?: string): Promise<RunObserved> {
  const api = await chan2ts();
  const ended = nextEvent(api.onDidEndRun, () => true, 90_000, 'the run to end');
  const run = await vscode.commands.executeCommand<{ folder: string } | undefined>('chan2ts.runSnippet');
  if (!run) throw new Error('chan2ts.runSnippet did not start a run (see the error it showed)');
  const { exitCode } = await ended;
  const terminal = pageChecks
    ? await pageText(screenshot ?? `run-${Date.now()}`, '.terminal-wrapper.active .xterm-rows')
    : undefined;
  return { exitCode, folder: run.folder, terminal };
}

/** Closes every editor without saving (converted TypeScript is untitled), so each test starts from the same screen. */
export async function closeEditors(): Promise<void> {
  for (let i = 0; i < 30 && vscode.window.tabGroups.all.some((group) => group.tabs.length > 0); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
