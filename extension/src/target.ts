// What a command translates: the selection; else, with nothing selected, the function around
// the cursor (Go, Rust), the fenced block around it (Markdown), or the whole file.
import * as vscode from 'vscode';
import { findFences, type Fence } from '../../server/parse/markdown.js';
import type { TranslateParams } from '../../server/lsp/protocol.js';
import { enclosingFunction } from './enclosingFunction.js';
import { UserFacingError } from './errors.js';
import { runtimeSpecifier, type RuntimeLanguage } from './settings.js';

export interface Target {
  document: vscode.TextDocument;
  /** The source text the translation stands for (what "replace" replaces). */
  range: vscode.Range;
  /** What it is, for messages: "the selection", "function main", ... */
  description: string;
  params: TranslateParams;
}

const CHANGE_LANGUAGE = { title: 'Change Language Mode', command: 'workbench.action.editor.changeLanguageMode' };

/** The document's translatable language, or a UserFacingError saying why there is none. */
function documentKind(document: vscode.TextDocument): RuntimeLanguage | 'markdown' {
  const id = document.languageId;
  if (id === 'go' || id === 'rust' || id === 'markdown') return id;
  throw new UserFacingError(
    `chan2ts converts Go, Rust and Markdown documents; this one is "${id}". If it holds Go or Rust code, change its language mode.`,
    [CHANGE_LANGUAGE],
  );
}

/** The go/rust fenced blocks of a Markdown document, each with its code's range. */
function codeBlocks(document: vscode.TextDocument): { fence: Fence; range: vscode.Range }[] {
  return findFences(document.getText())
    .filter((fence) => fence.language === 'go' || fence.language === 'rust')
    .map((fence) => ({
      fence,
      range: new vscode.Range(
        document.positionAt(fence.startOffset),
        document.positionAt(fence.startOffset + fence.code.length),
      ),
    }));
}

/** The go/rust block whose lines (fences included) hold `line`. */
function blockAtLine(document: vscode.TextDocument, line: number) {
  return codeBlocks(document).find(({ range }) => line >= range.start.line - 1 && line <= range.end.line + 1);
}

function withSpecifier(
  params: TranslateParams,
  language: RuntimeLanguage,
  document: vscode.TextDocument,
): TranslateParams {
  const specifier = runtimeSpecifier(language, document);
  return specifier === undefined ? params : { ...params, runtimeSpecifier: specifier };
}

function markdownTarget(document: vscode.TextDocument, selection: vscode.Selection): Target {
  const blocks = codeBlocks(document);
  if (blocks.length === 0)
    throw new UserFacingError('chan2ts: this Markdown document has no ```go or ```rust fenced block to convert.');
  const block = blockAtLine(document, selection.start.line);
  if (!block) {
    throw new UserFacingError(
      'chan2ts: put the cursor in a ```go or ```rust fenced block (or select code in one) to convert it.',
    );
  }
  const language = block.fence.language as RuntimeLanguage;
  const params: TranslateParams = {
    uri: document.uri.toString(),
    range: { start: block.range.start, end: block.range.start },
  };
  return {
    document,
    range: block.range,
    description: `the ${language} block at line ${block.range.start.line}`,
    params: withSpecifier(params, language, document),
  };
}

/** The target of a command run in `document` with `selection` (an editor's, or a code action's range). */
export function targetOf(document: vscode.TextDocument, selection: vscode.Selection): Target {
  const kind = documentKind(document);
  if (kind === 'markdown') return markdownTarget(document, selection);
  if (document.getText().trim() === '')
    throw new UserFacingError('chan2ts: nothing to convert: the document is empty.');
  let range: vscode.Range = selection;
  let description = 'the selection';
  if (selection.isEmpty) {
    const found = enclosingFunction(document.getText(), document.offsetAt(selection.start), kind);
    range = found
      ? new vscode.Range(document.positionAt(found.start), document.positionAt(found.end))
      : fullRange(document);
    description = found ? `the function at line ${range.start.line + 1}` : 'the whole file';
  }
  const params: TranslateParams = { uri: document.uri.toString(), range: { start: range.start, end: range.end } };
  return { document, range, description, params: withSpecifier(params, kind, document) };
}

/**
 * The whole program as the target: the file, or the Markdown block at the cursor. For running:
 * its import stays the default one, which the run's private copy of the runtime answers.
 */
export function wholeDocumentTarget(editor: vscode.TextEditor): Target {
  const { document } = editor;
  const kind = documentKind(document);
  if (kind === 'markdown') {
    const block = markdownTarget(document, editor.selection);
    return { ...block, params: { uri: block.params.uri, range: block.params.range } };
  }
  if (document.getText().trim() === '') throw new UserFacingError('chan2ts: nothing to run: the document is empty.');
  return {
    document,
    range: fullRange(document),
    description: 'the whole file',
    params: { uri: document.uri.toString() },
  };
}

function fullRange(document: vscode.TextDocument): vscode.Range {
  return new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
}
