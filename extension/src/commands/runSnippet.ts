// chan2ts.runSnippet: translate the program (the file, or the Markdown block at the cursor),
// write it to a private folder and run it under the Node debugger in the integrated terminal.
// Breakpoints set in the Go or Rust file bind through the source map.
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vscode from 'vscode';
import { UserFacingError } from '../errors.js';
import { checkNode } from '../nodeCheck.js';
import { nodePath } from '../settings.js';
import { wholeDocumentTarget } from '../target.js';
import { activeEditor, type CommandContext } from './context.js';

/** The debug configuration key that names the run's private folder. */
const RUN_FOLDER_KEY = 'chan2tsRunFolder';

export interface RunStarted {
  folder: string;
  program: string;
  sessionName: string;
}

export function runSnippet(ctx: CommandContext) {
  return async (): Promise<RunStarted> => {
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
    const { folder, program, preload } = ctx.runs.write(result.javascript, result.javascriptMap, sourcePath);
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
      runtimeArgs: ['--import', pathToFileURL(preload).href],
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
    return { folder, program, sessionName };
  };
}

export interface RunEnded {
  /** The Go, Rust or Markdown file that ran. */
  source: string;
  /** The program's exit code; undefined when it was stopped before it exited. */
  exitCode: number | undefined;
}

/** When a run's debug session ends: tells how the program exited, then removes its folder. */
export function trackRuns(ctx: CommandContext, ended: vscode.EventEmitter<RunEnded>): vscode.Disposable {
  return vscode.debug.onDidTerminateDebugSession((session) => {
    const folder = session.configuration[RUN_FOLDER_KEY];
    if (!ctx.runs.owns(folder)) return;
    const run: RunEnded = { source: ctx.runs.sourceOf(folder) ?? '', exitCode: ctx.runs.exitCode(folder) };
    ctx.runs.remove(folder);
    const how = run.exitCode === undefined ? 'was stopped' : `exited with code ${run.exitCode}`;
    ctx.log.appendLine(`chan2ts: ${run.source} ${how}`);
    vscode.window.setStatusBarMessage(`chan2ts: ${basename(run.source)} ${how}`, 10_000);
    ended.fire(run);
  });
}
