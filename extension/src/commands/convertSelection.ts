// chan2ts.convertSelection: the selection, or the function / fenced block / file around the
// cursor, translated and shown as chan2ts.convert.target says.
import { showConversion, type ConversionOutcome } from '../conversion.js';
import { targetOf } from '../target.js';
import { activeEditor, type CommandContext } from './context.js';

export function convertSelection(ctx: CommandContext) {
  return async (): Promise<ConversionOutcome> => {
    const editor = activeEditor();
    const target = targetOf(editor.document, editor.selection);
    return showConversion(target, await ctx.client.translate(target.params));
  };
}
