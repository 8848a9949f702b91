// Functions, function literals and their results:
//   func f(a int) (int, error) { }   -> function f(a: number): [number, GoError | null] { }
//                                       (async, with Promise<...>, once the call graph says f awaits)
//   func(x int) { }                  -> (x: number): void => { }          (func() { }() -> ((): void => { })())
//   func f() (n int) { return }      -> let n: number = 0; ... return n;
//   a body that defers               -> const deferred = new DeferStack();
//                                       try { ... } catch (e) { deferred.panicked(e); } finally { await deferred.run(); }
//   return a, b                      -> return [a, b];
//   return outside a function        -> a panic when reached (a snippet's stray statement)
//   func init() { }                  -> function init(): void { }, called before main (package-init.ts)
import { block, ifAsync, join, mapped, ts, typeOnly, type Code } from '../emit/code.js';
import { field, kids, point, statementsOf, type Node } from '../syntax.js';
import { deferStackName, literalKey, NO_JUMPS, type FunctionContext, type GoContext, type Typed } from './context.js';
import { signatureOf, typeParameters, type FuncSignature } from './declarations.js';
import { Scope } from './scope.js';
import { paramSlot, resultSlot } from './nil-slots.js';
import { isNilable, resolve, tsType, tsTypeOrNull, UNKNOWN, zeroValue, type GoType, type TypeEnv } from './types.js';
import { isError, nilableType, storeNil, zeroFor } from './values.js';

type Results = FuncSignature['results'];

export function functionDeclaration(cx: GoContext, node: Node): Code {
  const name = field(node, 'name')?.text ?? '';
  const sig = cx.decls.functions.get(name) ?? signatureOf(node);
  const { tsName, key } = cx.functionName(name);
  if (name === 'init') callBeforeMain(cx, tsName, key);
  const generics = field(node, 'type_parameters');
  // A type parameter's zero value the body needs comes first, from the caller (`zeroT()`: declarations.ts).
  const owner = { key, access: (p: string) => `zero${p}` };
  const parts = cx.decls.withTypeParameters(
    generics,
    () => functionParts(cx, key, node, sig, null, name === 'main'),
    owner,
  );
  const zeros = cx.decls
    .typeParameterNames(node)
    .filter((p) => cx.decls.takesZero(key, p))
    .map((p) => ts`zero${p}${typeOnly(`: () => ${p}`)}`);
  const params =
    zeros.length === 0 ? parts.params : join(parts.params.isEmpty ? zeros : [...zeros, parts.params], ', ');
  const body = parts.body;
  const erased = cx.decls.erasedTypeParameters(generics);
  return mapped(
    point(node),
    ts`${typeOnly(erased.aliases)}${ifAsync([key], 'async ')}function ${tsName}${typeOnly(typeParameters(generics, erased.names))}(${params})${resultType(cx, sig.results, key)} ${body}`,
  );
}

/** Go runs every `func init()` of the package, in order, before main (package-init.ts). */
function callBeforeMain(cx: GoContext, tsName: string, key: string): void {
  cx.with({ fn: cx.packageInit.fn }, () => cx.packageInit.statements.push(ts`${cx.awaitIf([key])}${tsName}();`));
}

export function funcLiteral(cx: GoContext, node: Node): Typed {
  const sig = signatureOf(node);
  const key = literalKey(node);
  const { params, body } = functionParts(cx, key, node, sig, null);
  const code = ts`${ifAsync([key], 'async ')}(${params})${resultType(cx, sig.results, key)} => ${body}`;
  const type: GoType = {
    kind: 'func',
    params: sig.params.map((p) => p.type),
    results: sig.results.map((r) => r.type),
    variadic: false,
  };
  if (!isCallee(node)) cx.noteFunctionValue(key, type);
  return { code, type };
}

/**
 * Whether the node is what a call calls (`f` in `f(x)`), not a value passed, stored or returned.
 * `go` and `defer` evaluate the callee now and call it later: a value (`defer first.mu.Unlock()`).
 */
export function isCallee(node: Node): boolean {
  const parent = node.parent;
  if (parent?.type !== 'call_expression' || field(parent, 'function') !== node) return false;
  const statement = parent.parent?.type;
  return statement !== 'defer_statement' && statement !== 'go_statement';
}

/** A function literal where JavaScript would read on past an arrow function's body (a callee, an operand) goes in parentheses. */
export function arrowOperand(node: Node, code: Code): Code {
  return node.type === 'func_literal' ? ts`(${code})` : code;
}

/** `: T`, or `: Promise<T>` if the function turns out to be async. */
export function resultType(cx: GoContext, results: Results, key: string): Code {
  const sync = resultTypeText(cx.decls, results, false, key);
  return ifAsync([key], `: ${resultTypeText(cx.decls, results, true, key)}`, `: ${sync}`, true);
}

/**
 * The results' TypeScript type; each admits null where the function returns nil there (nil-slots.ts),
 * every one that can hold nil for an interface's method (`key` null: any implementation may).
 */
export function resultTypeText(env: TypeEnv, results: Results, isAsync: boolean, key: string | null): string {
  const types = results.map((r, i) =>
    key === null || env.nil?.holds(resultSlot(key, i)) ? tsTypeOrNull(r.type, env) : tsType(r.type, env),
  );
  const inner = types.length === 0 ? 'void' : types.length === 1 ? types[0]! : `[${types.join(', ')}]`;
  return isAsync ? `Promise<${inner}>` : inner;
}

/** A method's receiver: `this` (or a copy of it) in a class, the first parameter otherwise. */
export interface Receiver {
  name: string;
  type: GoType;
  asThis: boolean;
  /** A pointer method that runs on a nil receiver too (methods.ts, `acceptsNilReceiver`): `this` may be null. */
  nilable?: boolean;
}

/** Parameters and body of a function, method or literal, in a scope of their own; records it in the call graph by `key` (`main`, `Type.Method`, `literal:OFFSET`). */
export function functionParts(
  cx: GoContext,
  key: string,
  node: Node,
  sig: FuncSignature,
  receiver: Receiver | null,
  forceAsync = false,
): { params: Code; body: Code; receiverName: string } {
  const facts = cx.facts.byFunction.get(node.id)!;
  const fn = {
    key,
    awaits: forceAsync,
    calls: new Set<string>(),
    results: sig.results,
    namedResults: sig.results.some((r) => r.name !== '' && r.name !== '_'),
    resultNames: [] as string[],
    deferred: facts.defers,
    recoverer: undefined as string | undefined,
    reassigned: facts.reassigned,
    nilAssigned: facts.nilAssigned,
    outer: cx.fn,
  };
  const scope = new Scope(cx.scope);
  scope.functionBoundary = true;
  return cx.with({ scope, fn, ...NO_JUMPS }, () => {
    if (fn.deferred) cx.scope.reserve(deferStackName(fn));
    const self = receiver
      ? declareReceiver(cx, key, receiver, facts.modifiesReceiver, facts.reassigned.has(receiver.name))
      : { name: '', prologue: [] };
    const prologue: Code[] = [...self.prologue];
    const declared = sig.params.map((p, i) => {
      const b = cx.scope.declare(p.name, p.type);
      // Go, as JavaScript, takes only the last parameter variadic.
      const rest = p.variadic && i === sig.params.length - 1 ? '...' : '';
      // A parameter that a caller may pass nil, or that the body sets to nil, admits null.
      b.slot = paramSlot(key, i);
      b.maybeNil = !rest && cx.decls.nil.holds(b.slot) && isNilable(resolve(p.type, cx.decls));
      const type = b.maybeNil ? tsTypeOrNull(p.type, cx.decls) : tsType(p.type, cx.decls);
      if (rest) {
        // The slice a caller's `xs...` passes, itself (runtime/src/go/variadic.ts).
        cx.use('variadicSlice');
        prologue.push(ts`${b.tsName} = variadicSlice(${b.tsName});`);
      }
      return ts`${rest}${b.tsName}${typeOnly(`: ${type}`)}`;
    });
    if (takesRecoverer(cx, node, sig)) declared.push(...recovererParameter(cx, fn));
    const params = join(declared, ', ');
    if (fn.namedResults) {
      sig.results.forEach((r, i) => {
        const b = cx.scope.declare(r.name, r.type);
        fn.resultNames.push(b.tsName);
        // A named result starts as its zero value: nil for a pointer, which the result then admits.
        b.slot = resultSlot(key, i);
        storeNil(cx, b.slot, r.type);
        b.maybeNil = cx.decls.nil.holds(b.slot);
        const type = b.maybeNil ? tsTypeOrNull(r.type, cx.decls) : tsType(r.type, cx.decls);
        prologue.push(ts`let ${b.tsName}${typeOnly(`: ${type}`)} = ${zeroFor(cx, r.type)};`);
      });
    }
    const goStatements = statementsOf(field(node, 'body'));
    let statements = [...prologue, ...cx.statements(goStatements)];
    const last = goStatements[goStatements.length - 1];
    if (
      sig.results.length > 0 &&
      last?.type === 'select_statement' &&
      !kids(last).some((c) => c.type === 'default_case')
    ) {
      // Every case of a terminating select returns; TypeScript cannot see that.
      cx.use('unreachable');
      statements.push(ts`return unreachable();`);
    }
    if (fn.deferred) statements = withDeferred(cx, statements, prologue.length);
    cx.callGraph.set(key, { awaits: fn.awaits, calls: fn.calls });
    return { params, body: block(statements), receiverName: self.name };
  });
}

/** The receiver's name in the body, and the copy a value receiver that the method modifies needs. */
function declareReceiver(
  cx: GoContext,
  key: string,
  receiver: Receiver,
  modifies: boolean,
  reassigned: boolean,
): { name: string; prologue: Code[] } {
  const named = receiver.name !== '' && receiver.name !== '_';
  if (!named) {
    const name = receiver.asThis ? 'this' : receiver.name || 'self';
    cx.scope.reserve(name);
    return { name, prologue: [] };
  }
  const b = cx.scope.declare(receiver.name, receiver.type);
  if (!receiver.asThis) {
    // A non-struct type's method is a function: its receiver a parameter, nil where a caller's may be (a nil map).
    b.slot = receiverSlot(key);
    b.maybeNil = cx.decls.nil.holds(b.slot) && nilableType(cx, receiver.type);
    return { name: b.tsName, prologue: [] };
  }
  // A value receiver is a copy in Go: changes must not reach the caller's struct.
  if (receiver.type.kind === 'named' && modifies)
    return { name: b.tsName, prologue: [ts`${reassigned ? 'let' : 'const'} ${b.tsName} = this.clone();`] };
  // A receiver the method assigns (`for ; n != nil; n = n.next`) is a variable of its own, nil perhaps.
  if (reassigned) {
    b.slot = receiverSlot(key);
    b.maybeNil = (receiver.nilable === true || cx.decls.nil.holds(b.slot)) && nilableType(cx, receiver.type);
    const type = b.maybeNil ? tsTypeOrNull(receiver.type, cx.decls) : tsType(receiver.type, cx.decls);
    return { name: b.tsName, prologue: [ts`let ${b.tsName}${typeOnly(`: ${type}`)} = this;`] };
  }
  b.tsName = 'this';
  b.maybeNil = receiver.nilable === true;
  return { name: 'this', prologue: [] };
}

/**
 * The key of the program's function that a call of `callee` reaches for sure: a package-level
 * function, a function literal (called where it stands, or through the constant holding it), a
 * method; null for another function value. Its parameters admit null where a call passes nil.
 */
export function calleeKey(cx: GoContext, callee: Node): string | null {
  if (callee.type === 'func_literal') return literalKey(callee);
  if (callee.type === 'identifier' || callee.type === 'type_identifier') {
    const b = cx.scope.lookup(callee.text);
    if (!b) return null;
    if (b.functionKey) return b.functionKey;
    return cx.functionKeyOf(callee.text, b);
  }
  return null;
}

/** For a call of the function `key` with these results: whether each may be nil (the function returns nil there). */
export function resultsMayBeNil(cx: GoContext, key: string, results: GoType[]): boolean[] {
  return results.map((r, i) => isError(r) || (cx.decls.nil.holds(resultSlot(key, i)) && nilableType(cx, r)));
}

/** The nil slot of the receiver of a non-struct type's method, a function's first parameter (nil-slots.ts). */
export function receiverSlot(key: string): string {
  return paramSlot(key, -1);
}

/** Wraps a body that defers calls: they run in LIFO order on return and on panic. */
function withDeferred(cx: GoContext, statements: Code[], keep: number): Code[] {
  const fn = cx.fn!;
  cx.use('DeferStack');
  fn.awaits = true;
  const head = statements.slice(0, keep);
  const body = statements.slice(keep);
  const guarded = fn.namedResults ? [ts`body: ${block(body)}`] : body;
  const stack = deferStackName(fn);
  const out = [
    ...head,
    ts`const ${stack} = new DeferStack();`,
    ts`try ${block(guarded)} catch (e) ${block([ts`${stack}.panicked(e);`])} finally ${block([ts`await ${stack}.run();`])}`,
  ];
  if (fn.results.length > 0) out.push(ts`return ${resultValues(cx, fn.results)};`);
  return out;
}

/** The named results as they stand, or the zero values: what a recovered function returns. */
function resultValues(cx: GoContext, results: Results): string {
  const fn = cx.fn!;
  // A recovered function returns its zero values: nil for a pointer, which its result then admits.
  results.forEach((r, i) => {
    if (fn.resultNames[i] === undefined && fn.key !== '') storeNil(cx, resultSlot(fn.key, i), r.type);
  });
  const values = results.map((r, i) => fn.resultNames[i] ?? zeroValue(r.type, cx.decls));
  return values.length === 1 ? values[0]! : `[${values.join(', ')}]`;
}

/**
 * `func cleanup() { if r := recover(); ... }`, called by `defer cleanup()`: recover() stops the
 * panic of the function that defers it, so that function hands over its DeferStack.
 *   -> function cleanup(deferredBy?: DeferStack): void { const r = deferredBy?.recover() ?? null; .. }
 *   -> defer cleanup()  ->  deferred.push(cleanup, deferred);
 */
export function takesRecoverer(cx: GoContext, node: Node, sig: FuncSignature): boolean {
  return (
    node.type === 'function_declaration' &&
    cx.facts.recovering.has(field(node, 'name')?.text ?? '') &&
    !sig.params.some((p) => p.variadic)
  );
}

function recovererParameter(cx: GoContext, fn: FunctionContext): Code[] {
  if (!cx.scope.reserve('deferredBy')) return [];
  cx.use('DeferStack');
  fn.recoverer = 'deferredBy';
  return [ts`deferredBy${typeOnly('?: DeferStack')}`];
}

/** `return`; with named results and deferred calls, it leaves the guarded body (`break body`) so deferred calls can still change them. */
export function returnStatement(cx: GoContext, node: Node): Code {
  const values = kids(kids(node)[0] ?? null);
  const fn = cx.fn;
  if (!fn) return cx.unsupportedStatement(node, 'return outside a function');
  if (fn.returnsThrough) {
    const value =
      values.length > 0 ? returnedValue(cx, values) : fn.namedResults ? resultValues(cx, fn.results) : 'undefined';
    return block([ts`${fn.returnsThrough} = { value: ${value} };`, ts`return false;`]);
  }
  if (values.length === 0) {
    if (fn.namedResults && fn.deferred) return ts`break body;`;
    if (fn.namedResults) return ts`return ${resultValues(cx, fn.results)};`;
    return ts`return;`;
  }
  const value = returnedValue(cx, values);
  if (fn.namedResults && fn.deferred) return block([ts`${resultTarget(fn)} = ${value};`, ts`break body;`]);
  return ts`return ${value};`;
}

/** The named results as one assignment target. */
function resultTarget(fn: FunctionContext): string {
  return fn.resultNames.length === 1 ? fn.resultNames[0]! : `[${fn.resultNames.join(', ')}]`;
}

/** What `return v1, v2` gives its caller: one value, an array of them, or a call's tuple as it is; a result that may be nil admits null (nil-slots.ts). */
function returnedValue(cx: GoContext, values: Node[]): Code {
  const fn = cx.fn!;
  const expected = fn.results;
  const returnsNil = (i: number) =>
    fn.key !== '' && expected[i] && storeNil(cx, resultSlot(fn.key, i), expected[i]!.type);
  if (values.length === 1 && expected.length > 1) {
    const call = cx.expr(values[0]!);
    call.itemsMaybeNil?.forEach((nil, i) => nil && returnsNil(i));
    return call.code;
  }
  const items = values.map((v, i) => cx.placed(v, expected[i]?.type ?? UNKNOWN));
  items.forEach((item, i) => item.maybeNil && returnsNil(i));
  return items.length === 1
    ? items[0]!.code
    : ts`[${join(
        items.map((i) => i.code),
        ', ',
      )}]`;
}

/** After a range over a function whose body returned (its value in `returned`): the enclosing function returns it. */
export function returnAfterLoop(cx: GoContext, returned: string): Code {
  const fn = cx.fn!;
  if (fn.returnsThrough)
    return ts`if (${returned}) ${block([ts`${fn.returnsThrough} = ${returned};`, ts`return false;`])}`;
  if (fn.namedResults && fn.deferred)
    return ts`if (${returned}) ${block([ts`${resultTarget(fn)} = ${returned}.value;`, ts`break body;`])}`;
  return ts`if (${returned}) return ${returned}.value;`;
}
