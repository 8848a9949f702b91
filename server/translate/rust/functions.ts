// Functions, closures and async blocks: each gets a scope and a function context of its own;
// whether it turns async is settled from the call graph once the program is translated.
//   fn total(v: &[u32]) -> u32 { v.iter().sum() }
//   -> function total(v: number[]): number { return v.reduce((a, b) => a + b, 0); }
//   tokio::spawn(async move { tx.send(1).await.unwrap(); });
//   -> spawn(async () => { try { (await tx.send(1)).unwrap(..); } finally { tx.drop(); } });
import { block, ifAsync, join, mapped, ts, typeOnly, type Code } from '../emit/code.js';
import { field, kids, walk, type Node } from '../syntax.js';
import { DISCARD, type FnContext, type RustContext, type Sink, type Typed } from './context.js';
import { isWrite, patternParts, usedInArithmetic, valuesOf } from './facts.js';
import { passedTypeName, passedTypes, typeParameterNames, typeParameters } from './generics.js';
import type { FnDecl } from './items.js';
import { bindPattern, droppedIfCancelled, ownedBy, refPlace } from './locals.js';
import { camelCase, safeName, typeName } from './names.js';
import { Scope } from './scope.js';
import { callableType, I32, named, tsType, UNKNOWN, type RustType } from './types.js';
import {
  annotation,
  arrowBody,
  expressionStatement,
  holdsRef,
  isRef,
  isTypeParameter,
  isWidened,
  selfResult,
  writtenType,
} from './values.js';

export function functionItem(cx: RustContext, node: Node): Code[] {
  const sig = cx.items.functions.get(field(node, 'name')?.text ?? '') ?? cx.items.signature(node);
  return [
    mapped(
      cx.pos(node),
      functionLike(cx, sig.name, node, sig, (params, result, body, isAsync) => {
        const passed = passedTypes(node).map((p) => ts`${passedTypeName(p)}${typeOnly(`: rs.TypeOf<${p}>`)}`);
        if (passed.length) cx.use('rs');
        const all = passed.length ? join(params.isEmpty ? passed : [...passed, params], ', ') : params;
        return ts`${isAsync}function ${safeName(camelCase(sig.name))}${typeParameters(node)}(${all})${result} ${body}`;
      }),
    ),
  ];
}

/** Parameters, result type and body of a function or method, in scopes of their own. */
export function functionLike(
  cx: RustContext,
  key: string,
  node: Node,
  sig: FnDecl,
  shape: (params: Code, result: Code, body: Code, isAsync: Code) => Code,
  selfName: string | null = null,
  isDisplay = false,
): Code {
  const isMain = key === 'main';
  const fn: FnContext = {
    key,
    explicitAsync: sig.isAsync,
    awaits: sig.isAsync || isMain,
    calls: new Set(),
    result: sig.result,
    loops: [],
    isMain,
    outer: cx.fn,
    sync: isDisplay,
    passedTypes: node.type === 'function_item' ? passedTypes(node) : [],
    typeParameters: [
      ...typeParameterNames(node),
      ...(node.parent?.parent?.type === 'impl_item' ? typeParameterNames(node.parent.parent) : []),
    ],
  };
  return cx.with({ scope: new Scope(cx.scope), fn }, () => {
    if (selfName) {
      const selfType = cx.selfValue ?? named(cx.selfType ?? 'Self', ...cx.selfArgs);
      cx.scope.alias('self', selfName, /\b(Arc|Rc)</.test(sig.self ?? '') ? named('Arc', selfType) : selfType);
    }
    const own = (type: RustType) => (cx.selfType ? selfResult(type, cx.selfType, cx.selfArgs) : type);
    const params = join(
      sig.params.map((p) => parameter(cx, p.pattern, own(p.type))),
      ', ',
    );
    const returns = sig.result.kind !== 'unit' && sig.result.kind !== 'never';
    const body = isDisplay
      ? displayBody(cx, field(node, 'body'))
      : functionBody(cx, field(node, 'body'), returns ? { kind: 'return' } : DISCARD);
    cx.callGraph.set(key, { awaits: fn.awaits, calls: fn.calls });
    const result0 = own(sig.result);
    if (holdsRef(result0)) cx.use('rs');
    const resultText = isDisplay ? 'string' : (tsType(result0) ?? 'unknown');
    const shown = resultText === 'void' ? 'void' : resultText;
    const result = isMain
      ? typeOnly(`: Promise<${sig.result.kind === 'result' || shown === EXIT_CODE ? shown : 'void'}>`)
      : ifAsync([key], `: Promise<${shown}>`, `: ${shown}`, true);
    const isAsync = isMain || sig.isAsync ? ts`async ` : ifAsync([key], 'async ');
    return shape(params, result, body, isAsync);
  });
}

function parameter(cx: RustContext, pattern: Node, type: RustType): Code {
  const bound = bindPattern(cx, pattern, type);
  if (isRef(type)) {
    cx.use('rs');
    refPlace(cx, pattern.text.replace(/^mut\s+/, ''));
  }
  // A function passed in (`f: impl Fn(i32) -> i32`) is typed here only: a closure's own type may be async.
  if (type.kind === 'fn') return ts`${bound}${typeOnly(`: ${callableType(lentParameters(cx, type))}`)}`;
  // A type TypeScript cannot be told (`item: &impl Summary` of a trait also implemented for str) is any, said so.
  return ts`${bound}${tsType(type) === null ? typeOnly(': any') : annotation(type)}`;
}

/** `F: FnOnce(&mut V)`: the function is handed a V that is an object, or a Ref to a number or string (rs.lend). */
function lentParameters(cx: RustContext, type: Extract<RustType, { kind: 'fn' }>): typeof type {
  const lent = (p: RustType) =>
    p.kind === 'named' && p.mutable && isTypeParameter(cx.items, p)
      ? named('rs.Lent', { ...p, mutable: undefined })
      : p;
  return { ...type, params: type.params.map(lent) };
}

/** A function body: its statements, the tail value to `sink`, drops at its end. */
function functionBody(cx: RustContext, body: Node | null, sink: Sink): Code {
  if (!body) return block([]);
  return block(cx.blockStatements(body, sink, cx.fn?.isMain === true && cx.fn.outer === null));
}

/**
 * A Display `fmt`, which returns its text. One that writes in pieces (`write!(f, "[")?;` then
 * more) gathers them in a string, which its last `write!` or `Ok(())` returns.
 */
function displayBody(cx: RustContext, body: Node | null): Code {
  if (!body || !writesInPieces(body)) return functionBody(cx, body, { kind: 'return' });
  const written = cx.temp('written');
  const statements = cx.with({ displayBuffer: written }, () => cx.blockStatements(body, { kind: 'return' }));
  return block([ts`let ${written} = '';`, ...statements]);
}

/** Whether a `write!`/`writeln!` in the body goes on after it (`write!(f, ..)?`). */
function writesInPieces(body: Node): boolean {
  let found = false;
  walk(body, (n) => {
    found ||= n.type === 'try_expression' && isWrite(valuesOf(n)[0]);
    return !found;
  });
  return found;
}

/** A closure: its own scope; a `move` closure drops what it took when it returns. */
export function closure(cx: RustContext, node: Node, paramTypes: RustType[]): Typed {
  if (node.type !== 'closure_expression') return callable(cx, node);
  const key = `closure:${node.id}`;
  const bodyNode = field(node, 'body')!;
  const explicitAsync = bodyNode.type === 'async_block' || node.text.startsWith('async');
  const fn: FnContext = {
    key,
    explicitAsync,
    awaits: false,
    calls: new Set(),
    result: UNKNOWN,
    loops: [],
    isMain: false,
    outer: cx.fn,
  };
  return cx.with({ scope: new Scope(cx.scope), fn }, () => {
    const parameters = field(node, 'parameters');
    const params = (parameters ? patternParts(parameters) : []).map((p, i) => {
      const pattern = p.type === 'parameter' ? field(p, 'pattern')! : p;
      let type =
        p.type === 'parameter' && field(p, 'type') ? cx.items.type(field(p, 'type')) : (paramTypes[i] ?? UNKNOWN);
      const fromBody =
        type.kind === 'unknown' && pattern.type === 'identifier' ? bodyUseType(cx, bodyNode, pattern.text) : null;
      if (fromBody) type = fromBody;
      const annotate = fromBody !== null;
      const name = bindPattern(cx, pattern, type);
      // A `&mut` to a number or string the closure is handed (scan's state): `*acc += r` writes through it.
      if (isRef(type)) refPlace(cx, pattern.text.replace(/^mut\s+/, ''));
      return annotate || (p.type === 'parameter' && field(p, 'type')) ? ts`${name}${annotation(type)}` : ts`${name}`;
    });
    const inner =
      bodyNode.type === 'async_block' ? (kids(bodyNode).find((k) => k.type === 'block') ?? bodyNode) : bodyNode;
    const owned = cx.ownership
      .movedInto(node)
      .concat(bodyNode.type === 'async_block' ? cx.ownership.movedInto(bodyNode) : []);
    let body: Code;
    let resultType: RustType = UNKNOWN;
    // `|(k, v)| (k, v)`: an array or object literal, which TypeScript widens.
    let literalResult = false;
    // `|x| return x + 1` is a jump, as a statement.
    if (inner.type === 'block' || owned.length > 0 || inner.type === 'return_expression') {
      const statements =
        inner.type === 'block'
          ? cx.blockStatements(inner, { kind: 'return' }, false, true)
          : cx.inStatement(inner, () => cx.valueInto(inner, { kind: 'return' }));
      body = block(ownedBy(cx, owned, statements));
    } else {
      const hoisted: Code[] = [];
      const after: Code[] = [];
      const value = cx.with({ pre: hoisted, post: after }, () => cx.expr(inner));
      resultType = value.type;
      literalResult = /^[[{]/.test(value.code.toString());
      if (value.type.kind === 'unit' && hoisted.length && !after.length) {
        // `|| assert!(ok)`: the statements, and no `()` to return.
        body = block([...hoisted, ...(String(value.code) === 'null' ? [] : [expressionStatement(value.code)])]);
      } else if (hoisted.length || after.length) {
        body = block([
          ...hoisted,
          ...(after.length
            ? [ts`const result = ${value.code};`, ...after, ts`return result;`]
            : [ts`return ${value.code};`]),
        ]);
      } else if (value.type.kind === 'unit' && value.code.toString() !== 'null') {
        // `|c| c.verbose = !c.verbose` returns (): the arrow must not return the assigned value.
        body = block([expressionStatement(value.code)]);
      } else body = arrowBody(value.code);
    }
    cx.callGraph.set(key, { awaits: fn.awaits || explicitAsync, calls: fn.calls });
    if (resultType.kind === 'unknown' && fn.returned) resultType = fn.returned;
    const isAsync = explicitAsync ? 'async ' : ifAsync([key], 'async ');
    // TypeScript widens a returned tuple or enum literal: say what the closure gives.
    const widened = (t: RustType) => isWidened(t, cx.items);
    const resultText =
      (widened(resultType) || (resultType.kind === 'option' && widened(resultType.elem))) &&
      (inner.type === 'block' || literalResult)
        ? writtenType(cx, resultType)
        : null;
    const returns = resultText
      ? explicitAsync
        ? typeOnly(`: Promise<${resultText}>`)
        : ifAsync([key], `: Promise<${resultText}>`, `: ${resultText}`, true)
      : '';
    return {
      code: ts`${isAsync}(${join(params, ', ')})${returns} => ${body}`,
      type: { kind: 'fn', params: paramTypes, result: resultType, isAsync: explicitAsync || fn.awaits },
    };
  });
}

/** An untyped closure parameter's type from how the body uses it: a variant's field, else i32 in arithmetic. */
function bodyUseType(cx: RustContext, body: Node, name: string): RustType | null {
  return carriedBy(cx, body, name) ?? (usedInArithmetic(body, name) ? I32 : null);
}

/**
 * An untyped closure parameter the body hands to a tuple variant or tuple struct
 * (`|what| .. ParseError::MissingArg(what)`): Rust gives it that field's type.
 */
function carriedBy(cx: RustContext, body: Node, name: string): RustType | null {
  let found: RustType | null = null;
  walk(body, (n) => {
    if (found) return false;
    if (n.type !== 'call_expression') return true;
    const at = valuesOf(field(n, 'arguments')).findIndex((a) => a.type === 'identifier' && a.text === name);
    const path = (field(n, 'function')?.text ?? '').split('::');
    const [owner, last] = path.length > 1 ? path.slice(-2) : [undefined, path[0]!];
    const fields = owner ? cx.items.enums.get(owner)?.variants.get(last!)?.fields : cx.items.structs.get(last!)?.fields;
    const type = at >= 0 && fields?.[at]?.name === String(at) ? fields[at]!.type : null;
    if (type && tsType(type)) found = type;
    return !found;
  });
  return found;
}

/** `|x| x + 1`, `move || ..`, `async move |x| ..` where nothing says the parameters' types. */
export function closureExpression(cx: RustContext, node: Node): Typed {
  return closure(cx, node, []);
}

/** A function passed by name (`map(scale)`, `map(Some)`, `map(Outcome::Answer)`). */
function callable(cx: RustContext, node: Node): Typed {
  const segments = node.text.split('::');
  const last = segments[segments.length - 1]!;
  const owner = segments[segments.length - 2] ?? '';
  const variant = cx.items.enums.get(owner)?.variants.get(last);
  if (variant)
    return {
      code: ts`(v${typeOnly(`: ${tsType(variant.fields[0]?.type ?? UNKNOWN) ?? 'any'}`)})${typeOnly(`: ${typeName(owner)}`)} => ({ kind: '${last}', 0: v })`,
      type: { kind: 'fn', params: [], result: named(owner), isAsync: false },
    };
  if (node.text === 'Some') return { code: ts`(v) => v`, type: UNKNOWN };
  const made = { 'Vec::new': '[]', 'String::new': "''", 'HashMap::new': 'new Map()', 'VecDeque::new': '[]' }[
    segments.slice(-2).join('::')
  ];
  if (made) return { code: ts`() => ${made}`, type: UNKNOWN };
  if (owner === 'BTreeMap' && last === 'new') {
    cx.use('rs');
    return { code: ts`() => new rs.BTreeMap()`, type: UNKNOWN };
  }
  if (node.text === 'Ok' || node.text === 'Err') {
    cx.use(node.text);
    return { code: ts`(v) => new ${node.text}(v)`, type: UNKNOWN };
  }
  const value = cx.expr(node);
  const fn = cx.items.functions.get(last);
  return {
    code: value.code,
    type: fn
      ? { kind: 'fn', params: fn.params.map((p) => p.type), result: fn.result, isAsync: fn.isAsync }
      : value.type,
  };
}

/** `async move { ... }` as an async arrow function (spawn, timeout and select take those). */
export function asyncBlock(cx: RustContext, node: Node): Typed {
  const key = `async:${node.id}`;
  const fn: FnContext = {
    key,
    explicitAsync: true,
    awaits: true,
    calls: new Set(),
    result: UNKNOWN,
    loops: [],
    isMain: false,
    outer: cx.fn,
  };
  return cx.with({ scope: new Scope(cx.scope), fn }, () => {
    const inner = kids(node).find((k) => k.type === 'block') ?? node;
    const statements = cx.blockStatements(inner, { kind: 'return' }, false, true);
    cx.callGraph.set(key, { awaits: true, calls: fn.calls });
    // TypeScript widens a returned tuple or enum literal (`new Err({ kind: 'Timeout' })`): say what the block gives.
    const returned = fn.returned && isWidened(fn.returned, cx.items) ? writtenType(cx, fn.returned) : null;
    const returns = returned ? typeOnly(`: Promise<${returned}>`) : '';
    return {
      code: ts`async ()${returns} => ${block(ownedBy(cx, cx.ownership.movedInto(node), droppedIfCancelled(cx, node, statements)))}`,
      type: named('AsyncFn', fn.returned ?? UNKNOWN),
    };
  });
}

/** An `async { .. }` block that ends in a statement or nothing: its future gives `()`. */
export function givesUnit(asyncBlock: Node): boolean {
  if (asyncBlock.type !== 'async_block') return false;
  const inner = kids(asyncBlock).find((k) => k.type === 'block');
  const last = kids(inner ?? null)
    .filter((k) => !/comment$/.test(k.type))
    .at(-1);
  return !last || /(_statement|_declaration|_item)$/.test(last.type);
}

/** `fn main() -> ExitCode` gives the process's exit status: its TypeScript type. */
const EXIT_CODE = 'rs.ExitCode';
