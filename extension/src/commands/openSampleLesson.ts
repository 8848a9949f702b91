// chan2ts.openSampleLesson: opens the lesson shipped with the extension (dist/walkthrough/
// lesson.md, a copy of examples/lesson.md), the getting-started walkthrough's first step.
import * as vscode from 'vscode';
import type { CommandContext } from './context.js';

export function openSampleLesson(ctx: CommandContext): () => Promise<vscode.TextEditor> {
  return async () => {
    const lesson = vscode.Uri.file(ctx.extension.asAbsolutePath('dist/walkthrough/lesson.md'));
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(lesson), { preview: false });
  };
}
