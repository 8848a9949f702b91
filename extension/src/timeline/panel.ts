// The timeline in a webview beside the editor: the same page `chan2ts run --trace out.html`
// writes. Clicking an event posts its source place, revealed here in the source editor.
import * as vscode from 'vscode';
import type { TraceDocument } from '../../../runtime/src/trace/json.js';
import { timelineHtml } from '../../../server/timeline/html.js';
import type { RevealMessage } from '../../../server/timeline/page/host.js';
import { timelinePageScript } from '../../../server/timeline/page-script.js';
import { lineAndColumn } from './places.js';

export const TIMELINE_VIEW_TYPE = 'chan2ts.timeline';

export interface TimelineShown {
  panel: vscode.WebviewPanel;
  /** Fires with each place the page asked to reveal, once it is revealed. */
  onDidReveal: vscode.Event<vscode.Position>;
}

export function showTimelinePanel(document: TraceDocument, source: vscode.Uri, title: string): TimelineShown {
  const panel = vscode.window.createWebviewPanel(
    TIMELINE_VIEW_TYPE,
    `Timeline: ${title}`,
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
    { enableScripts: true, localResourceRoots: [] },
  );
  panel.webview.html = timelineHtml(document, { title, script: timelinePageScript() });
  const revealed = new vscode.EventEmitter<vscode.Position>();
  panel.webview.onDidReceiveMessage(async (message: unknown) => {
    const place = isReveal(message) ? lineAndColumn(message.at) : undefined;
    if (place === undefined) return;
    const position = new vscode.Position(place.line, place.column);
    await revealInSource(source, position);
    revealed.fire(position);
  });
  panel.onDidDispose(() => revealed.dispose());
  return { panel, onDidReveal: revealed.event };
}

function isReveal(message: unknown): message is RevealMessage {
  const m = message as Partial<Record<keyof RevealMessage, unknown>> | null;
  return typeof m === 'object' && m !== null && m.type === 'reveal' && typeof m.at === 'string';
}

async function revealInSource(source: vscode.Uri, position: vscode.Position): Promise<void> {
  const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === source.toString());
  const editor = await vscode.window.showTextDocument(source, {
    viewColumn: open?.viewColumn ?? vscode.ViewColumn.One,
    selection: new vscode.Range(position, position),
    preserveFocus: false,
  });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
