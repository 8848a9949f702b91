// Calls of functions and associated functions by path: the program's own (awaited once they
// turn async), enum variants with fields, Some/Ok/Err, drop; the runtime's and methods have
// modules of their own.
//   let n = add(a, b);            -> const n = add(a, b);     (or `await add(a, b)` once add is async)
//   Shape::Circle(r)              -> { kind: 'Circle', 0: r }
//   bump(&mut count);  (fn bump(n: &mut u32))  -> bump(rs.ref(() => count, (v) => count = v));
import { formatThrough } from './format.js';
import { join, ts, typeOnly, type Code } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import { isBroken, valuesOf } from './facts.js';
import type { RustContext, Typed } from './context.js';
import { memCall, memFunction } from './calls-mem.js';
import { iterCall } from './calls-iter.js';
import { methodCall } from './calls-methods.js';
import { runtimeCall } from './calls-runtime.js';
import { textCall } from './calls-text.js';
import { primitiveMethodCall } from './path-values.js';
import { camelCase, className, safeName, staticName } from './names.js';
import type { Local } from './scope.js';
import {
  isNamed,
  named,
  option,
  result,
  STRING,
  substitute,
  tsType,
  unify,
  UNIT,
  UNKNOWN,
  type RustType,
} from './types.js';
import type { FnDecl } from './items.js';
import { passedTypeName, passedTypes, typeParameterNames } from './generics.js';
import { defaultOf, enumMethodName, grouped, hasDropImpl, isRef, isTypeParameter, selfResult } from './values.js';
import { derefCoerced } from './user-deref.js';

export function call(cx: RustContext, node: Node): Typed {
  const fnNode = field(node, 'function')!;
  const argNodes = valuesOf(field(node, 'arguments'));
  const callee = fnNode.type === 'generic_function' ? (field(fnNode, 'function') ?? fnNode) : fnNode;
  // The callee is read as text (a path, a method's name).
  if (isBroken(fnNode) || isBroken(callee)) return cx.syntaxError(fnNode);
  if (callee.type === 'field_expression') return methodCall(cx, node, callee, argNodes);
  if (callee.type !== 'identifier' && callee.type !== 'scoped_identifier') return valueCall(cx, callee, argNodes);
  // `Vec::<String>::new()`: the type's arguments are the call's, as `f::<T>()` gives them.
  const genericOwner = callee.type === 'scoped_identifier' ? field(callee, 'path') : null;
  const typeArguments =
    fnNode.type === 'generic_function'
      ? field(fnNode, 'type_arguments')
      : genericOwner?.type === 'generic_type'
        ? field(genericOwner, 'type_arguments')
        : null;
  const turbofish = valuesOf(typeArguments).map((t) => cx.items.type(t));
  const text =
    genericOwner?.type === 'generic_type'
      ? `${field(genericOwner, 'type')!.text}::${field(callee, 'name')!.text}`
      : callee.text;
  const segments = text.split('::');
  const last = segments[segments.length - 1]!;
  switch (text) {
    case 'Some':
      return { code: cx.expr(argNodes[0]!).code, type: option(cx.expr(argNodes[0]!).type) };
    case 'Ok':
    case 'Err': {
      // `Ok(())` ending a Display that writes in pieces: the text it wrote.
      if (text === 'Ok' && cx.displayBuffer && argNodes[0]?.type === 'unit_expression')
        return { code: ts`${cx.displayBuffer}`, type: STRING };
      cx.use(text);
      const value = argNodes[0] ? cx.expr(argNodes[0]) : { code: ts`null`, type: UNIT };
      return {
        code: ts`new ${text}(${value.code})`,
        // `Err::<usize, _>(e)`: the turbofish tells the other half.
        type: text === 'Ok' ? result(value.type, turbofish[1] ?? UNKNOWN) : result(turbofish[0] ?? UNKNOWN, value.type),
      };
    }
    case 'drop':
    case 'std::mem::drop':
    case 'mem::drop': {
      const value = cx.expr(argNodes[0]!);
      if (value.type.kind === 'named' && value.type.name === 'Arc') {
        cx.use('rs');
        return { code: ts`rs.arcDrop(${value.code})`, type: UNIT };
      }
      if (value.type.kind === 'named' && hasDropImpl(cx.items, value.type.name))
        return { code: ts`${cx.callsFunction(`${value.type.name}.drop`)}${value.code}.drop()`, type: UNIT };
      if (value.type.kind === 'named' && value.type.name !== 'AsyncFn' && !cx.items.structs.has(value.type.name))
        return { code: ts`${value.code}.drop()`, type: UNIT };
      cx.use('rs');
      return { code: ts`rs.drop(${value.code})`, type: UNIT };
    }
  }
  const mem = memFunction(cx, segments);
  if (mem) return memCall(cx, node, mem, argNodes);
  const special =
    runtimeCall(cx, node, segments, argNodes, turbofish) ??
    textCall(cx, segments, argNodes) ??
    iterCall(cx, segments, argNodes);
  if (special) return special;
  // `Deposited(5)` after `use Event::*`: a variant named by itself.
  const importedVariant =
    segments.length === 1 && !cx.scope.lookup(last) ? cx.items.variantImports.get(last) : undefined;
  const owner =
    segments.length > 1
      ? segments[segments.length - 2] === 'Self'
        ? (cx.selfType ?? '')
        : segments[segments.length - 2]!
      : (importedVariant ?? '');
  const variant = cx.items.enums.get(owner)?.variants.get(last);
  if (variant) {
    const values = argNodes.map(
      (a, i) => ts`${String(i)}: ${cx.exprWithExpected(a, variant.fields[i]?.type ?? null).code}`,
    );
    return { code: ts`{ kind: '${last}'${values.length ? ', ' : ''}${join(values, ', ')} }`, type: named(owner) };
  }
  const tupleStruct = segments.length === 1 ? tupleStructCall(cx, last, argNodes) : null;
  if (tupleStruct) return tupleStruct;
  if (
    last === 'default' &&
    (cx.items.structs.get(owner)?.derives.has('Default') || cx.items.enums.get(owner)?.defaultVariant)
  ) {
    return { code: ts`${defaultOf(cx, named(owner))}`, type: named(owner) };
  }
  // `A::default()` in `fn replay<A: Aggregate>`: the class the caller passed.
  if (segments.length === 2 && cx.fn?.passedTypes?.includes(owner)) {
    const args = callArguments(cx, argNodes, []);
    return {
      code: ts`${passedTypeName(owner)}.${staticName(last)}(${args})`,
      type: last === 'default' ? named(owner) : UNKNOWN,
    };
  }
  const method = owner ? cx.items.methods.get(owner)?.get(last) : undefined;
  if (method) {
    // `Vec2::new(0.5, 1.25)` of `impl<T> Vec2<T>` is a Vec2<f64>: the impl's and the method's parameters, inferred.
    const inference = typeInference(cx, node, method, owner);
    const args = callArguments(
      cx,
      argNodes,
      method.params.map((p) => p.type),
      inference,
    );
    const key = `${owner}.${last}`;
    const target = cx.items.enums.has(owner)
      ? enumMethodName(owner, last)
      : `${className(owner)}.${method.self === null ? staticName(last) : cx.items.methodName(owner, last)}`;
    return {
      code: ts`${method.isAsync ? '' : cx.callsFunction(key)}${target}(${args})`,
      type: inferredResult(inference, method, owner),
    };
  }
  const fn = segments.length === 1 ? cx.items.functions.get(last) : undefined;
  const local = segments.length === 1 ? cx.scope.lookup(last) : null;
  if (fn && (!local || local.type.kind === 'fn')) {
    // `sum_all(&fs)` of `fn sum_all<T>(vs: &[Vec2<T>]) -> Vec2<T>` gives a Vec2<f64> for a `[Vec2<f64>; 3]`.
    const inference = typeInference(cx, node, fn, null);
    typeParameterNames(fn.node).forEach((p, i) => {
      if (turbofish[i] && turbofish[i].kind !== 'unknown') inference.bindings.set(p, turbofish[i]);
    });
    const args = callArguments(
      cx,
      argNodes,
      fn.params.map((p) => p.type),
      inference,
    );
    const passed = passedTypes(fn.node).map((p) => passedClass(cx, inference.bindings.get(p)));
    const all = passed.length ? join(args.isEmpty ? passed : [...passed, args], ', ') : args;
    return {
      code: ts`${fn.isAsync ? '' : cx.callsFunction(last)}${safeName(camelCase(last))}(${all})`,
      type: inferredResult(inference, fn, null),
    };
  }
  // A function of Tokio or std imported by name that the runtime lacks.
  const imported = segments.length === 1 && !local ? cx.items.aliases.get(last) : undefined;
  if (imported && /^(tokio|std)::/.test(imported)) return cx.unsupported(node, `call of ${imported}`);
  const trait = /^((std::)?fmt::)?(Display|Debug)::fmt$/.exec(segments.join('::'))?.[3];
  if (trait && argNodes.length === 2)
    return formatThrough(cx, cx.expr(argNodes[0]!), trait as 'Display' | 'Debug', cx.expr(argNodes[1]!).code);
  const primitiveMethod = primitiveMethodCall(cx, node, segments, argNodes);
  if (primitiveMethod) return primitiveMethod;
  if (
    segments.length > 1 &&
    !cx.items.structs.has(owner) &&
    !cx.items.enums.has(owner) &&
    !cx.items.methods.has(owner)
  ) {
    return cx.unsupported(node, `call of ${text}`);
  }
  return valueCall(cx, callee, argNodes);
}

/** The class passed for a type parameter whose associated functions a generic function calls; `undefined` for no struct. */
function passedClass(cx: RustContext, type: RustType | undefined): Code {
  if (type?.kind === 'named' && cx.items.structs.has(type.name)) return ts`${className(type.name)}`;
  return ts`undefined`;
}

/** `Meters(2.5)` or `Self(2.5)`: a tuple struct made, its fields named 0, 1, ... */
function tupleStructCall(cx: RustContext, name: string, argNodes: Node[]): Typed | null {
  const structName = name === 'Self' ? (cx.selfType ?? '') : name;
  const fields = cx.items.structs.get(structName)?.fields ?? [];
  if (fields.length === 0 || !fields.every((f, i) => f.name === String(i))) return null;
  const values = argNodes.map((a, i) => ts`${String(i)}: ${cx.exprWithExpected(a, fields[i]?.type ?? null).code}`);
  return { code: ts`new ${className(structName)}({ ${join(values, ', ')} })`, type: named(structName) };
}

/** A call of a function value: a local closure, `(self.on_done)(x)`. */
function valueCall(cx: RustContext, callee: Node, argNodes: Node[]): Typed {
  const target = cx.expr(callee);
  const args = callArguments(cx, argNodes, target.type.kind === 'fn' ? target.type.params : []);
  const resultType = target.type.kind === 'fn' ? target.type.result : UNKNOWN;
  return { code: ts`${grouped(target.code)}(${args})`, type: resultType };
}

/**
 * The type parameters a call binds (a generic function's, and for `Vec2::new(..)` its impl's),
 * seeded from the type the call's place expects (`big + Vec2::new(1, 1)`: a Vec2<u64>).
 */
export interface TypeInference {
  names: ReadonlySet<string>;
  bindings: Map<string, RustType>;
  /** The impl's type arguments (`impl<T> Vec2<T>`: [T]), as `Self` stands for them. */
  selfArgs: RustType[];
}

function typeInference(cx: RustContext, node: Node, decl: FnDecl, owner: string | null): TypeInference {
  const impl = owner ? decl.node.parent?.parent : null;
  const implType = impl?.type === 'impl_item' ? cx.items.type(field(impl, 'type')) : null;
  const selfArgs = implType?.kind === 'named' ? implType.args : [];
  const names = new Set([
    ...typeParameterNames(decl.node),
    ...(impl?.type === 'impl_item' ? typeParameterNames(impl) : []),
  ]);
  const inference: TypeInference = { names, bindings: new Map(), selfArgs };
  const wanted = cx.expectedType?.node === node.id ? cx.expectedType.type : null;

  if (wanted && names.size) {
    const self = owner ? named(owner, ...selfArgs) : UNKNOWN;
    unify(owner ? selfResult(decl.result, owner, selfArgs) : decl.result, wanted, names, inference.bindings);
    if (owner) unify(self, wanted, names, inference.bindings);
  }
  return inference;
}

/** What the call gives, with what it inferred in place of the type parameters (what it did not, unknown). */
function inferredResult(inference: TypeInference, decl: FnDecl, owner: string | null): RustType {
  const all = new Map([...inference.names].map((n) => [n, inference.bindings.get(n) ?? UNKNOWN]));
  const result = all.size ? substitute(decl.result, all) : decl.result;
  const typed = owner
    ? selfResult(
        result,
        owner,
        inference.selfArgs.map((a) => substitute(a, all)),
      )
    : result;
  return decl.isAsync ? named('Future', typed) : typed;
}

/** Whether a type still names one of the type parameters that have no binding yet. */
function mentionsName(type: RustType, names: ReadonlySet<string>, bound: ReadonlyMap<string, RustType>): boolean {
  let found = false;
  const visit = (t: RustType): void => {
    if (found) return;
    if (t.kind === 'named' && t.args.length === 0 && names.has(t.name) && !bound.has(t.name)) found = true;
    else if (t.kind === 'named') t.args.forEach(visit);
    else if (t.kind === 'vec' || t.kind === 'set' || t.kind === 'option') visit(t.elem);
    else if (t.kind === 'tuple') t.items.forEach(visit);
    else if (t.kind === 'map') [t.key, t.value].forEach(visit);
    else if (t.kind === 'result') [t.ok, t.err].forEach(visit);
  };
  visit(type);
  return found;
}

export function callArguments(cx: RustContext, nodes: Node[], types: RustType[], inference?: TypeInference): Code {
  const eager = cx.eagerArguments;
  return cx.with({ eagerArguments: false }, () =>
    join(
      nodes.map((n, i) => {
        const asRef =
          isRef(types[i]) || isMutableParameter(cx, types[i]) || isLent(types[i])
            ? refArgument(cx, n, types[i]!)
            : null;
        const declared = types[i];
        if (asRef) {
          // `poll_once(&mut fut)` for `f: &mut F`: F is the lent place's type.
          const lent = inference?.names.size ? lentLocal(cx, n)?.type : null;
          if (lent) unify(declared!, lent, inference!.names, inference!.bindings);
          return asRef;
        }
        // A parameter whose type has a type parameter not inferred yet expects nothing sure: the argument tells it.
        const expected = declared && inference?.names.size ? substitute(declared, inference.bindings) : declared;
        const open = !!expected && !!inference && mentionsName(expected, inference.names, inference.bindings);
        if (expected && !open) settleFromParameter(cx, n, expected);
        // (An `impl Future<Output = T>` still wants a future: an async block becomes one.)
        const wanted = open ? (isNamed(expected!, 'Future') ? named('Future', UNKNOWN) : null) : (expected ?? null);
        const given = cx.exprWithExpected(n, wanted);
        const typed = n.type === 'reference_expression' ? derefCoerced(cx, given, expected) : given;
        if (declared && inference?.names.size) unify(declared, typed.type, inference.names, inference.bindings);
        let value = typed.code;
        // A tuple handed to a type parameter (`queue.push((1, "a"))` for `push(item: T)`) keeps its tuple-ness for `{:?}`.
        if (n.type === 'tuple_expression' && isTypeParameter(cx.items, types[i])) {
          cx.use('rs');
          value = ts`rs.tupleValue(${value})`;
        }
        // `SpinLock::new(Vec::<u32>::new())`: TypeScript would infer a `never[]` for the type parameter.
        const elementType =
          isTypeParameter(cx.items, types[i]) && value.toString() === '[]' ? tsType(typed.type) : null;
        if (elementType) value = ts`${value}${typeOnly(` as ${elementType}`)}`;
        if (!eager || /^([\w$.]+|"[^"]*"|-?\d[\d.]*)$/.test(value.toString())) return value;
        const name = cx.temp('arg');
        cx.pre.push(ts`const ${name} = ${value};`);
        return ts`${name}`;
      }),
      ', ',
    ),
  );
}

/**
 * `let mut set = JoinSet::new(); spawn_all(&mut set)` with `fn spawn_all(set: &mut JoinSet<String>)`:
 * the parameter tells the element of a local still waiting for it (later-types.ts).
 */
function settleFromParameter(cx: RustContext, node: Node, parameter: RustType): void {
  const inner = node.type === 'reference_expression' ? valuesOf(node).at(-1) : node;
  const local = inner?.type === 'identifier' ? cx.scope.lookup(inner.text) : null;
  if (!local?.pending) return;
  const part = parameter.kind === 'vec' ? parameter.elem : parameter.kind === 'named' ? parameter.args[0] : undefined;
  if (part && part.kind !== 'unknown') local.pending.settle(part);
}

/** A parameter of a function value typed `rs.Lent<V>` (an `F: FnOnce(&mut V)`, functions.ts). */
function isLent(type: RustType | undefined): boolean {
  return type?.kind === 'named' && type.name === 'rs.Lent';
}

/** `&mut V` of a type parameter V: a Ref where V is a number or string, the value itself where it is an object. */
function isMutableParameter(cx: RustContext, type: RustType | undefined): boolean {
  return type?.kind === 'named' && type.mutable === true && isTypeParameter(cx.items, type);
}

/**
 * An argument for a `&mut` parameter of a number or string: a Ref to the caller's place (or to
 * a temporary, for `&mut 5`), also for a name bound to a map's slot (`let v = m.entry(k).or_insert(0)`);
 * for a `&mut V` of a type parameter, the runtime decides by the value (see rs.lend).
 */
function refArgument(cx: RustContext, node: Node, type: RustType): Code | null {
  const local = node.type === 'identifier' ? cx.scope.lookup(node.text) : null;
  // A map's slot lent as a `&mut V`: the runtime reads and writes the map (no closure over a hoisted guard).
  if (local?.place?.mapSlot && !isRef(type)) {
    cx.use('rs');
    const shown = tsType(local.type);
    return ts`rs.lendSlot${typeOnly(shown ? `<${shown}>` : '')}(${local.place.mapSlot.map}, ${local.place.mapSlot.key})`;
  }
  // `&mut fut` of a future: the object itself, which the callee polls in place.
  const future = lentLocal(cx, node);
  if (future && !future.place && isMutableParameter(cx, type) && isNamed(future.type, ...LENT_FUTURES))
    return ts`${future.tsName}`;
  let target: Typed;
  if (local?.place) target = { code: local.place.get, type: local.type, setter: local.place.set };
  else if (node.type === 'reference_expression' && /^&\s*mut\b/.test(node.text)) {
    const valueNode = valuesOf(node)[valuesOf(node).length - 1]!;
    target = cx.place(valueNode) ?? temporary(cx, valueNode);
  } else if (local && (isLent(type) || isMutableParameter(cx, type)))
    // A `&mut V` binding handed on (`f(slot)`): lent as the runtime lends any `&mut V`.
    target = { code: ts`${local.tsName}`, type: local.type };
  else return null;
  const setter = target.setter ?? ((v: Code) => ts`${target.code} = ${v}`);
  cx.use('rs');
  if (isRef(type)) return ts`rs.ref(() => ${target.code}, (v) => ${setter(ts`v`)})`;
  const shown = tsType(target.type);
  return ts`rs.lend${typeOnly(shown ? `<${shown}>` : '')}(() => ${target.code}, (v) => ${setter(ts`v`)})`;
}

/** Futures a `&mut` lends as themselves: objects the runtime polls in place. */
const LENT_FUTURES = ['Pinned', 'Future', 'AsyncFn', 'Sleep', 'Notified'];

/** The local a `&mut name` argument lends; null for another argument. */
function lentLocal(cx: RustContext, node: Node): Local | null {
  if (node.type !== 'reference_expression') return null;
  const target = valuesOf(node)[valuesOf(node).length - 1];
  return target?.type === 'identifier' ? (cx.scope.lookup(target.text) ?? null) : null;
}

function temporary(cx: RustContext, node: Node): Typed {
  const name = cx.temp('value');
  const value = cx.expr(node);
  cx.hoist(ts`let ${name} = ${value.code};`);
  return { code: ts`${name}`, type: value.type };
}
