// chan2ts.convertToTypeScript: the language server's "Convert to TypeScript" code action.
// Its argument is the action's TranslateParams; the range it names is converted like a
// selection (an empty one: the function or fenced block around it).
import * as vscode from 'vscode';
import type { TranslateParams } from '../../../server/lsp/protocol.js';
import { showConversion, type ConversionOutcome } from '../conversion.js';
import { UserFacingError } from '../errors.js';
import { targetOf } from '../target.js';
import type { CommandContext } from './context.js';

function isTranslateParams(value: unknown): value is TranslateParams {
  return typeof value === 'object' && value !== null && typeof (value as TranslateParams).uri === 'string';
}

export function convertToTypeScript(ctx: CommandContext) {
  return async (params: unknown): Promise<ConversionOutcome> => {
    if (!isTranslateParams(params))
      throw new UserFacingError(
        'chan2ts: "Convert to TypeScript" needs the code action\'s argument { uri, range }; use "chan2ts: Convert Selection to TypeScript" instead.',
      );
    const document =
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === params.uri) ??
      (await vscode.workspace.openTextDocument(vscode.Uri.parse(params.uri)));
    const start = params.range
      ? document.validatePosition(new vscode.Position(params.range.start.line, params.range.start.character))
      : new vscode.Position(0, 0);
    const end = params.range
      ? document.validatePosition(new vscode.Position(params.range.end.line, params.range.end.character))
      : start;
    const target = targetOf(document, new vscode.Selection(start, end));
    return showConversion(target, await ctx.client.translate(target.params));
  };
}
