// The three shapes of Go input, and their wrapping into a whole file. tree-sitter-go accepts
// statements at the top level (for snippets in documentation), so one parse of the input as
// it is shows which shape it has.
import type { Parser, Point } from 'web-tree-sitter';

/** A whole file; top-level declarations without a package clause; a run of statements. */
export type GoInputKind = 'file' | 'declarations' | 'statements';

export interface WrappedGo {
  /** A whole Go file holding the input. */
  text: string;
  /** How many lines were added before the input's first line. */
  lineOffset: number;
  /** The input's position of a position in `text`; null inside the added lines. */
  toOriginal(point: Point): Point | null;
}

/** Declarations that a function body cannot hold. */
const TOP_LEVEL_ONLY = new Set(['package_clause', 'import_declaration', 'function_declaration', 'method_declaration']);
/** Declarations valid both at the top level and in a function body. */
const ANYWHERE = new Set(['const_declaration', 'var_declaration', 'type_declaration']);

/** What classifying reads of a node: web-tree-sitter's nodes and plain ones (syntax-tree.ts) both have it. */
interface TopLevelNode {
  readonly type: string;
  readonly isError: boolean;
  readonly namedChildren: readonly (TopLevelNode | null)[];
}

/** The root's children, with those of error nodes taken in their place. */
function topLevelNodes(node: TopLevelNode): TopLevelNode[] {
  return node.namedChildren.flatMap((child) => {
    if (!child) return [];
    return child.isError ? topLevelNodes(child) : [child];
  });
}

export function classifyGo(source: string, parser: Parser): GoInputKind {
  const tree = parser.parse(source);
  if (!tree) throw new Error('chan2ts: the parser has no language set');
  try {
    return classifyGoTree(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/** The input kind of source already parsed as it is. */
export function classifyGoTree(root: TopLevelNode): GoInputKind {
  const types = topLevelNodes(root)
    .map((node) => node.type)
    .filter((type) => type !== 'comment');
  if (types.includes('package_clause')) return 'file';
  if (types.some((type) => TOP_LEVEL_ONLY.has(type))) return 'declarations';
  if (types.some((type) => !ANYWHERE.has(type))) return 'statements';
  // Only var/const/type: at the top level, an unused var is no compile error.
  return types.length > 0 ? 'declarations' : 'statements';
}

const PREFIX: Record<GoInputKind, string> = {
  file: '',
  declarations: 'package main\n',
  statements: 'package main\nfunc main() {\n',
};
const SUFFIX: Record<GoInputKind, string> = { file: '', declarations: '', statements: '\n}' };

function lineCount(text: string): number {
  return text.split('\n').length;
}

export function wrapGo(source: string, kind: GoInputKind): WrappedGo {
  const lineOffset = lineCount(PREFIX[kind]) - 1;
  const lines = lineCount(source);
  return {
    text: PREFIX[kind] + source + SUFFIX[kind],
    lineOffset,
    // Every prefix ends with a line break and every suffix starts with one, so columns stay.
    toOriginal: ({ row, column }) => {
      const originalRow = row - lineOffset;
      return originalRow >= 0 && originalRow < lines ? { row: originalRow, column } : null;
    },
  };
}
