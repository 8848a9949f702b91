// When a traced run ends, its timeline opens beside the editor.
import { basename } from 'node:path';
import type * as vscode from 'vscode';
import { traceDocument } from '../../../runtime/src/trace/json.js';
import type { SourceMap } from '../../../server/lsp/protocol.js';
import type { CommandContext } from '../commands/context.js';
import { UserFacingError } from '../errors.js';
import type { RecordedTrace } from '../runFolders.js';
import { showTimelinePanel, type TimelineShown } from './panel.js';
import { placesInSource } from './places.js';

/** The run, as the commands started it (runSnippet.ts's RunStarted). */
interface TracedRun {
  folder: string;
  source: vscode.Uri;
  language: 'go' | 'rust';
  javascriptMap: SourceMap;
}

/** How it ended (runSnippet.ts's RunEnded). */
interface TracedRunEnd {
  folder: string;
  trace: RecordedTrace | undefined;
}

export async function showTimelineWhenEnded(
  ctx: CommandContext,
  run: TracedRun,
  ended: vscode.Event<TracedRunEnd>,
): Promise<TimelineShown> {
  const { trace } = await new Promise<TracedRunEnd>((resolve) => {
    const listener = ended((end) => {
      if (end.folder !== run.folder) return;
      listener.dispose();
      resolve(end);
    });
  });
  if (trace === undefined)
    throw new UserFacingError('chan2ts: the program was stopped before it ended: there is no timeline to show.');
  const name = basename(run.source.path);
  const events = placesInSource(trace.events, run.javascriptMap, name);
  ctx.log.appendLine(`chan2ts: the timeline of ${run.source.toString()}: ${events.length} events`);
  return showTimelinePanel(traceDocument({ ...trace, events }, run.language), run.source, name);
}
