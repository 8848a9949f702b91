// chan2ts.openPreview: the live TypeScript preview of the active document beside it.
import * as vscode from 'vscode';
import { wholeDocumentTarget } from '../target.js';
import { activeEditor, type CommandContext } from './context.js';

export function openPreview(ctx: CommandContext) {
  return async (): Promise<vscode.TextDocument> => {
    const editor = activeEditor();
    // A Markdown preview follows the block at the cursor (checked to exist here).
    const target = wholeDocumentTarget(editor);
    const line = editor.document.languageId === 'markdown' ? target.range.start.line : 0;
    const document = await vscode.workspace.openTextDocument(ctx.preview.uriFor(editor.document, line));
    await vscode.languages.setTextDocumentLanguage(document, 'typescript');
    await vscode.window.showTextDocument(document, {
      viewColumn: vscode.ViewColumn.Beside,
      preserveFocus: true,
      preview: false,
    });
    return document;
  };
}
