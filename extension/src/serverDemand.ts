// The extension activates on Markdown too, but a Markdown user who never opens a lesson with
// Go or Rust code should not pay for a language server: it starts when the first document
// that needs it is open (a Go or Rust file, or Markdown with a go/rust fence), or when a
// command asks for a translation.
import * as vscode from 'vscode';
import { hasGoOrRustFence } from './codeFence.js';

const CODE_LANGUAGES = new Set(['go', 'rust']);

function needsServer(document: vscode.TextDocument): boolean {
  if (CODE_LANGUAGES.has(document.languageId)) return true;
  return document.languageId === 'markdown' && hasGoOrRustFence(document.getText());
}

/** Calls `start` once, as soon as an open document needs the server; the returned disposable stops watching. */
export function startWhenNeeded(start: () => void): vscode.Disposable {
  const watchers: vscode.Disposable[] = [];
  const stop = () => watchers.splice(0).forEach((watcher) => watcher.dispose());
  const check = (document: vscode.TextDocument) => {
    if (watchers.length === 0 || !needsServer(document)) return;
    stop();
    start();
  };
  watchers.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((change) => check(change.document)),
  );
  vscode.workspace.textDocuments.forEach(check);
  return { dispose: stop };
}
