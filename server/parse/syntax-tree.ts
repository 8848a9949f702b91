// A tree-sitter tree read once into plain JavaScript objects. Reading a node through
// web-tree-sitter crosses into wasm (through N-API for the native binding) on every property,
// and the translators read the same nodes many times: one cursor walk here reads what they
// need (type, field, range) and the rest is derived in JavaScript.
//
// Indices and columns count UTF-16 code units, as both tree-sitter bindings report them for a
// JavaScript string, and rows count '\n' only: so `text` is a slice of the source, and a
// position follows from an index and the line starts.

export interface Point {
  row: number;
  column: number;
}

/** The node API the translators read: a subset of web-tree-sitter's `Node`, on plain objects. */
export interface SyntaxNode {
  readonly id: number;
  readonly tree: SyntaxTree;
  readonly type: string;
  readonly isNamed: boolean;
  readonly isError: boolean;
  readonly isMissing: boolean;
  readonly hasError: boolean;
  /** An ERROR node in place of code nested deeper than MAX_NESTING (its children are not read). */
  readonly isTooDeep: boolean;
  readonly text: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: Point;
  readonly endPosition: Point;
  readonly parent: SyntaxNode | null;
  /** The field this node fills in its parent, if any. */
  readonly fieldName: string | null;
  /** Shared arrays: read them, never change them. */
  readonly children: SyntaxNode[];
  readonly namedChildren: SyntaxNode[];
  readonly childCount: number;
  readonly namedChildCount: number;
  readonly firstChild: SyntaxNode | null;
  readonly lastChild: SyntaxNode | null;
  readonly firstNamedChild: SyntaxNode | null;
  readonly lastNamedChild: SyntaxNode | null;
  readonly nextSibling: SyntaxNode | null;
  readonly previousSibling: SyntaxNode | null;
  readonly nextNamedSibling: SyntaxNode | null;
  readonly previousNamedSibling: SyntaxNode | null;
  child(index: number): SyntaxNode | null;
  namedChild(index: number): SyntaxNode | null;
  childForFieldName(fieldName: string): SyntaxNode | null;
  childrenForFieldName(fieldName: string): SyntaxNode[];
  /** This node and its descendants of the given types, in document order. */
  descendantsOfType(types: string | readonly string[]): SyntaxNode[];
  equals(other: SyntaxNode): boolean;
  walk(): SyntaxCursor;
  /** The S-expression of the named nodes, as tree-sitter prints it. */
  toString(): string;
}

/** A cursor over a plain tree, with the members of tree-sitter's `TreeCursor` it needs. */
export interface SyntaxCursor {
  readonly currentNode: SyntaxNode;
  readonly currentFieldName: string | null;
  readonly currentDepth: number;
  readonly nodeType: string;
  readonly nodeIsNamed: boolean;
  readonly nodeIsMissing: boolean;
  readonly nodeText: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: Point;
  readonly endPosition: Point;
  gotoFirstChild(): boolean;
  gotoLastChild(): boolean;
  gotoNextSibling(): boolean;
  gotoPreviousSibling(): boolean;
  gotoParent(): boolean;
  reset(node: SyntaxNode): void;
  delete(): void;
}

export interface SyntaxTree {
  readonly rootNode: SyntaxNode;
  /** The parsed source. */
  readonly text: string;
  /** The position of a UTF-16 index of the source. */
  positionAt(index: number): Point;
  walk(): SyntaxCursor;
}

/** What the builder reads from a tree of either binding (their cursor APIs agree on these). */
export interface RawCursor {
  readonly nodeTypeId: number;
  readonly nodeType: string;
  readonly nodeIsNamed: boolean;
  readonly nodeIsMissing: boolean;
  readonly currentFieldId: number;
  readonly currentFieldName: string | null;
  readonly startIndex: number;
  readonly endIndex: number;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  delete?(): void;
}

export interface RawTree {
  readonly rootNode: { readonly hasError: boolean };
  walk(): RawCursor;
}

/**
 * One walk over a raw tree: the node under it, and moves. `typeName`, `typeIsNamed` and
 * `fieldName` are asked once per id (see NameTable).
 */
export interface TreeReader {
  typeId(): number;
  fieldId(): number;
  isMissing(): boolean;
  startIndex(): number;
  endIndex(): number;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  typeName(typeId: number): string;
  typeIsNamed(typeId: number): boolean;
  fieldName(fieldId: number): string | null;
  /** Frees the walk's state. */
  done(): void;
}

/** A reader over the public TreeCursor API, which both bindings have. */
export function cursorReader(cursor: RawCursor): TreeReader {
  return {
    typeId: () => cursor.nodeTypeId,
    fieldId: () => cursor.currentFieldId,
    isMissing: () => cursor.nodeIsMissing,
    startIndex: () => cursor.startIndex,
    endIndex: () => cursor.endIndex,
    gotoFirstChild: () => cursor.gotoFirstChild(),
    gotoNextSibling: () => cursor.gotoNextSibling(),
    gotoParent: () => cursor.gotoParent(),
    typeName: () => cursor.nodeType,
    typeIsNamed: () => cursor.nodeIsNamed,
    fieldName: () => cursor.currentFieldName,
    done: () => cursor.delete?.(),
  };
}

/**
 * Names by id for one grammar, filled as the builder meets each id (one read across the
 * binding per node type and field instead of one per node). One table per loaded language.
 */
export class NameTable {
  readonly types: (string | undefined)[] = [];
  readonly named: boolean[] = [];
  readonly fields: (string | null | undefined)[] = [null];
}

const ERROR_TYPE_ID = 0xffff;
const EMPTY: SyntaxNode[] = Object.freeze([]) as unknown as SyntaxNode[];

let nextId = 1;

class PlainTree implements SyntaxTree {
  rootNode!: PlainNode;
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  positionAt(index: number): Point {
    let starts = this.lineStarts;
    if (!starts) {
      starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: index - starts[lo]! };
  }

  walk(): SyntaxCursor {
    return new PlainCursor(this.rootNode);
  }
}

const NAMED = 1;
const MISSING = 2;
const ERROR = 4;
const HAS_ERROR = 8;
const TOO_DEEP = 16;

/**
 * How deep a plain tree goes. The translators and the emitter recurse once or more per level,
 * so deeper code (20,000 nested parentheses, a sum of 5,000 terms) would overflow the stack: it
 * is cut here, and what lies below becomes an error node that says why.
 */
export const MAX_NESTING = 800;

class PlainNode implements SyntaxNode {
  readonly id = nextId++;
  endIndex = 0;
  children: PlainNode[] = EMPTY as PlainNode[];
  private named: PlainNode[] | undefined;
  private kidsCache: PlainNode[] | undefined;
  private textCache: string | undefined;
  private startCache: Point | undefined;

  constructor(
    readonly tree: PlainTree,
    readonly parent: PlainNode | null,
    public type: string,
    readonly fieldName: string | null,
    readonly startIndex: number,
    /** NAMED | MISSING | ERROR | HAS_ERROR: one field for four, as a tree has many nodes. */
    public flags: number,
  ) {}

  get isNamed(): boolean {
    return (this.flags & NAMED) !== 0;
  }

  get isMissing(): boolean {
    return (this.flags & MISSING) !== 0;
  }

  get isError(): boolean {
    return (this.flags & ERROR) !== 0;
  }

  get hasError(): boolean {
    return (this.flags & HAS_ERROR) !== 0;
  }

  get isTooDeep(): boolean {
    return (this.flags & TOO_DEEP) !== 0;
  }

  get text(): string {
    return (this.textCache ??= this.tree.text.slice(this.startIndex, this.endIndex));
  }

  /** Shared: read it, never change it. */
  get startPosition(): Point {
    return (this.startCache ??= this.tree.positionAt(this.startIndex));
  }

  get endPosition(): Point {
    return this.tree.positionAt(this.endIndex);
  }

  /** Where this node is in its parent's children (a search: siblings are rarely asked for). */
  private get index(): number {
    return this.parent ? this.parent.children.indexOf(this) : 0;
  }

  get namedChildren(): PlainNode[] {
    if (this.named === undefined) {
      // Indexed loops here and below: these run for most nodes, and an iterator would be allocated each time.
      const children = this.children;
      let all = true;
      for (let i = 0; i < children.length; i++) if (!children[i]!.isNamed) all = false;
      this.named = all ? this.children : this.children.filter((c) => c.isNamed);
    }
    return this.named;
  }

  /** Named children but comments: what the translators walk. */
  get kids(): PlainNode[] {
    if (this.kidsCache === undefined) {
      const named = this.namedChildren;
      let comments = false;
      for (let i = 0; i < named.length; i++) if (named[i]!.type === 'comment') comments = true;
      this.kidsCache = comments ? named.filter((c) => c.type !== 'comment') : named;
    }
    return this.kidsCache;
  }

  get childCount(): number {
    return this.children.length;
  }

  get namedChildCount(): number {
    return this.namedChildren.length;
  }

  get firstChild(): PlainNode | null {
    return this.children[0] ?? null;
  }

  get lastChild(): PlainNode | null {
    return this.children[this.children.length - 1] ?? null;
  }

  get firstNamedChild(): PlainNode | null {
    return this.namedChildren[0] ?? null;
  }

  get lastNamedChild(): PlainNode | null {
    const named = this.namedChildren;
    return named[named.length - 1] ?? null;
  }

  get nextSibling(): PlainNode | null {
    return this.parent?.children[this.index + 1] ?? null;
  }

  get previousSibling(): PlainNode | null {
    return this.parent?.children[this.index - 1] ?? null;
  }

  get nextNamedSibling(): PlainNode | null {
    const siblings = this.parent?.children ?? EMPTY;
    for (let i = this.index + 1; i < siblings.length; i++) if (siblings[i]!.isNamed) return siblings[i] as PlainNode;
    return null;
  }

  get previousNamedSibling(): PlainNode | null {
    const siblings = this.parent?.children ?? EMPTY;
    for (let i = this.index - 1; i >= 0; i--) if (siblings[i]!.isNamed) return siblings[i] as PlainNode;
    return null;
  }

  child(index: number): PlainNode | null {
    return this.children[index] ?? null;
  }

  namedChild(index: number): PlainNode | null {
    return this.namedChildren[index] ?? null;
  }

  childForFieldName(fieldName: string): PlainNode | null {
    const children = this.children;
    for (let i = 0; i < children.length; i++) if (children[i]!.fieldName === fieldName) return children[i]!;
    return null;
  }

  childrenForFieldName(fieldName: string): PlainNode[] {
    const children = this.children;
    const out: PlainNode[] = [];
    for (let i = 0; i < children.length; i++) if (children[i]!.fieldName === fieldName) out.push(children[i]!);
    return out;
  }

  descendantsOfType(types: string | readonly string[]): PlainNode[] {
    const wanted = typeof types === 'string' ? [types] : types;
    const out: PlainNode[] = [];
    const stack: PlainNode[] = [this];
    while (stack.length > 0) {
      const n = stack.pop()!;
      // web-tree-sitter skips what ends at the start of the document (its default range).
      if (n.endIndex === 0) continue;
      if (wanted.includes(n.type)) out.push(n);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
    return out;
  }

  equals(other: SyntaxNode): boolean {
    return this.id === other.id;
  }

  walk(): SyntaxCursor {
    return new PlainCursor(this);
  }

  toString(): string {
    const parts: string[] = [];
    const write = (n: PlainNode, field: string | null) => {
      const visible = n.isNamed || n.isMissing;
      if (visible) {
        if (parts.length > 0) parts.push(' ');
        if (field) parts.push(`${field}: `);
        parts.push(n.isMissing ? `(MISSING ${n.isNamed ? n.type : JSON.stringify(n.type)}` : `(${n.type}`);
      }
      for (const c of n.children) write(c, c.fieldName);
      if (visible) parts.push(')');
    };
    write(this, null);
    return parts.join('');
  }
}

class PlainCursor implements SyntaxCursor {
  /** The index of each node on the path below the start node, in its parent's children. */
  private readonly path: number[] = [];

  constructor(private node: PlainNode) {}

  get currentNode(): SyntaxNode {
    return this.node;
  }

  get currentFieldName(): string | null {
    return this.path.length === 0 ? null : this.node.fieldName;
  }

  get currentDepth(): number {
    return this.path.length;
  }

  get nodeType(): string {
    return this.node.type;
  }

  get nodeIsNamed(): boolean {
    return this.node.isNamed;
  }

  get nodeIsMissing(): boolean {
    return this.node.isMissing;
  }

  get nodeText(): string {
    return this.node.text;
  }

  get startIndex(): number {
    return this.node.startIndex;
  }

  get endIndex(): number {
    return this.node.endIndex;
  }

  get startPosition(): Point {
    return this.node.startPosition;
  }

  get endPosition(): Point {
    return this.node.endPosition;
  }

  gotoFirstChild(): boolean {
    return this.gotoChild(0);
  }

  gotoLastChild(): boolean {
    return this.gotoChild(this.node.children.length - 1);
  }

  gotoNextSibling(): boolean {
    return this.gotoSibling(1);
  }

  gotoPreviousSibling(): boolean {
    return this.gotoSibling(-1);
  }

  gotoParent(): boolean {
    if (this.path.length === 0) return false;
    this.path.pop();
    this.node = this.node.parent!;
    return true;
  }

  reset(node: SyntaxNode): void {
    this.node = node as PlainNode;
    this.path.length = 0;
  }

  delete(): void {}

  private gotoChild(index: number): boolean {
    const child = this.node.children[index];
    if (!child) return false;
    this.node = child;
    this.path.push(index);
    return true;
  }

  private gotoSibling(step: number): boolean {
    const depth = this.path.length;
    if (depth === 0) return false;
    const index = this.path[depth - 1]! + step;
    const sibling = this.node.parent!.children[index];
    if (!sibling) return false;
    this.node = sibling;
    this.path[depth - 1] = index;
    return true;
  }
}

/** Named children but comments, computed once per node. */
export function namedKids(node: SyntaxNode): SyntaxNode[] {
  return (node as PlainNode).kids;
}

/** A copy of a plain tree with nodes of its own (new ids), for the same text used in another place. */
export function copyTree(tree: SyntaxTree): SyntaxTree {
  const source = tree as PlainTree;
  const copy = new PlainTree(source.text);
  const copyNode = (node: PlainNode, parent: PlainNode | null): PlainNode => {
    const c = new PlainNode(copy, parent, node.type, node.fieldName, node.startIndex, node.flags);
    c.endIndex = node.endIndex;
    if (node.children.length > 0) c.children = node.children.map((child) => copyNode(child, c));
    return c;
  };
  copy.rootNode = copyNode(source.rootNode, null);
  return copy;
}

/**
 * Reads a raw tree (of either binding, parsed from `text`) into a plain tree, through
 * `reader`, a walk that starts at the root. `hasError`: whether the raw root has an error (a
 * clean tree has no error or missing nodes, so their reads are skipped). The raw tree is not
 * needed afterwards.
 */
export function buildSyntaxTree(reader: TreeReader, text: string, names: NameTable, hasError: boolean): SyntaxTree {
  const tree = new PlainTree(text);
  const { types, named, fields } = names;
  const read = (parent: PlainNode | null): PlainNode => {
    const typeId = reader.typeId();
    let type = types[typeId];
    if (type === undefined) {
      types[typeId] = type = reader.typeName(typeId);
      named[typeId] = reader.typeIsNamed(typeId);
    }
    let fieldName: string | null = null;
    if (parent !== null) {
      // The native cursor says undefined where web-tree-sitter says 0: no field.
      const fieldId = reader.fieldId();
      if (fieldId) {
        fieldName = fields[fieldId] ?? null;
        if (fieldName === null) fields[fieldId] = fieldName = reader.fieldName(fieldId) ?? null;
      }
    }
    let flags = named[typeId] ? NAMED : 0;
    if (hasError) {
      if (typeId === ERROR_TYPE_ID) flags |= ERROR;
      if (reader.isMissing()) flags |= MISSING | HAS_ERROR;
    }
    const node = new PlainNode(tree, parent, type, fieldName, reader.startIndex(), flags);
    node.endIndex = reader.endIndex();
    return node;
  };
  try {
    const root = read(null);
    tree.rootNode = root;
    let node = root;
    let depth = 0;
    for (;;) {
      if (reader.gotoFirstChild()) {
        if (depth === MAX_NESTING) {
          reader.gotoParent();
          node.type = 'ERROR';
          node.flags |= ERROR | HAS_ERROR | TOO_DEEP;
        } else {
          const child = read(node);
          node.children = [child];
          node = child;
          depth++;
          continue;
        }
      }
      for (;;) {
        // As tree-sitter counts it: an error node has an error, but an unexpected token alone
        // (an error leaf) does not.
        if (node.flags & ERROR && node.children.length > 0) node.flags |= HAS_ERROR;
        // A missing token can sit in a hidden node that no walk shows: the raw root still knows.
        if (node === root) {
          if (hasError) root.flags |= HAS_ERROR;
          return tree;
        }
        const parent = node.parent!;
        if (node.flags & HAS_ERROR) parent.flags |= HAS_ERROR;
        if (reader.gotoNextSibling()) {
          const sibling = read(parent);
          parent.children.push(sibling);
          node = sibling;
          break;
        }
        reader.gotoParent();
        node = parent;
        depth--;
      }
    }
  } finally {
    reader.done();
  }
}
