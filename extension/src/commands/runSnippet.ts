// chan2ts.runSnippet: translate the program (the file, or the Markdown block at the cursor),
// write it to a private folder and run it under the Node debugger in the integrated terminal.
// Breakpoints set in the Go or Rust file bind through the source map. A traced run records the
// program's trace for the concurrency timeline (timeline/).
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vscode from 'vscode';
import type { SourceMap } from '../../../server/lsp/protocol.js';
import { showError, UserFacingError } from '../errors.js';
import { checkNode } from '../nodeCheck.js';
import type { RecordedTrace } from '../runFolders.js';
import { nodePath, showTimelineAfterRun } from '../settings.js';
import { wholeDocumentTarget } from '../target.js';
import { showTimelineWhenEnded } from '../timeline/afterRun.js';
import { activeEditor, type CommandContext } from './context.js';

/** The debug configuration key that names the run's private folder. */
const RUN_FOLDER_KEY = 'chan2tsRunFolder';

export interface RunStarted {
  folder: string;
  program: string;
  sessionName: string;
  /** What a traced run's timeline needs: the source, its language, the program's map to it. */
  source: vscode.Uri;
  language: 'go' | 'rust';
  javascriptMap: SourceMap;
}

/** Run Translated Snippet; with chan2ts.run.showTimeline on, its timeline follows when the run ends. */
export function runSnippet(ctx: CommandContext, ended: vscode.Event<RunEnded>) {
  return async (): Promise<RunStarted> => {
    const traced = showTimelineAfterRun();
    const run = await startRun(ctx, { traced });
    if (traced) void showTimelineWhenEnded(ctx, run, ended).catch((error) => showError(error, ctx.log));
    return run;
  };
}

/** Translates the program at the cursor and starts it under the debugger, recording its trace when `traced`. */
export async function startRun(ctx: CommandContext, { traced }: { traced: boolean }): Promise<RunStarted> {
  if (!vscode.workspace.isTrusted) {
    throw new UserFacingError(
      'chan2ts: running is disabled in Restricted Mode: it executes the translated program with Node.js on your machine. Trust this workspace to run snippets; converting and hovers work without it.',
      [{ title: 'Manage Workspace Trust', command: 'workbench.trust.manage' }],
    );
  }
  const editor = activeEditor();
  const target = wholeDocumentTarget(editor);
  const node = nodePath(target.document);
  const version = await checkNode(node);
  const result = await ctx.client.translate(target.params);
  const source = target.document.uri;
  const sourcePath = source.scheme === 'file' ? source.fsPath : basename(source.path);
  const traceLanguage = traced ? result.language : undefined;
  const { folder, program, preloads } = ctx.runs.write(
    result.javascript,
    result.javascriptMap,
    sourcePath,
    traceLanguage,
  );
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(source);
  const sessionName = `chan2ts: ${basename(source.path)}`;
  ctx.log.appendLine(
    `chan2ts: running ${target.description} of ${source.toString()} with ${node} (${version}) from ${program}`,
  );
  const config: vscode.DebugConfiguration = {
    type: 'node',
    request: 'launch',
    name: sessionName,
    program,
    cwd: workspaceFolder?.uri.fsPath ?? (source.scheme === 'file' ? dirname(source.fsPath) : folder),
    runtimeExecutable: node,
    runtimeArgs: preloads.flatMap((preload) => ['--import', pathToFileURL(preload).href]),
    console: 'integratedTerminal',
    sourceMaps: true,
    outFiles: [`${folder}/**/*.mjs`],
    resolveSourceMapLocations: [`${folder}/**`],
    skipFiles: ['<node_internals>/**', `${folder}/node_modules/**`],
    [RUN_FOLDER_KEY]: folder,
  };
  let started = false;
  try {
    started = await vscode.debug.startDebugging(workspaceFolder, config);
  } finally {
    if (!started) ctx.runs.remove(folder);
  }
  if (!started)
    throw new UserFacingError(
      'chan2ts: the Node debugger did not start (is the built-in JavaScript Debugger extension disabled?).',
    );
  return { folder, program, sessionName, source, language: result.language, javascriptMap: result.javascriptMap };
}

export interface RunEnded {
  /** The run's private folder (RunStarted.folder). */
  folder: string;
  /** The Go, Rust or Markdown file that ran. */
  source: string;
  /** The program's exit code; undefined when it was stopped before it exited. */
  exitCode: number | undefined;
  /** A traced run's trace; undefined when it was stopped before it ended. */
  trace: RecordedTrace | undefined;
}

/** When a run's debug session ends: tells how the program exited, then removes its folder. */
export function trackRuns(ctx: CommandContext, ended: vscode.EventEmitter<RunEnded>): vscode.Disposable {
  return vscode.debug.onDidTerminateDebugSession((session) => {
    const folder = session.configuration[RUN_FOLDER_KEY];
    if (!ctx.runs.owns(folder)) return;
    const run: RunEnded = {
      folder,
      source: ctx.runs.sourceOf(folder) ?? '',
      exitCode: ctx.runs.exitCode(folder),
      trace: ctx.runs.trace(folder),
    };
    ctx.runs.remove(folder);
    const how = run.exitCode === undefined ? 'was stopped' : `exited with code ${run.exitCode}`;
    ctx.log.appendLine(`chan2ts: ${run.source} ${how}`);
    vscode.window.setStatusBarMessage(`chan2ts: ${basename(run.source)} ${how}`, 10_000);
    ended.fire(run);
  });
}
