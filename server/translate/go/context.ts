// The state and the services that the Go construct modules share. The modules recurse through
// `cx.expr`, `cx.value` and `cx.statement`, which dispatch through the visitor table the
// context is built with (visit.ts), so this file imports no construct module.
import { OperationAwaits } from '../emit/await-operation.js';
import { block, ifAsync, mapped, type Code } from '../emit/code.js';
import type { CallGraph } from '../program-checks.js';
import type { Diagnostic, Range } from '../diagnostics.js';
import type { Declarations, FuncSignature } from './declarations.js';
import type { ProgramFacts } from './facts.js';
import { Scope, type Binding } from './scope.js';
import { point, statementsOf, type Node } from '../syntax.js';
import { UNSUPPORTED, unsupportedDiagnostic, unsupportedExpression, unsupportedStatement } from '../unsupported.js';
import { describeSyntaxError, ownSyntaxError } from './syntax-errors.js';
import { resolve, UNKNOWN, type GoType } from './types.js';

/** A translated expression with its Go type. */
export interface Typed {
  code: Code;
  type: GoType;
  /** Its TypeScript type admits null (Go's nil): a use that needs a value goes through `!` or a nil-safe helper (nil-slots.ts). */
  maybeNil?: boolean;
  /** A generic call's result whose type arguments the translation could not write: TypeScript's type for it may know less than `type`. */
  looseType?: boolean;
  /** A nil test before says it is not nil here (narrowing.ts): not even an error needs `!`. */
  narrowed?: boolean;
  /** For a tuple (a call's several results): whether each may be nil. */
  itemsMaybeNil?: boolean[];
  /** JavaScript's precedence of the code's outermost operator (expr-operators.ts); absent for an operand that needs no parentheses. */
  precedence?: number;
}

/** What the translator tracks about the function whose body it is in. */
export interface FunctionContext {
  /** The function's key in the call graph (`main`, `Type.Method`, `literal:OFFSET`), which also names its nil slots; '' for package initialization. */
  key: string;
  /** Whether the body awaits something itself (a channel operation, a lock...). */
  awaits: boolean;
  /** Functions it calls whose being async decides whether this one is. */
  calls: Set<string>;
  results: FuncSignature['results'];
  namedResults: boolean;
  /** The TypeScript names of the result variables when the results are named (`_` ones too), in order. */
  resultNames: string[];
  deferred: boolean;
  /** A package-level function that calls recover(): its parameter for the DeferStack of a `defer f()` that calls it. */
  recoverer?: string;
  reassigned: ReadonlySet<string>;
  nilAssigned: ReadonlySet<string>;
  outer: FunctionContext | null;
  /** In the body of a range over a function (stmt-range-func.ts): the variable a `return` stores its value in. */
  returnsThrough?: string;
}

/**
 * The name of `fn`'s DeferStack: `deferred`, or `deferred2`... in a function literal inside
 * functions that defer too, so that a deferred literal's `recover()` still reaches theirs.
 */
export function deferStackName(fn: FunctionContext): string {
  let depth = 0;
  for (let f = fn.outer; f !== null; f = f.outer) if (f.deferred) depth++;
  return depth === 0 ? 'deferred' : `deferred${depth + 1}`;
}

/** State that a construct sets for what it translates inside it (see `GoContext.with`). */
export interface TemporaryState {
  scope: Scope;
  fn: FunctionContext | null;
  /** The variable a value is being assigned to, to name channels in deadlock reports. */
  nameHint: string | null;
  /** Where an unlabelled `break` goes: a label where JavaScript would route it elsewhere (a type switch), or null. */
  breakTarget: string | null;
  /** Inside a loop, switch or select of the current function: a `break` has somewhere to go. */
  canBreak: boolean;
  /** Inside a loop of the current function. */
  canContinue: boolean;
  /** The labels around here in the current function: true on a loop, false on a switch or select, null on another statement (only `goto` goes there). */
  labels: ReadonlyMap<string, boolean | null>;
  /** The labels that `goto` can jump to from here (stmt-goto.ts): the variable naming the case, and the loop around the cases. */
  gotoTargets: ReadonlyMap<string, GotoTarget>;
}

export interface GotoTarget {
  state: string;
  loop: string;
}

/** The jump state of a new function body: JavaScript, as Go, jumps to nothing outside it. */
export const NO_JUMPS: Pick<TemporaryState, 'breakTarget' | 'canBreak' | 'canContinue' | 'labels' | 'gotoTargets'> = {
  breakTarget: null,
  canBreak: false,
  canContinue: false,
  labels: new Map(),
  gotoTargets: new Map(),
};

/** The construct functions that recursion goes through, by what they translate. */
export interface Visitors {
  /** A statement, without its source mark. */
  statement(cx: GoContext, node: Node): Code[];
  /** A block's statements. */
  statements(cx: GoContext, nodes: Node[]): Code[];
  /** An expression, without its source mark. */
  expression(cx: GoContext, node: Node, expected?: GoType): Typed;
  /** A value placed where `expected` is wanted (struct values copy, nested literals get their type). */
  value(cx: GoContext, node: Node, expected: GoType): Typed;
}

export class GoContext implements TemporaryState {
  readonly diagnostics: Diagnostic[] = [];
  readonly runtimeNames = new Set<string>();
  readonly operationAwaits = new OperationAwaits();
  readonly callGraph: CallGraph = new Map();
  scope: Scope;
  fn: FunctionContext | null = null;
  nameHint: string | null = null;
  breakTarget: string | null = null;
  canBreak = false;
  canContinue = false;
  labels: ReadonlyMap<string, boolean | null> = new Map();
  gotoTargets: ReadonlyMap<string, GotoTarget> = new Map();
  /** The value of `iota` in the const spec being translated. */
  iota = 0;
  /** Type switches so far: each gets a label of its own. */
  typeSwitchCounter = 0;
  /** What Go runs before main (package-init.ts): values of package variables that need the running program, then the init functions; translated as one function's body. */
  readonly packageInit: { fn: FunctionContext; statements: Code[] };
  /** The package-level functions, by Go name, with the name each first declaration takes. */
  private readonly functions = new Map<string, Binding>();
  private readonly functionsWritten = new Set<string>();

  constructor(
    readonly decls: Declarations,
    readonly facts: ProgramFacts,
    private readonly visitors: Visitors,
    /** Where a source point is, as messages name it: `prog.go:12:9`. */
    readonly locate: (p: { row: number; column: number }) => string,
    /** Package-level names that the runtime import also binds: they take a `_`. */
    renamed: ReadonlySet<string> = new Set(),
  ) {
    this.scope = new Scope(null, renamed);
    this.packageInit = {
      fn: {
        key: '',
        awaits: false,
        calls: new Set(),
        results: [],
        namedResults: false,
        resultNames: [],
        deferred: false,
        reassigned: new Set(),
        nilAssigned: facts.nilAssigned,
        outer: null,
      },
      statements: [],
    };
    for (const [name, f] of decls.functions) {
      const binding = this.scope.declare(name, {
        kind: 'func',
        params: f.params.map((p) => p.type),
        results: f.results.map((r) => r.type),
        variadic: false,
      });
      this.functions.set(name, binding);
    }
  }

  /** Runs `f` with some state set, and restores it after (also when `f` throws). */
  with<T>(state: Partial<TemporaryState>, f: () => T): T {
    // Saved in locals and restored field by field: this runs for most nodes.
    const { scope, fn, nameHint, breakTarget, canBreak, canContinue, labels, gotoTargets } = this;
    Object.assign(this, state);
    try {
      return f();
    } finally {
      this.scope = scope;
      this.fn = fn;
      this.nameHint = nameHint;
      this.breakTarget = breakTarget;
      this.canBreak = canBreak;
      this.canContinue = canContinue;
      this.labels = labels;
      this.gotoTargets = gotoTargets;
    }
  }

  /** Runs `f` in a new block scope. */
  withScope<T>(f: () => T): T {
    return this.with({ scope: new Scope(this.scope) }, f);
  }

  // ---- recursion ----

  expr(node: Node, expected?: GoType): Typed {
    const t = this.visitors.expression(this, node, expected);
    return { ...t, code: mapped(point(node), t.code) };
  }

  value(node: Node, expected: GoType): Code {
    return this.visitors.value(this, node, expected).code;
  }

  /** `value`, with whether it may be nil (to record where it is stored: nil-slots.ts). */
  placed(node: Node, expected: GoType): Typed {
    return this.visitors.value(this, node, expected);
  }

  /** A statement marked with its source position; one with a syntax error or that fails to translate becomes a placeholder. */
  statement(node: Node): Code[] {
    const syntaxError = this.syntaxErrorIn(node);
    if (syntaxError) return [syntaxError];
    try {
      const out = this.visitors.statement(this, node);
      return out.length > 0 && node.type !== 'labeled_statement'
        ? [mapped(point(node), out[0]!), ...out.slice(1)]
        : out;
    } catch (error) {
      return [this.unsupportedStatement(node, `could not translate: ${(error as Error).message}`)];
    }
  }

  statements(nodes: Node[]): Code[] {
    return this.visitors.statements(this, nodes);
  }

  /** The placeholder for a statement or declaration whose own text has a syntax error, or null. */
  syntaxErrorIn(node: Node): Code | null {
    const error = ownSyntaxError(node);
    return error && this.unsupportedStatement(error, describeSyntaxError(error));
  }

  /** A Go block as a TypeScript block, in a scope of its own. */
  block(node: Node | null): Code {
    return this.withScope(() => block(this.statements(statementsOf(node))));
  }

  // ---- names ----

  /** Notes a runtime name (a function or a package namespace) for the import line. */
  use(name: string): void {
    this.runtimeNames.add(name);
  }

  /** `base`, or `base2`, `base3`... whichever no enclosing scope uses yet; declared here. */
  freshName(base: string): string {
    let name = base;
    for (let i = 2; this.scope.lookup(name) !== null; i++) name = `${base}${i}`;
    return this.scope.declare(name, UNKNOWN).tsName;
  }

  /**
   * The name of a package-level function, and its key in the call graph; a second one of the
   * same name (Go allows several `init`) gets a fresh name, which is its key too.
   */
  functionName(name: string): { tsName: string; key: string } {
    const first = this.functions.get(name);
    if (first && !this.functionsWritten.has(name)) {
      this.functionsWritten.add(name);
      return { tsName: first.tsName, key: name };
    }
    const tsName = this.freshName(name);
    return { tsName, key: tsName };
  }

  /** Whether a block scope inside the package scope declares `name`. */
  isShadowed(name: string): boolean {
    for (let s: Scope | null = this.scope; s?.parent; s = s.parent) if (s.declaresHere(name)) return true;
    return false;
  }

  /** An identifier naming an imported package (not a variable of the same name). */
  isPackage(node: Node): boolean {
    return node.type === 'identifier' && this.decls.imports.has(node.text) && this.scope.lookup(node.text) === null;
  }

  /** Names assigned nil in the current function, or anywhere when at package level. */
  get nilAssigned(): ReadonlySet<string> {
    return this.fn?.nilAssigned ?? this.facts.nilAssigned;
  }

  // ---- async ----

  /** `await `, and the current function awaits by itself. */
  await(): string {
    if (this.fn) this.fn.awaits = true;
    return 'await ';
  }

  /** `await operation` of a runtime operation that completes at once when it can (a channel, select or lock). */
  awaitOperation(operation: Code): Code {
    this.await();
    return this.operationAwaits.await(operation);
  }

  /** `for v := range ch`, awaiting each receive only when it waits (emit/await-operation.ts). */
  rangeOverChannel(v: string, channel: Code, body: Code, kind: 'const' | 'let' = 'const'): Code {
    this.await();
    return this.operationAwaits.rangeOverChannel(v, channel, body, kind);
  }

  /** `await ` if any of these functions turns out to be async (and then so is the caller). */
  awaitIf(keys: string[]): Code {
    for (const k of keys) this.fn?.calls.add(k);
    return ifAsync(keys, 'await ');
  }

  /**
   * A function of the program used as a value (stored, passed, returned: not called where it
   * stands): a call through a function value of its shape may reach it (see `awaitFunctionValue`).
   */
  noteFunctionValue(key: string, type: GoType): void {
    const shape = resolve(type, this.decls);
    for (const node of shape.kind === 'func' ? [functionValueKey(shape), ANY_FUNCTION_VALUE] : [ANY_FUNCTION_VALUE]) {
      const entry = this.callGraph.get(node) ?? { awaits: false, calls: new Set<string>() };
      (entry.calls as Set<string>).add(key);
      this.callGraph.set(node, entry);
    }
  }

  /** `await ` before a call through a function value, if a function used as a value of its type turns out async. */
  awaitFunctionValue(type: GoType): Code {
    const shape = resolve(type, this.decls);
    return this.awaitIf([shape.kind === 'func' ? functionValueKey(shape) : ANY_FUNCTION_VALUE]);
  }

  /** The call-graph key of the package-level function that `binding` is, or null for any other name. */
  functionKeyOf(name: string, binding: Binding): string | null {
    return this.functions.get(name) === binding ? name : null;
  }

  /**
   * Whether `recover()` here can stop a panic through the lexically enclosing DeferStack: Go's
   * recover works only in the function that a deferred call calls, so here only in a literal of
   * the function that defers (not deeper). A named function gets its caller's (`recoverer`).
   */
  recoverReaches(): boolean {
    return this.fn?.outer?.deferred === true;
  }

  // ---- diagnostics ----

  /** A translation that works but differs from Go in a way worth knowing. */
  note(node: Node, message: string): void {
    this.diagnostics.push({
      message: `chan2ts: ${message}`,
      severity: 'information',
      code: 'semantics',
      range: rangeOf(node),
    });
  }

  /** Reports what cannot be translated; returns the expression standing in its place, which panics when reached. */
  unsupported(node: Node, what: string): Code {
    this.reportUnsupported(node, what);
    this.use(UNSUPPORTED);
    return unsupportedExpression(what, this.locate(node.startPosition));
  }

  /** Reports what cannot be translated; returns the statement standing in its place, which panics when reached. */
  unsupportedStatement(node: Node, what: string): Code {
    this.reportUnsupported(node, what);
    this.use(UNSUPPORTED);
    return unsupportedStatement(what, this.locate(node.startPosition));
  }

  /** Reports what cannot be translated (where the translation goes on without it). */
  reportUnsupported(node: Node, what: string): void {
    // Reported with the syntax errors (program-checks.ts).
    if (node.isTooDeep) return;
    if (node.type !== 'ERROR' && !node.isMissing) this.diagnostics.push(unsupportedDiagnostic(what, rangeOf(node)));
    else
      this.diagnostics.push({
        message: `chan2ts cannot translate this yet: ${what}`,
        severity: 'error',
        code: 'syntax-error',
        range: rangeOf(node),
      });
  }
}

function rangeOf(node: Node): Range {
  return {
    start: { line: node.startPosition.row, column: node.startPosition.column },
    end: { line: node.endPosition.row, column: node.endPosition.column },
  };
}

/** The call graph's node for the functions used as values of one shape (as many parameters and results). */
function functionValueKey(type: Extract<GoType, { kind: 'func' }>): string {
  return `value:func(${type.params.length})${type.results.length}`;
}

/** The node for every function used as a value: a call through a value of unknown type may reach any. */
const ANY_FUNCTION_VALUE = 'value:func';

/** How the call graph names a function literal. */
export function literalKey(node: Node): string {
  return `literal:${node.startIndex}`;
}
