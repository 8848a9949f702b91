// Hover explanations: the note of the channel construct under the cursor (server/insights/),
// with the TypeScript of the enclosing Go or Rust statement. Never throws: no note is null.
import type { Node, Parser, Tree } from 'web-tree-sitter';
import { noteFor, renderHover, type NoteLanguage } from '../insights/index.js';
import { createParser } from '../parse/grammars.js';
import { findFences } from '../parse/markdown.js';
import { translate } from '../translate/index.js';
import { keysOf } from './hover-keys.js';

export interface HoverPosition {
  line: number;
  character: number;
}

const parsers = new Map<NoteLanguage, Promise<Parser>>();

function parserFor(language: NoteLanguage): Promise<Parser> {
  let parser = parsers.get(language);
  if (!parser) {
    parser = createParser(language);
    parser.catch(() => parsers.delete(language));
    parsers.set(language, parser);
  }
  return parser;
}

/** The lines of `text`, without their line breaks. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** The code and language to hover in, and the position inside that code. */
function locate(
  text: string,
  language: NoteLanguage | 'markdown',
  position: HoverPosition,
): { code: string; language: NoteLanguage; line: number } | null {
  if (language !== 'markdown') return { code: text, language, line: position.line };
  for (const fence of findFences(text)) {
    if (fence.language !== 'go' && fence.language !== 'rust') continue;
    const count = fence.code === '' ? 0 : linesOf(fence.code).length;
    if (position.line >= fence.startLine && position.line < fence.startLine + count) {
      return { code: fence.code, language: fence.language, line: position.line - fence.startLine };
    }
  }
  return null;
}

/**
 * The Markdown of the hover at `position` (LSP line and UTF-16 character), or null. `cached`:
 * the tree of `text` kept by the server's TreeCache (Go and Rust documents; it is copied, not
 * kept); without it the code is parsed here.
 */
export async function hoverAt(
  text: string,
  language: NoteLanguage | 'markdown',
  position: HoverPosition,
  cached?: Tree | null,
): Promise<string | null> {
  try {
    if (
      !Number.isInteger(position?.line) ||
      !Number.isInteger(position?.character) ||
      position.line < 0 ||
      position.character < 0
    )
      return null;
    const where = locate(text, language, position);
    if (!where) return null;
    const lineText = linesOf(where.code)[where.line];
    const char = lineText?.[position.character];
    // Whitespace, past the end of the line or past the last line: nothing is hovered.
    if (char === undefined || /\s/.test(char)) return null;
    const tree =
      cached && language !== 'markdown' ? cached.copy() : (await parserFor(where.language)).parse(where.code);
    if (!tree) return null;
    try {
      const point = { row: where.line, column: position.character };
      let node: Node | null = tree.rootNode.descendantForPosition(point);
      for (; node; node = node.parent) {
        for (const key of keysOf(node, where.language)) {
          const note = noteFor(where.language, key);
          if (note) return renderHover(note, await translationOf(node, where.language));
        }
      }
      return null;
    } finally {
      tree.delete();
    }
  } catch {
    return null;
  }
}

/** The statements whose translation a hover shows, and the nodes the search stops at, per language. */
const STATEMENT: Record<NoteLanguage, RegExp> = {
  go: /_statement$|^short_var_declaration$|^var_declaration$|^const_declaration$/,
  rust: /^(let_declaration|expression_statement)$/,
};
const STOP: Record<NoteLanguage, Set<string>> = {
  go: new Set(['function_declaration', 'method_declaration', 'func_literal', 'source_file']),
  rust: new Set(['function_item', 'closure_expression', 'source_file']),
};

/** The TypeScript of the Go or Rust statement enclosing `node`, or undefined (also when it does not translate). */
async function translationOf(node: Node, language: NoteLanguage): Promise<string | undefined> {
  try {
    let statement: Node | null = node;
    while (statement && !STATEMENT[language].test(statement.type)) {
      if (STOP[language].has(statement.type)) return undefined;
      statement = statement.parent;
    }
    if (!statement) return undefined;
    const { typescript } = await translate(statement.text, { language });
    return mainBody(typescript);
  } catch {
    return undefined;
  }
}

/** The body of `async function main()` of a translated snippet, dedented. */
function mainBody(typescript: string): string | undefined {
  const lines = typescript.split('\n');
  const start = lines.findIndex((line) => /^(export\s+)?async function main\(/.test(line));
  let body: string[];
  if (start < 0) {
    body = lines.filter((line) => !/^import\s/.test(line) && !/^runMain\(/.test(line));
  } else {
    let end = lines.length - 1;
    while (end > start && lines[end] !== '}') end--;
    body = lines.slice(start + 1, end > start ? end : lines.length);
  }
  const indents = body.filter((line) => line.trim()).map((line) => /^\s*/.exec(line)![0].length);
  const indent = indents.length ? Math.min(...indents) : 0;
  const result = body
    .map((line) => line.slice(indent))
    .join('\n')
    .trim();
  return result || undefined;
}
