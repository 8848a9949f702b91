// Shows a translation where the chan2ts.convert.target setting says: in a TypeScript editor
// beside the source, in place of the source text, or on the clipboard.
import * as vscode from 'vscode';
import type { TranslateResult } from '../../server/lsp/protocol.js';
import { convertTarget } from './settings.js';
import type { Target } from './target.js';

/** What a conversion did, for tests and for the message shown. */
export interface ConversionOutcome {
  where: 'beside' | 'replace' | 'clipboard';
  typescript: string;
  /** The TypeScript editor's document, when shown beside. */
  document?: vscode.TextDocument;
  problems: number;
}

function problemsNote(result: TranslateResult): string {
  const n = result.diagnostics.length;
  return n === 0 ? '' : ` ${n} construct${n === 1 ? '' : 's'} could not be translated: see the Problems view.`;
}

/** Every converted document's URI this session: none is used twice (see convertedUri). */
const usedUris = new Set<string>();

async function existsOnDisk(uri: vscode.Uri): Promise<boolean> {
  if (uri.scheme !== 'file') return false;
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * A new untitled document's URI beside the source and named after it (`pipeline.go` ->
 * `pipeline.ts`, then `pipeline-2.ts`), so that Save offers that file. A URI is never used
 * twice: a new document under the name of one just closed can show the old one's text in
 * VS Code for the web.
 */
async function convertedUri(source: vscode.Uri): Promise<vscode.Uri> {
  const base = source.path.replace(/\.[^./]*$/, '');
  for (let n = 1; ; n++) {
    const path = `${base}${n === 1 ? '' : `-${n}`}.ts`;
    const uri = source.with({ scheme: 'untitled', path, query: '', fragment: '' });
    if (usedUris.has(uri.toString()) || (await existsOnDisk(source.with({ path, query: '', fragment: '' })))) continue;
    usedUris.add(uri.toString());
    return uri;
  }
}

async function showBeside(source: vscode.Uri, result: TranslateResult): Promise<vscode.TextDocument> {
  const uri = await convertedUri(source);
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), result.typescript);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not write the TypeScript into ${uri.path}`);
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return document;
}

async function replaceSource(target: Target, result: TranslateResult): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(target.document.uri, target.range, result.typescript.replace(/\n$/, ''));
  if (target.document.languageId === 'markdown' && target.range.start.line > 0) {
    // The fenced block now holds TypeScript: say so in its info string.
    const fenceLine = target.document.lineAt(target.range.start.line - 1);
    const info = /^(\s*(?:`{3,}|~{3,})\s*)(\w+)/.exec(fenceLine.text);
    if (info)
      edit.replace(
        target.document.uri,
        new vscode.Range(fenceLine.lineNumber, info[1]!.length, fenceLine.lineNumber, info[0].length),
        'ts',
      );
  }
  if (!(await vscode.workspace.applyEdit(edit)))
    throw new Error(`could not edit ${target.document.uri.toString()} (is it read-only?)`);
}

export async function showConversion(target: Target, result: TranslateResult): Promise<ConversionOutcome> {
  const where = convertTarget(target.document);
  const outcome: ConversionOutcome = { where, typescript: result.typescript, problems: result.diagnostics.length };
  if (where === 'beside') {
    outcome.document = await showBeside(target.document.uri, result);
  } else if (where === 'replace') {
    await replaceSource(target, result);
  } else {
    await vscode.env.clipboard.writeText(result.typescript);
  }
  const done =
    where === 'clipboard'
      ? `the TypeScript of ${target.description} is on the clipboard.`
      : `converted ${target.description} to TypeScript.`;
  const note = problemsNote(result);
  if (note) void vscode.window.showWarningMessage(`chan2ts: ${done}${note}`);
  else vscode.window.setStatusBarMessage(`chan2ts: ${done}`, 5000);
  return outcome;
}
