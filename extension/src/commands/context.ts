// What every command gets: the extension's context, the server connection, the log, and
// the active editor, or an error saying that one is needed.
import * as vscode from 'vscode';
import type { ServerClient } from '../client.js';
import { UserFacingError } from '../errors.js';
import type { RunFolders } from '../runFolders.js';
import type { TranslationPreview } from '../preview.js';

export interface CommandContext {
  extension: vscode.ExtensionContext;
  client: ServerClient;
  log: vscode.OutputChannel;
  runs: RunFolders;
  preview: TranslationPreview;
}

export function activeEditor(): vscode.TextEditor {
  const editor = vscode.window.activeTextEditor;
  if (!editor)
    throw new UserFacingError(
      'chan2ts: open a Go, Rust or Markdown file first: this command works on the active editor.',
    );
  return editor;
}
