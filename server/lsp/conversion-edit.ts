// The workspace edit of chan2ts.server.convert: the TypeScript in a new .ts file beside the
// document (replacing one there), or in place of what was translated: the selection, the
// whole Go or Rust document, or the Markdown block, which becomes a ts block.
import type { Range, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { documentLanguage, fenceAt } from './source.js';

export function conversionEdit(
  document: TextDocument,
  typescript: string,
  target: 'file' | 'replace',
  range?: Range,
): WorkspaceEdit {
  if (target === 'file') {
    const uri = typescriptUri(document.uri);
    return {
      documentChanges: [
        { kind: 'create', uri, options: { overwrite: true } },
        {
          textDocument: { uri, version: null },
          edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: typescript }],
        },
      ],
    };
  }
  return { changes: { [document.uri]: [replacement(document, typescript, range)] } };
}

/** file:///x/prog.go -> file:///x/prog.ts; a name without an extension gets .ts added. */
function typescriptUri(uri: string): string {
  const [path, suffix = ''] = uri.split(/(?=[?#])/, 2);
  const name = path!.slice(path!.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? path!.slice(0, path!.length - name.length + dot) : path!;
  return `${stem}.ts${suffix}`;
}

function replacement(document: TextDocument, typescript: string, range?: Range) {
  const text = document.getText();
  if (documentLanguage(document) === 'markdown') {
    const fence = fenceAt(text, range?.start.line ?? 0)!;
    const opening = fence.startLine - 1;
    const marker = /^\s*(`{3,}|~{3,})/.exec(document.getText(lineRange(opening)))?.[0] ?? '```';
    return {
      range: {
        start: { line: opening, character: 0 },
        end: document.positionAt(fence.startOffset + fence.code.length),
      },
      newText: `${marker}ts\n${typescript.replace(/\n$/, '')}`,
    };
  }
  const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  const selected = range && document.offsetAt(range.start) < document.offsetAt(range.end);
  return { range: selected ? range : whole, newText: typescript };
}

function lineRange(line: number): Range {
  return { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
}
