// The state of one Rust translation and the services every construct module uses. Construct
// modules are plain functions `(cx, node) => Code`; they recurse into other families through the
// visitor table the context is built with (`cx.expr`, `cx.statement`...: see translator.ts), so
// they import only the context, helpers that translate nothing themselves (facts, values,
// locals, paths...) and the parts of their own family (calls-*.ts, methods/).
import { OperationAwaits } from '../emit/await-operation.js';
import { block, ifAsync, mapped, ts, type Code, type SourcePoint } from '../emit/code.js';
import type { CallGraph } from '../program-checks.js';
import type { Diagnostic, Range } from '../diagnostics.js';
import {
  UNSUPPORTED,
  unsupportedDeclaration,
  unsupportedDiagnostic,
  unsupportedExpression,
  unsupportedStatement,
} from '../unsupported.js';
import type { Node } from '../syntax.js';
import type { FnDecl, Items } from './items.js';
import type { MacroParser } from './macros.js';
import type { Ownership } from './ownership/index.js';
import { camelCase, safeName } from './names.js';
import { Scope, type Place } from './scope.js';
import { UNKNOWN, type RustType } from './types.js';

export interface Typed {
  code: Code;
  type: RustType;
  /** For a place that is written through a call (a map slot): how to store a value there. */
  setter?: (value: Code) => Code;
  /** For `map.get_mut(k)`: the slot, so a `Some(v)` binding can write through it. */
  slot?: Place;
  /** An empty type argument (`oneshot.channel()`) that a later use may fill: see later-types.ts. */
  pendingArgument?: Code;
  /** For `map.entry(k).or_insert(v)`: the map and the key of the slot it is. */
  mapSlot?: Place['mapSlot'];
}

/** Where the value of a block, `if` or `match` goes. */
export type Sink = { kind: 'discard' } | { kind: 'return' } | { kind: 'assign'; target: string };

export const DISCARD: Sink = { kind: 'discard' };

/** What a placeholder for code that does not parse says when reached. */
const SYNTAX_ERROR = 'code with a syntax error';

/** A name a pattern binds, read from the matched value through `accessor`. */
export interface PatternBinding {
  name: string;
  node: Node;
  accessor: string;
  type: RustType;
}

/** A loop or labelled block: what `break` (and, for a loop, `continue`) inside it leaves. */
export interface BreakTarget {
  /** The Rust label (`'outer` is `outer`), and its JavaScript name. */
  label: string | null;
  jsLabel: string | null;
  /** The variable a `break value` assigns. */
  valueTarget: string | null;
  isBlock: boolean;
}

export interface FnContext {
  key: string;
  explicitAsync: boolean;
  awaits: boolean;
  calls: Set<string>;
  result: RustType;
  /** The loops and labelled blocks around the current code, innermost last. */
  loops: BreakTarget[];
  isMain: boolean;
  outer: FnContext | null;
  /** The type of the first value a `return` (or the tail) gives: what an async block or closure produces. */
  returned?: RustType;
  /** A function that cannot turn async: Display's `fmt`, which JavaScript calls as `toString()`. */
  sync?: boolean;
  /** The type parameters its code may name: a generic function's and its impl block's (`T`). */
  typeParameters?: readonly string[];
  /** Type parameters whose classes the caller passes (generics.ts passedTypes). */
  passedTypes?: readonly string[];
}

/** Bindings of the current block declared before its `try` (their drops are in its `finally`). */
interface Hoisted {
  ids: Set<number>;
  names: string[];
  /** The type each name must be declared with: one a closure captures, where TypeScript cannot follow its assignment. */
  types: Map<string, string>;
}

/** State that a construct sets for the translation of its parts: see `with`. */
export interface TemporaryState {
  scope: Scope;
  fn: FnContext | null;
  /** Statements hoisted before the current statement, and guard drops after it. */
  pre: Code[];
  post: Code[];
  selfType: string | null;
  /** In a program trait's impl for a std type (`impl Shout for str`): what `self` is. */
  selfValue: RustType | null;
  /** The type arguments of the impl's type (`impl<T> Stack<T>`: `T`), which `Self` stands for with it. */
  selfArgs: RustType[];
  /** Inside `impl Display`'s `fmt`: `write!` gives the text. */
  displayMethod: boolean;
  /** Inside a Display `fmt` that writes in pieces (`write!(f, "[")?;`): the name of the text written so far. */
  displayBuffer: string | null;
  /** Translating the left side of an assignment: `v[i]` is a place, not a checked read. */
  indexingPlace: boolean;
  /** The element type inferred for the channel or Vec the current `let` makes. */
  expectedElement: RustType | null;
  hoisted: Hoisted | null;
  /** Arguments of a future passed to spawn are evaluated at once, as Rust does when it builds the future. */
  eagerArguments: boolean;
  /** The integer type Rust infers for the unsuffixed literals of the arithmetic being translated (`let a: u64 = 1 << n`). */
  literalType: RustType | null;
  /** The type the expression `node` must have (a parameter's, a `let`'s): a generic call infers its type arguments from it. */
  expectedType: { node: number; type: RustType } | null;
}

type KindTable<F> = Readonly<Partial<Record<string, F>>>;

/** A visitor of the table: the context method of the same name, with the context first. */
type Visitor<K extends keyof RustContext> = RustContext[K] extends (...args: infer A) => infer R
  ? (cx: RustContext, ...args: A) => R
  : never;

/** The construct functions the context dispatches to. */
export interface Visitors {
  /** Items by node kind (function_item, struct_item, ...). */
  itemKinds: KindTable<(cx: RustContext, node: Node) => Code[]>;
  /** Expressions by node kind. */
  expressionKinds: KindTable<(cx: RustContext, node: Node) => Typed>;
  /** Block-like forms (if, match, loops, jumps, select!) as statements that hand their value to a sink; null: an expression after all. */
  valueKinds: KindTable<(cx: RustContext, node: Node, sink: Sink) => Code[] | null>;
  item: Visitor<'item'>;
  statement: Visitor<'statement'>;
  blockStatements: Visitor<'blockStatements'>;
  valueInto: Visitor<'valueInto'>;
  hoistValue: Visitor<'hoistValue'>;
  expr: Visitor<'expr'>;
  exprWithExpected: Visitor<'exprWithExpected'>;
  arrayExpression: Visitor<'arrayExpression'>;
  range: Visitor<'range'>;
  place: Visitor<'place'>;
  entryOrInsert: Visitor<'entryOrInsert'>;
  patternTest: Visitor<'patternTest'>;
  functionLike: Visitor<'functionLike'>;
  closure: Visitor<'closure'>;
  asyncBlock: Visitor<'asyncBlock'>;
  arguments: Visitor<'arguments'>;
  futureArgument: Visitor<'futureArgument'>;
  operation: Visitor<'operation'>;
}

/** A future where the runtime takes a Selectable (select!, timeout), and the type of its value. */
export interface Operation {
  code: Code;
  type: RustType;
  isFuture: boolean;
}

export class RustContext implements TemporaryState {
  readonly diagnostics: Diagnostic[] = [];
  readonly runtimeNames = new Set<string>();
  readonly operationAwaits = new OperationAwaits();
  readonly callGraph: CallGraph = new Map();
  /** The TypeScript name of each declaring identifier, by node id (drops name what was declared). */
  readonly declNames = new Map<number, string>();
  /** The type of the first value a block-like expression assigns to each target. */
  readonly assignedTypes = new Map<string, RustType>();
  /** Set when the source is a run of statements (a selection): they became the body of `main`. */
  snippetMain = false;
  private temps = 0;

  scope = new Scope();
  fn: FnContext | null = null;
  pre: Code[] = [];
  post: Code[] = [];
  selfType: string | null = null;
  selfValue: RustType | null = null;
  selfArgs: RustType[] = [];
  displayMethod = false;
  displayBuffer: string | null = null;
  indexingPlace = false;
  expectedElement: RustType | null = null;
  hoisted: Hoisted | null = null;
  eagerArguments = false;
  literalType: RustType | null = null;
  expectedType: { node: number; type: RustType } | null = null;

  constructor(
    readonly items: Items,
    readonly ownership: Ownership,
    readonly macros: MacroParser,
    /** The file name panics name in their location (`src/main.rs:3:5`). */
    private readonly fileName: string,
    readonly visitors: Visitors,
  ) {
    for (const [name, f] of items.functions) {
      this.scope.alias(name, safeName(camelCase(name)), {
        kind: 'fn',
        params: f.params.map((p) => p.type),
        result: f.result,
        isAsync: f.isAsync,
      });
    }
  }

  // ---- state ----

  /** Runs `body` with some state set, and sets it back afterwards: `cx.with({ expectedElement: t }, () => ...)`. */
  with<T>(state: Partial<TemporaryState>, body: () => T): T {
    // Keys and values in arrays: an object keyed as it goes would be a slow dictionary, and this runs for most nodes.
    const keys = Object.keys(state) as (keyof TemporaryState)[];
    const saved = keys.map((key) => this[key]);
    Object.assign(this, state);
    try {
      return body();
    } finally {
      for (let i = 0; i < keys.length; i++) (this as Record<keyof TemporaryState, unknown>)[keys[i]!] = saved[i];
    }
  }

  withScope<T>(body: () => T): T {
    return this.with({ scope: new Scope(this.scope) }, body);
  }

  /** Runs a translation with its own hoisted statements before and guard drops after it. */
  inStatement(node: Node, translate: () => Code[]): Code[] {
    const pre: Code[] = [];
    const post: Code[] = [];
    const out = this.with({ pre, post }, translate);
    // `if let Some(v) = m.lock().unwrap().pop() { return v; }`: the guard is dropped on the way out too.
    // A block's tail expression that became `return guard.value.get(k)` leaves too.
    const leaves =
      post.length > 0 &&
      node.type !== 'let_declaration' &&
      (node.descendantsOfType(['return_expression', 'break_expression', 'continue_expression', 'try_expression'])
        .length > 0 ||
        out.some((c) => /^(return|break)\b/.test(c.toString())));
    const all = leaves ? [...pre, ts`try ${block(out)} finally ${block(post)}`] : [...pre, ...out, ...post];
    return all.length ? [mapped(this.pos(node), all[0]!), ...all.slice(1)] : all;
  }

  /** A statement that must run before the current one. */
  hoist(code: Code): void {
    this.pre.push(code);
  }

  temp(base: string): string {
    this.temps++;
    return `${base}${this.temps}`;
  }

  // ---- services ----

  pos(node: Node): SourcePoint {
    return { line: node.startPosition.row + this.macros.rowOffset(node), column: node.startPosition.column };
  }

  /** Rust's panic location of a node: `file:line:column`, 1-based. */
  location(node: Node): string {
    const p = this.pos(node);
    return `${this.fileName}:${p.line + 1}:${p.column + 1}`;
  }

  use(name: string): void {
    this.runtimeNames.add(name);
  }

  /** A node's range in the source file (a node of a macro body is offset to the macro's rows). */
  rangeOf(node: Node): Range {
    const endRow = node.endPosition.row + this.macros.rowOffset(node);
    return { start: this.pos(node), end: { line: endRow, column: node.endPosition.column } };
  }

  /** What cannot be translated: a diagnostic, and an expression in its place that panics when reached. */
  unsupported(node: Node, what = node.type.replace(/_/g, ' ')): Typed {
    this.reportUnsupported(node, what);
    this.use(UNSUPPORTED);
    return { code: unsupportedExpression(what, this.location(node)), type: UNKNOWN };
  }

  /** What cannot be translated as a statement: a diagnostic, and a statement that panics when reached. */
  unsupportedStatement(node: Node, what: string): Code {
    this.reportUnsupported(node, what);
    this.use(UNSUPPORTED);
    return unsupportedStatement(what, this.location(node));
  }

  /** An item (a declaration) that cannot be translated: a diagnostic, and a comment in its place. */
  unsupportedDeclaration(node: Node, what: string): Code {
    this.reportUnsupported(node, what);
    return unsupportedDeclaration(what, this.location(node));
  }

  /**
   * Code the parser could not read (an ERROR or MISSING node): an expression that panics when
   * reached. The file's syntax errors are reported already; a macro body's are reported here.
   */
  syntaxError(node: Node): Typed {
    if (this.macros.isPiece(node)) this.reportUnsupported(node, SYNTAX_ERROR);
    this.use(UNSUPPORTED);
    return { code: unsupportedExpression(SYNTAX_ERROR, this.location(node)), type: UNKNOWN };
  }

  syntaxErrorStatement(node: Node): Code {
    return ts`${this.syntaxError(node).code};`;
  }

  /** An item that does not parse: a comment in its place (the syntax error is reported already). */
  syntaxErrorDeclaration(node: Node): Code {
    return unsupportedDeclaration(SYNTAX_ERROR, this.location(node));
  }

  /** Reports what cannot be translated (where the translation goes on without it). */
  reportUnsupported(node: Node, what: string): void {
    this.diagnostics.push(unsupportedDiagnostic(what, this.rangeOf(node)));
  }

  /** An await in the current function: it becomes async. */
  awaits(): void {
    if (this.fn) this.fn.awaits = true;
  }

  /** `await operation` of a runtime operation that completes at once when it can (a channel's send or receive). */
  awaitOperation(operation: Code): Code {
    this.awaits();
    return this.operationAwaits.await(operation);
  }

  /** `await awaitable` of a runtime thenable with an `outcome()` (a oneshot receiver, a join handle). */
  awaitOutcome(awaitable: Code): Code {
    this.awaits();
    return this.operationAwaits.awaitOutcome(awaitable);
  }

  /** `await ` when a call to `key` must be awaited (the function turned async), for the call graph. */
  callsFunction(key: string): Code {
    this.fn?.calls.add(key);
    return ifAsync([key], 'await ');
  }

  // ---- dispatch to the construct modules ----

  item(node: Node): Code[] {
    return this.visitors.item(this, node);
  }

  statement(node: Node): Code[] {
    return this.visitors.statement(this, node);
  }

  /** The statements of a block with its value delivered to `sink`, and the drops Rust does at its end. */
  blockStatements(node: Node, sink: Sink, skipDrops = false, alwaysFinally = false): Code[] {
    return this.visitors.blockStatements(this, node, sink, skipDrops, alwaysFinally);
  }

  /** Statements that compute `node` and hand its value to `sink`. */
  valueInto(node: Node, sink: Sink): Code[] {
    return this.visitors.valueInto(this, node, sink);
  }

  /** A block-like expression used as a value: computed by hoisted statements into a temporary. */
  hoistValue(node: Node): Typed {
    return this.visitors.hoistValue(this, node);
  }

  expr(node: Node): Typed {
    return this.visitors.expr(this, node);
  }

  /** An expression where Rust knows the type it must have (a declared `let`, a parameter, a field). */
  exprWithExpected(node: Node, expected: RustType | null): Typed {
    return this.visitors.exprWithExpected(this, node, expected);
  }

  arrayExpression(node: Node): Typed {
    return this.visitors.arrayExpression(this, node);
  }

  /** `a..b` and `a..=b`: its bounds, or null for an open range. */
  range(node: Node): { start: Code; end: Code; inclusive: boolean; type: RustType } | null {
    return this.visitors.range(this, node);
  }

  /** An expression that is assigned to; null where JavaScript cannot assign it (a call, a literal). */
  place(node: Node): Typed | null {
    return this.visitors.place(this, node);
  }

  /** `*map.entry(k).or_insert(v)` as an assignable place, or null for another expression. */
  entryOrInsert(node: Node): Typed | null {
    return this.visitors.entryOrInsert(this, node);
  }

  /** The test that `subject` matches `pattern`, and what the pattern binds (as accessors of subject). */
  patternTest(pattern: Node, subject: string, type: RustType): { condition: Code; bindings: PatternBinding[] } {
    return this.visitors.patternTest(this, pattern, subject, type);
  }

  /** Parameters, result type and body of a function or method, in scopes of their own. */
  functionLike(
    key: string,
    node: Node,
    sig: FnDecl,
    shape: (params: Code, result: Code, body: Code, isAsync: Code) => Code,
    selfName: string | null = null,
    isDisplay = false,
  ): Code {
    return this.visitors.functionLike(this, key, node, sig, shape, selfName, isDisplay);
  }

  /** A closure, or a function passed by name, its parameters typed as given. */
  closure(node: Node, paramTypes: RustType[]): Typed {
    return this.visitors.closure(this, node, paramTypes);
  }

  asyncBlock(node: Node): Typed {
    return this.visitors.asyncBlock(this, node);
  }

  /** Call arguments, each with the type its parameter expects. */
  arguments(nodes: Node[], types: RustType[]): Code {
    return this.visitors.arguments(this, nodes, types);
  }

  /** A future passed to spawn, timeout or join!: an async function. */
  futureArgument(node: Node): Typed {
    return this.visitors.futureArgument(this, node);
  }

  /** A future where the runtime takes a Selectable: `new Future(...)` for select!, or an async function (`wrap: 'function'`). */
  operation(future: Node, wrap: 'future' | 'function' = 'future'): Operation {
    return this.visitors.operation(this, future, wrap);
  }
}
