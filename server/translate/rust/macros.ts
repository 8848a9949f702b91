import { copyTree, type Node, type SourceParser, type SyntaxTree } from '../syntax.js';
import { valuesOf } from './facts.js';

/** How many parsed pieces each parser keeps: a file's macro bodies, and those of the next translations of it. */
const PIECES_KEPT = 4096;
/** Parsed pieces by their wrapper text: the same macro body (`println!("{}", x)`) is parsed once. */
const piecesByParser = new WeakMap<SourceParser, Map<string, SyntaxTree>>();

/**
 * Macro bodies (`println!`, `vec!`, `select!`...) are token trees in tree-sitter: flat tokens.
 * Their parts are parsed again as Rust, each piece alone on the second row of a small wrapper
 * document at its own column, so sub-parsed nodes keep the source's columns and only their
 * rows shift: `rowOffset(node)` is what to add to a node's row.
 */
export class MacroParser {
  private readonly argumentsCache = new Map<string, Node[]>();
  /** For every tree (by root id): its text, and the rows to add to its nodes' rows. */
  private readonly documents = new Map<number, { text: string; rowOffset: number }>();
  private readonly mainId: number;

  constructor(
    private readonly parser: SourceParser,
    main: SyntaxTree,
    text: string,
  ) {
    this.mainId = main.rootNode.id;
    this.documents.set(this.mainId, { text, rowOffset: 0 });
  }

  /** Row shift of a node from a sub-parse (0 for nodes of the main tree). */
  rowOffset(node: Node): number {
    return this.documents.get(node.tree.rootNode.id)?.rowOffset ?? 0;
  }

  /** Whether a node comes from a macro body's parse (not the file's). */
  isPiece(node: Node): boolean {
    return node.tree.rootNode.id !== this.mainId;
  }

  /** Whether these are a macro's arguments (parsed as those of a call of `__m`), not a call's. */
  isMacroArguments(args: Node): boolean {
    return this.isPiece(args) && args.parent?.type === 'call_expression' && args.parent.child(0)?.text === '__m';
  }

  /** The comma-separated expressions of `name!(...)` / `name![...]`; named `x = e` arguments come as assignments. */
  arguments(tokenTree: Node): Node[] {
    const key = `${tokenTree.tree.rootNode.id}:${tokenTree.id}`;
    let args = this.argumentsCache.get(key);
    if (!args) this.argumentsCache.set(key, (args = this.parseArguments(tokenTree)));
    return args;
  }

  private parseArguments(tokenTree: Node): Node[] {
    const open = tokenTree.child(0);
    const close = tokenTree.child(tokenTree.childCount - 1);
    if (!open || !close || tokenTree.childCount < 2) return [];
    const call = this.parsePiece(open, close.startIndex, 'fn __chan2ts() { __m(', ') }', true);
    const args = findFirst(call, 'arguments');
    return args ? valuesOf(args) : [];
  }

  /** `vec![a, b]` or `vec![x; n]` as an array expression. */
  array(tokenTree: Node): Node | null {
    return findFirst(
      this.parsePiece(tokenTree, tokenTree.endIndex, 'fn __chan2ts() { let _ = ', '; }'),
      'array_expression',
    );
  }

  /** One expression from the start of `first` to `end`. */
  expression(first: Node, end: number): Node | null {
    const parens = findFirst(
      this.parsePiece(first, end, 'fn __chan2ts() { let _ = (', '); }'),
      'parenthesized_expression',
    );
    return parens ? (valuesOf(parens)[0] ?? null) : null;
  }

  /** A pattern from the start of `first` to `end` (a select! branch's `Some(v)`). */
  pattern(first: Node, end: number): Node | null {
    const arm = findFirst(this.parsePiece(first, end, 'fn __chan2ts() { match 0 { ', ' => {} } }'), 'match_arm');
    const pattern = arm?.childForFieldName('pattern');
    return pattern ? (valuesOf(pattern)[0] ?? pattern) : null;
  }

  /** A block `{ ... }` token tree (a select! handler). */
  block(tokenTree: Node): Node | null {
    return findFirst(this.parsePiece(tokenTree, tokenTree.endIndex, 'fn __chan2ts() { let _ = ', '; }'), 'block', 1);
  }

  /** The items between a macro invocation's braces (`task_local! { static ID: u64; }`). */
  items(macro: Node): Node[] {
    const tokenTree = macro.namedChildren.find((k) => k.type === 'token_tree');
    if (!tokenTree) return [];
    const open = tokenTree.child(0);
    const close = tokenTree.child(tokenTree.childCount - 1);
    if (!open || !close || tokenTree.childCount < 2) return [];
    return this.parsePiece(open, close.startIndex, '', '', true).namedChildren;
  }

  /** Nothing to free: the sub-parses are plain trees. */
  dispose(): void {}

  /**
   * Parses the text from `first` (its start, or its end when `afterFirst`) to `end` of the
   * document `first` belongs to, alone on the second row of a wrapper, at its own column.
   */
  private parsePiece(first: Node, end: number, prefix: string, suffix: string, afterFirst = false): Node {
    const document = this.documents.get(first.tree.rootNode.id)!;
    const start = afterFirst ? first.endIndex : first.startIndex;
    const row = afterFirst ? first.endPosition.row : first.startPosition.row;
    const lineStart = document.text.lastIndexOf('\n', start - 1) + 1;
    const text = `${prefix}\n${' '.repeat(start - lineStart)}${document.text.slice(start, end)}\n${suffix}`;
    const tree = this.parsePieceText(text);
    this.documents.set(tree.rootNode.id, { text, rowOffset: document.rowOffset + row - 1 });
    return tree.rootNode;
  }

  /** A tree of `text` with nodes of its own (each piece has its row offset, and the translator keys state by node). */
  private parsePieceText(text: string): SyntaxTree {
    let pieces = piecesByParser.get(this.parser);
    if (!pieces) piecesByParser.set(this.parser, (pieces = new Map()));
    const parsed = pieces.get(text);
    if (parsed) return copyTree(parsed);
    if (pieces.size === PIECES_KEPT) pieces.delete(pieces.keys().next().value!);
    const tree = this.parser.parse(text);
    pieces.set(text, tree);
    return tree;
  }
}

function findFirst(node: Node, type: string, skip = 0): Node | null {
  let seen = 0;
  let found: Node | null = null;
  const visit = (n: Node): boolean => {
    if (n.type === type && seen++ >= skip) {
      found = n;
      return true;
    }
    return n.namedChildren.some(visit);
  };
  visit(node);
  return found;
}
