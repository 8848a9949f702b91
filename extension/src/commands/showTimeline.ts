// chan2ts.showTimeline: runs the program as Run Translated Snippet does, recording its trace,
// and when it ends shows the concurrency timeline beside the editor.
import type * as vscode from 'vscode';
import { showTimelineWhenEnded } from '../timeline/afterRun.js';
import type { TimelineShown } from '../timeline/panel.js';
import type { CommandContext } from './context.js';
import { startRun, type RunEnded } from './runSnippet.js';

export function showTimeline(ctx: CommandContext, ended: vscode.Event<RunEnded>) {
  return async (): Promise<TimelineShown> => {
    const run = await startRun(ctx, { traced: true });
    return showTimelineWhenEnded(ctx, run, ended);
  };
}
