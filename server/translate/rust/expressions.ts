// Expressions: the dispatch on the node kind, literals, names and paths, tuples, arrays,
// struct literals, `.await` and `?`. A lock guard that is not bound lives to the statement's end.
//   Cmd::Get { key, resp: tx }  -> { kind: 'Get', key, resp: tx }
//   u8::MAX                     -> 255
//   let n = parse(s)?;          -> const checked1 = parse(s); if (checked1.isErr()) return checked1; const n = checked1.value;
//   *m.lock().await += 1;       -> const guard1 = await m.lock(); guard1.value += 1; guard1.drop();
import { join, ts, typeOnly, type Code } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import { userConversion } from './conversions.js';
import { isBroken, isWrite, valuesOf } from './facts.js';
import type { RustContext, Typed } from './context.js';
import { decodeRustChar, decodeRustString, isNumberText, numericSuffix, numericText } from './literals.js';
import { functionPathValue } from './path-values.js';
import { pathFunction } from './paths.js';
import { pollPath } from './poll.js';
import { camelCase, className, propertyName, safeName, staticName } from './names.js';
import {
  awaitedType,
  BOOL,
  CHAR,
  FLOAT,
  I32,
  isNamed,
  named,
  option,
  ORDERINGS,
  STRING,
  tsType,
  tuple,
  UNIT,
  UNKNOWN,
  vec,
  type RustType,
} from './types.js';
import {
  arrowBody,
  binaryOperand,
  blockAsFuture,
  containsEnum,
  defaultOf,
  enumMethodName,
  grouped,
  isHandle,
} from './values.js';
import { isWide, toWide } from './wide-integers.js';

export function exprWithExpected(cx: RustContext, node: Node, expected: RustType | null): Typed {
  const converted = userConversion(cx, node, expected);
  if (converted) return converted;
  // `reg.upsert(k, v, |s| s.healthy = true)`: the closure's parameters are what the callee says it passes.
  if (expected?.kind === 'fn' && node.type === 'closure_expression') return cx.closure(node, expected.params);
  if (expected && expected.kind !== 'unknown' && /^(Default::default|[A-Z]\w*::default)\(\)$/.test(node.text)) {
    // `S::default()` passed where a generic `V` is expected is S's default, not V's.
    const zero = defaultOf(cx, expected);
    if (zero !== 'undefined') return { code: ts`${zero}`, type: expected };
  }
  const literalType =
    (expected?.kind === 'int' && (isArithmetic(node) || isParse(node))) || (expected?.kind === 'float' && isParse(node))
      ? expected
      : isWideList(expected, node)
        ? expected!.elem
        : null;
  // `let seen: HashSet<Point> = HashSet::new()`: the key type says which map or set to make.
  const made = /^(&\s*(mut\s+)?)?(Hash|BTree)(Map|Set)::(new|with_capacity)\(/.test(node.text);
  const expectedElement =
    made && expected?.kind === 'map'
      ? expected.key
      : made && expected?.kind === 'set'
        ? expected.elem
        : cx.expectedElement;
  const expectedType = expected ? { node: node.id, type: expected } : null;
  const value = cx.with(
    literalType ? { literalType, expectedElement, expectedType } : { expectedElement, expectedType },
    () => expr(cx, node),
  );
  const future = blockAsFuture(cx, value, expected);
  if (future) return future;
  if (expected && value.type.kind === 'unknown') return { code: value.code, type: expected };
  if (expected && expected.kind === 'vec' && value.type.kind === 'vec' && value.type.elem.kind === 'unknown')
    return { code: value.code, type: expected };
  if (expected && expected.kind === 'map' && value.type.kind === 'map') {
    if (expected.sorted && !value.type.sorted) return { code: ts`new rs.BTreeMap(${value.code})`, type: expected };
    return { code: value.code, type: expected };
  }
  if (expected && isWide(expected) && value.type.kind === 'int' && !isWide(value.type))
    return { code: toWide(value), type: expected };
  if (
    expected &&
    (expected.kind === 'tuple' || expected.kind === 'option' || expected.kind === 'named' || expected.kind === 'float')
  )
    return { code: value.code, type: expected };
  return value;
}

/** `let v: Vec<u64> = vec![1, 2]` in a program of wide integers: the literals are bigints. */
function isWideList(expected: RustType | null, node: Node): expected is RustType & { kind: 'vec' } {
  return (
    expected?.kind === 'vec' &&
    isWide(expected.elem) &&
    (node.type === 'array_expression' || (node.type === 'macro_invocation' && /^vec\s*!/.test(node.text)))
  );
}

export function expr(cx: RustContext, node: Node): Typed {
  // A block's skipped tokens are statements of their own (see blockStatements).
  if (node.type !== 'block' && isBroken(node)) return cx.syntaxError(node);
  try {
    return handleTemporary(cx, node, guardTemporary(cx, node, visit(cx, node)));
  } catch (error) {
    if (error instanceof RangeError) throw error;
    return cx.unsupported(node, 'expression');
  }
}

/** A lock guard or RefCell borrow not bound by `let` is a temporary: Rust unlocks at the end of the statement. */
function guardTemporary(cx: RustContext, node: Node, value: Typed): Typed {
  const isBorrow = (t: RustType) => isNamed(t, 'rs.CellRef', 'rs.CellRefMut');
  const isGuard = (t: RustType) =>
    isNamed(t, 'MutexGuard', 'MappedMutexGuard', 'RwLockReadGuard', 'RwLockWriteGuard') || isBorrow(t);
  const inResult = value.type.kind === 'result' && isGuard(value.type.ok);
  if ((!isGuard(value.type) && !inResult) || (node.type !== 'await_expression' && node.type !== 'call_expression'))
    return value;
  if (node.parent?.type === 'let_declaration' || node.parent?.type === 'let_condition') return value;
  // `show(&cell.borrow())` lends the borrow to the call: it ends with the statement all the same.
  const lent = isBorrow(value.type) && node.parent?.type === 'reference_expression';
  if (!lent && movedOut(cx, node)) return value;
  // `m.try_lock().is_ok()`: the Result holding the guard is a temporary too.
  if (
    inResult &&
    node.parent?.type === 'field_expression' &&
    /^(unwrap|expect)$/.test(field(node.parent, 'field')?.text ?? '')
  )
    return value;
  const name = cx.temp(inResult ? 'locked' : isBorrow(value.type) ? 'borrowed' : 'guard');
  cx.pre.push(ts`const ${name} = ${value.code};`);
  if (inResult) cx.use('rs');
  cx.post.unshift(inResult ? ts`rs.drop(${name});` : ts`${name}.drop();`);
  return { code: ts`${name}`, type: value.type };
}

/** Moved into a call's parameter, a variable, or out of the block as its value (returned too): the new owner unlocks. */
function movedOut(cx: RustContext, node: Node): boolean {
  const parent = node.parent;
  if (parent?.type === 'return_expression' || parent?.type === 'block') return true;
  if (parent?.type === 'assignment_expression') return field(parent, 'right')?.id === node.id;
  // Format arguments are borrowed.
  return parent?.type === 'arguments' && !cx.macros.isMacroArguments(parent);
}

/**
 * A channel handle made for one method call (`tx.clone().send(1)`, `weak.upgrade().is_some()`)
 * is a temporary: Rust drops it at the end of the statement, which may close the channel.
 */
function handleTemporary(cx: RustContext, node: Node, value: Typed): Typed {
  const handle = value.type.kind === 'option' ? value.type.elem : value.type;
  if (node.type !== 'call_expression' || !isHandle(handle) || node.parent?.type !== 'field_expression') return value;
  const callee = field(node, 'function');
  const made = (callee && field(callee, 'field')?.text) ?? '';
  const used = field(node.parent, 'field')?.text ?? '';
  const borrows = value.type.kind === 'option' ? /^is_(some|none)$/.test(used) : !/^(into_|clone$)|_owned$/.test(used);
  if (!/^(clone|upgrade)$/.test(made) || !borrows || node.parent.parent?.type !== 'call_expression') return value;
  const name = cx.temp('temporary');
  cx.pre.push(ts`const ${name} = ${value.code};`);
  cx.post.push(ts`${name}${value.type.kind === 'option' ? '?' : ''}.drop();`);
  return { code: ts`${name}`, type: value.type };
}

/** The expression's translation by its kind, in the visitor table. */
function visit(cx: RustContext, node: Node): Typed {
  const visitor = cx.visitors.expressionKinds[node.type];
  return visitor ? visitor(cx, node) : cx.unsupported(node);
}

/** An expression of operators and literals, whose unsuffixed literals take the type Rust expects of it. */
/** `s.parse()`, `s.parse()?`, `s.parse().map_err(..)?`: Rust infers the parsed type from where the value goes. */
const PARSED_VALUE_KEPT = /^(unwrap|expect|map_err|unwrap_or|unwrap_or_else|unwrap_or_default|ok)$/;

function isParse(node: Node): boolean {
  const inner = node.type === 'try_expression' ? valuesOf(node)[0] : node;
  if (inner?.type !== 'call_expression') return false;
  const callee = field(inner, 'function');
  if (callee?.type !== 'field_expression') return false;
  const method = field(callee, 'field')?.text;
  if (method === 'parse') return true;
  return PARSED_VALUE_KEPT.test(method ?? '') && isParse(field(callee, 'value')!);
}

function isArithmetic(node: Node): boolean {
  return ['binary_expression', 'parenthesized_expression', 'unary_expression', 'integer_literal'].includes(node.type);
}

export function integerLiteral(cx: RustContext, node: Node): Typed {
  const suffix = numericSuffix(node.text);
  const inferred =
    node.parent && (isArithmetic(node.parent) || node.parent.type === 'array_expression') ? cx.literalType : null;
  const type: RustType = suffix?.startsWith('f') ? FLOAT : suffix ? cx.items.intType(suffix) : (inferred ?? I32);
  return numberLiteral(cx, node, type);
}

export function floatLiteral(cx: RustContext, node: Node): Typed {
  return numberLiteral(cx, node, FLOAT);
}

function numberLiteral(cx: RustContext, node: Node, type: RustType): Typed {
  const text = numericText(node.text);
  if (!isNumberText(text)) return cx.unsupported(node, `number ${node.text}`);
  return { code: isWide(type) ? ts`${text}n` : ts`${text}`, type };
}

/** String literals, raw ones among them; a byte string (`b"hi"`) is its bytes. */
export function stringLiteral(_cx: RustContext, node: Node): Typed {
  if (node.text.startsWith('b')) {
    const bytes = [...decodeRustString(node.text)].map((c) => String(c.codePointAt(0)));
    return { code: ts`[${bytes.join(', ')}]`, type: vec({ kind: 'int', name: 'u8' }) };
  }
  return { code: ts`${JSON.stringify(decodeRustString(node.text))}`, type: STRING };
}

export function charLiteral(_cx: RustContext, node: Node): Typed {
  // `b'0'` is the byte 48, a u8.
  if (node.text.startsWith('b'))
    return { code: ts`${String(decodeRustChar(node.text).codePointAt(0))}`, type: { kind: 'int', name: 'u8' } };
  return { code: ts`${JSON.stringify(decodeRustChar(node.text))}`, type: CHAR };
}

export function booleanLiteral(_cx: RustContext, node: Node): Typed {
  return { code: ts`${node.text}`, type: BOOL };
}

/** `-1` in a pattern. */
export function negativeLiteral(_cx: RustContext, node: Node): Typed {
  return { code: ts`${node.text.replace(/\s+/g, '')}`, type: I32 };
}

/** `()` */
export function unitExpression(): Typed {
  return { code: ts`null`, type: UNIT };
}

export function selfExpression(cx: RustContext): Typed {
  const self = cx.scope.lookup('self');
  // `self: &Arc<Self>` clones as an Arc.
  const type = self && isNamed(self.type, 'Arc') ? self.type : (cx.selfValue ?? named(cx.selfType ?? 'Self'));
  return { code: ts`${self?.tsName ?? 'this'}`, type };
}

export function parenthesized(cx: RustContext, node: Node): Typed {
  const inner = expr(cx, valuesOf(node)[0]!);
  return { code: ts`(${inner.code})`, type: inner.type };
}

export function tupleExpression(cx: RustContext, node: Node): Typed {
  // `let pair: (&str, fn(&[i64]) -> String) = ("sum", |v| ..)`: each item gets its part of the declared type.
  const wanted = expectedHere(cx, node);
  const parts = wanted?.kind === 'tuple' ? wanted.items : [];
  const items = valuesOf(node).map((k, i) => exprWithExpected(cx, k, known(parts[i])));
  return {
    code: ts`[${join(
      items.map((i) => i.code),
      ', ',
    )}]`,
    type: tuple(items.map((i) => i.type)),
  };
}

/** `&x` and `&mut x` are `x`: JavaScript passes objects by reference (numbers and strings to `&mut` parameters: see arguments). */
export function reference(cx: RustContext, node: Node): Typed {
  return expr(cx, field(node, 'value') ?? valuesOf(node)[valuesOf(node).length - 1]!);
}

/** `f::<T>` as a value: the turbofish matters only to calls. */
export function genericFunction(cx: RustContext, node: Node): Typed {
  return expr(cx, field(node, 'function')!);
}

export function identifier(cx: RustContext, node: Node): Typed {
  const name = node.text;
  if (name === 'None') return { code: ts`undefined`, type: option(UNKNOWN) };
  const local = cx.scope.lookup(name);
  if (local?.place) return { code: local.place.get, type: local.type, setter: local.place.set };
  if (local) return { code: ts`${local.tsName}`, type: local.type };
  const struct = cx.items.structs.get(name);
  // `Logger` as a value is the unit struct's one value.
  if (struct)
    return { code: struct.fields.length ? ts`${className(name)}` : ts`new ${className(name)}()`, type: named(name) };
  // A constant declared further down keeps its name.
  const constant = cx.items.constants.get(name);
  if (constant) return { code: ts`${name}`, type: constant };
  const imported = floatConstant(cx.items.aliases.get(name)?.split('::') ?? []);
  if (imported) return imported;
  // `Frozen` after `use Event::*`: the unit variant.
  const owner = cx.items.variantImports.get(name);
  if (owner) return { code: ts`{ kind: '${name}' }`, type: named(owner) };
  return { code: ts`${safeName(camelCase(name))}`, type: UNKNOWN };
}

/** `Cmd::Quit`, `i32::MAX`, `Duration::from_secs` (as a value), `Self::new`. */
export function path(cx: RustContext, node: Node): Typed {
  const segments = node.text.split('::');
  const last = segments[segments.length - 1]!;
  const owner =
    segments[segments.length - 2] === 'Self' ? (cx.selfType ?? 'Self') : (segments[segments.length - 2] ?? '');
  const e = cx.items.enums.get(owner);
  if (e?.variants.has(last)) return { code: ts`{ kind: '${last}' }`, type: named(owner) };
  if (/^[iu](8|16|32|64|128|size)$/.test(owner) && (last === 'MAX' || last === 'MIN')) {
    const type = cx.items.intType(owner);
    return { code: ts`${isWide(type) ? wideLimit(owner, last) : intLimit(owner, last)}`, type };
  }
  if (owner === 'f64' && last in FLOAT_CONSTANTS) return { code: ts`${FLOAT_CONSTANTS[last]!}`, type: FLOAT };
  const mathConstant = floatConstant(segments);
  if (mathConstant) return mathConstant;
  const errorValue = runtimeErrorValue(cx, segments);
  if (errorValue) return errorValue;
  if (owner === 'MissedTickBehavior') {
    cx.use('MissedTickBehavior');
    return { code: ts`MissedTickBehavior.${last}`, type: named('MissedTickBehavior') };
  }
  if (owner === 'ExitCode' && (last === 'SUCCESS' || last === 'FAILURE')) {
    cx.use('rs');
    return { code: ts`rs.ExitCode.${last}`, type: named('ExitCode') };
  }
  if (owner === 'Duration' && last === 'ZERO') {
    cx.use('Duration');
    return { code: ts`Duration.ZERO`, type: named('Duration') };
  }
  // usize::MAX >> 3 is beyond a JavaScript number's exact integers.
  if (owner === 'Semaphore' && last === 'MAX_PERMITS') return cx.unsupported(node, 'Semaphore::MAX_PERMITS');
  if (owner === 'Ordering' && last in ORDERINGS) return { code: ts`${ORDERINGS[last]!}`, type: named('Ordering') };
  if (ATOMIC_ORDERINGS.has(last) && (owner === 'Ordering' || segments.length === 1))
    return { code: ts`'${last}'`, type: named('AtomicOrdering') };
  if (last === 'None') return { code: ts`undefined`, type: option(UNKNOWN) };
  const polled = pollPath(cx, segments);
  if (polled) return polled;
  const fn = pathFunction(cx.items, segments);
  if (fn) {
    cx.use(fn.uses.split('.')[0]!);
    return { code: ts`${fn.name}`, type: UNKNOWN };
  }
  if (cx.items.methods.get(owner)?.has(last) || cx.items.structs.has(owner)) {
    const isStatic = cx.items.methods.get(owner)?.get(last)?.self === null;
    return { code: ts`${className(owner)}.${isStatic ? staticName(last) : safeName(camelCase(last))}`, type: UNKNOWN };
  }
  const fnValue = functionPathValue(cx, node, segments);
  if (fnValue) return fnValue;
  if (cx.items.functions.has(last)) return identifier(cx, field(node, 'name')!);
  return { code: ts`${safeName(camelCase(last))}`, type: UNKNOWN };
}

/** `f64::NAN` and f64's other constants. */
const FLOAT_CONSTANTS: Record<string, string> = {
  MAX: 'Number.MAX_VALUE',
  MIN: '-Number.MAX_VALUE',
  NAN: 'NaN',
  INFINITY: 'Infinity',
  NEG_INFINITY: '-Infinity',
  EPSILON: 'Number.EPSILON',
  MIN_POSITIVE: '2.2250738585072014e-308',
};

/** std::f64::consts: `PI` after `use std::f64::consts::PI`, `consts::TAU`, `std::f64::consts::E`. */
const MATH_CONSTANTS: Record<string, string> = {
  PI: 'Math.PI',
  TAU: '(2 * Math.PI)',
  E: 'Math.E',
  SQRT_2: 'Math.SQRT2',
  FRAC_1_SQRT_2: 'Math.SQRT1_2',
  LN_2: 'Math.LN2',
  LN_10: 'Math.LN10',
  LOG2_E: 'Math.LOG2E',
  LOG10_E: 'Math.LOG10E',
  FRAC_PI_2: '(Math.PI / 2)',
  FRAC_PI_3: '(Math.PI / 3)',
  FRAC_PI_4: '(Math.PI / 4)',
  FRAC_PI_6: '(Math.PI / 6)',
  FRAC_PI_8: '(Math.PI / 8)',
  FRAC_1_PI: '(1 / Math.PI)',
  FRAC_2_PI: '(2 / Math.PI)',
};

export function floatConstant(resolved: string[]): Typed | null {
  const name = resolved[resolved.length - 1]!;
  if (resolved[resolved.length - 2] !== 'consts' || !(name in MATH_CONSTANTS)) return null;
  return { code: ts`${MATH_CONSTANTS[name]!}`, type: FLOAT };
}

/** std::sync::atomic::Ordering's variants, which the runtime's atomics take as strings. */
const ATOMIC_ORDERINGS = new Set(['Relaxed', 'Release', 'Acquire', 'AcqRel', 'SeqCst']);

/** The unit variants of the runtime's error enums, by the module that defines them (a module-less name is mpsc's). */
const ERROR_VALUES: Record<string, Record<string, string[]>> = {
  mpsc: { TryRecvError: ['Empty', 'Disconnected'], TryAcquireError: ['Closed', 'NoPermits'] },
  oneshot: { TryRecvError: ['Empty', 'Closed'] },
  broadcast: { TryRecvError: ['Empty', 'Closed'], RecvError: ['Closed'] },
  std: { TryRecvError: ['Empty', 'Disconnected'], RecvTimeoutError: ['Timeout', 'Disconnected'] },
};

/** `TryRecvError::Empty`, `oneshot::error::TryRecvError::Closed`, `RecvTimeoutError::Timeout`...: the runtime's error values. */
function runtimeErrorValue(cx: RustContext, segments: string[]): Typed | null {
  const owner = segments[segments.length - 2] ?? '';
  const variant = segments[segments.length - 1]!;
  const written = [...segments.slice(0, -2), cx.items.aliases.get(segments[0]!) ?? ''].join('::');
  const module =
    ['oneshot', 'broadcast', 'std'].find((m) => new RegExp(`\\b${m}\\b`).test(written)) ??
    (owner === 'RecvTimeoutError' ? 'std' : 'mpsc');
  if (!ERROR_VALUES[module]![owner]?.includes(variant)) return null;
  if (module === 'mpsc') {
    cx.use(owner);
    return { code: ts`${owner}.${variant}`, type: named(owner) };
  }
  cx.use(module);
  return { code: ts`${module}.${owner}.${variant}`, type: named(owner) };
}

export function arrayExpression(cx: RustContext, node: Node): Typed {
  const items = valuesOf(node);
  if (node.text.includes(';') && items.length === 2) {
    const [value, count] = items.map((k) => expr(cx, k));
    return {
      code: ts`Array.from({ length: ${count!.code} }, () => ${repeated(cx, value!.code)})`,
      type: vec(value!.type),
    };
  }
  // `let stats: Vec<(&str, Stat)> = vec![..]`: the declared element type is every element's.
  const wanted = expectedHere(cx, node);
  const elem = wanted?.kind === 'vec' ? known(wanted.elem) : null;
  // The first element's integer type is every element's (`[5u64, 1 << 35]`).
  const first = items[0] ? exprWithExpected(cx, items[0], elem) : null;
  const literalType = first?.type.kind === 'int' ? first.type : cx.literalType;
  const values = first
    ? [first, ...cx.with({ literalType }, () => items.slice(1).map((k) => exprWithExpected(cx, k, elem)))]
    : [];
  const type = vec(values[0]?.type ?? UNKNOWN);
  const text = tsType(type);
  // TypeScript reads `[["a", 1]]` as (string | number)[][] and enum literals as plain objects: say what it holds.
  const firstType = first?.type;
  const cast =
    firstType && (firstType.kind === 'tuple' || containsEnum(firstType, cx.items)) && text
      ? typeOnly(` as ${text}`)
      : '';
  return {
    code: ts`[${join(
      values.map((v) => v.code),
      ', ',
    )}]${cast}`,
    type,
  };
}

/** The type the value of `node` goes to, when the caller said (a declared `let`, a field, an argument). */
export function expectedHere(cx: RustContext, node: Node): RustType | null {
  return cx.expectedType?.node === node.id ? cx.expectedType.type : null;
}

/**
 * The part of a declared type an item is translated against. Integers are left to the literal's
 * own type, as before: a `u64` inside a tuple as a bigint would meet locals inferred as numbers.
 */
function known(t: RustType | undefined): RustType | null {
  return t && t.kind !== 'unknown' && t.kind !== 'int' ? t : null;
}

/** The value `vec![v; n]` repeats, made again for each element; one that awaits is computed once, before. */
function repeated(cx: RustContext, value: Code): Code {
  if (!/\bawait\b/.test(value.toString())) return arrowBody(value);
  const name = cx.temp('repeated');
  cx.hoist(ts`const ${name} = ${value};`);
  return ts`${name}`;
}

export function awaitExpression(cx: RustContext, node: Node): Typed {
  const inner = valuesOf(node)[0]!;
  if (cx.fn?.sync) return cx.unsupported(node, '.await in fmt');
  cx.awaits();
  const value = expr(cx, inner);
  // An async block is a function here: awaiting it runs it.
  if (value.type.kind === 'named' && value.type.name === 'AsyncFn')
    return { code: ts`await ${grouped(value.code)}()`, type: value.type.args[0] ?? UNKNOWN };
  const awaited = settlesAtOnce(value.type)
    ? cx.awaitOperation(binaryOperand(value.code))
    : hasOutcome(value.type)
      ? cx.awaitOutcome(binaryOperand(value.code))
      : ts`await ${binaryOperand(value.code)}`;
  return { code: awaited, type: awaitedType(value.type) };
}

/** A runtime operation's future: its result at once when it completes at once, else a promise. */
function settlesAtOnce(t: RustType): boolean {
  return t.kind === 'named' && t.settlesAtOnce === true;
}

/** A runtime thenable whose `outcome()` gives its result at once when ready (oneshot receivers, join handles). */
function hasOutcome(t: RustType): boolean {
  return t.kind === 'named' && (t.name === 'oneshot.Receiver' || t.name === 'JoinHandle');
}

/** `expr?`: an Err (or None) returns from the function at once, hoisted before the statement. */
export function tryExpression(cx: RustContext, node: Node): Typed {
  // `write!(f, "[")?;` in a Display `fmt` that writes in pieces: the text goes on the rest.
  if (cx.displayBuffer && isWrite(valuesOf(node)[0])) {
    const piece = cx.with({ displayBuffer: null }, () => expr(cx, valuesOf(node)[0]!));
    return { code: ts`${cx.displayBuffer} += ${piece.code}`, type: UNIT };
  }
  const value = expr(cx, valuesOf(node)[0]!);
  const name = cx.temp('checked');
  cx.pre.push(ts`const ${name} = ${value.code};`);
  if (value.type.kind === 'option') {
    cx.pre.push(ts`if (${name} === undefined) return undefined;`);
    return { code: ts`${name}`, type: value.type.elem };
  }
  const converted = boxedError(cx, value.type, ts`${name}.error`) ?? convertedError(cx, value.type, ts`${name}.error`);
  cx.pre.push(ts`if (${name}.isErr()) return ${converted ? ts`new Err(${converted})` : name};`);
  return { code: ts`${name}.value`, type: value.type.kind === 'result' ? value.type.ok : UNKNOWN, slot: value.slot };
}

/**
 * `?` from a Result whose error is an enum with `impl Display` into a function returning
 * `Result<_, Box<dyn Error>>`: the error boxed with its fmt and source (`rs.boxError(e, fmt, source)`).
 */
function boxedError(cx: RustContext, checked: RustType, error: Code): Code | null {
  const target = cx.fn?.result;
  if (checked.kind !== 'result' || target?.kind !== 'result' || !isNamed(target.err, 'DynError')) return null;
  const e = checked.err;
  if (e.kind !== 'named' || !cx.items.enums.has(e.name) || !cx.items.displays.has(e.name)) return null;
  cx.use('rs');
  cx.use('Err');
  const source = cx.items.methods.get(e.name)?.has('source') ? `, ${enumMethodName(e.name, 'source')}` : '';
  return ts`rs.boxError(${error}, ${enumMethodName(e.name, 'fmt')}${source})`;
}

/**
 * `?` from a Result whose error has an `impl From<ThatError> for E` into a function returning
 * `Result<_, E>` (E an enum): the error converted by that from (`appErrorFrom(e)`).
 */
function convertedError(cx: RustContext, checked: RustType, error: Code): Code | null {
  const target = cx.fn?.result;
  if (checked.kind !== 'result' || target?.kind !== 'result' || target.err.kind !== 'named') return null;
  const into = target.err.name;
  const from = cx.items.methods.get(into)?.get('from');
  const source = from?.params[0]?.type;
  if (!cx.items.enums.has(into) || source?.kind !== 'named' || !isNamed(checked.err, source.name)) return null;
  cx.use('Err');
  return ts`${enumMethodName(into, 'from')}(${error})`;
}

export function structExpression(cx: RustContext, node: Node): Typed {
  const nameNode = field(node, 'name')!;
  const name = nameNode.text.split('::').pop()!;
  const owner =
    nameNode.text.split('::').slice(-2)[0] === 'Self' ? (cx.selfType ?? '') : nameNode.text.split('::').slice(-2)[0]!;
  const body = field(node, 'body')!;
  const variant = nameNode.text.includes('::') ? cx.items.enums.get(owner)?.variants.get(name) : undefined;
  const structName = name === 'Self' ? (cx.selfType ?? name) : name;
  const declared = variant?.fields ?? cx.items.structs.get(structName)?.fields ?? [];
  const entries: Code[] = [];
  let base: Code | null = null;
  for (const f of kids(body)) {
    if (f.type === 'shorthand_field_initializer') {
      const value = identifier(cx, valuesOf(f)[0] ?? f);
      const fieldName = propertyName(f.text);
      entries.push(value.code.toString() === fieldName ? ts`${fieldName}` : ts`${fieldName}: ${value.code}`);
    } else if (f.type === 'field_initializer') {
      const fieldName = propertyName(field(f, 'field')!.text);
      const expected = declared.find((d) => d.name === fieldName)?.type ?? null;
      const value = exprWithExpected(cx, field(f, 'value')!, expected).code;
      entries.push(value.toString() === fieldName ? ts`${fieldName}` : ts`${fieldName}: ${value}`);
    } else if (f.type === 'base_field_initializer') {
      base = exprWithExpected(cx, valuesOf(f)[0]!, named(structName)).code;
    }
  }
  if (variant)
    return { code: ts`{ kind: '${name}'${entries.length ? ', ' : ''}${join(entries, ', ')} }`, type: named(owner) };
  const spread = base ? ts`...${base}, ` : '';
  return { code: ts`new ${className(structName)}({ ${spread}${join(entries, ', ')} })`, type: named(structName) };
}

/** `u64::MAX` and the like as bigints. */
function wideLimit(type: string, which: string): string {
  const bits = BigInt(type.slice(1));
  if (type.startsWith('u')) return which === 'MIN' ? '0n' : `${2n ** bits - 1n}n`;
  return which === 'MIN' ? `${-(2n ** (bits - 1n))}n` : `${2n ** (bits - 1n) - 1n}n`;
}

function intLimit(type: string, which: string): string {
  const bits = type.endsWith('size') ? 64 : Number(type.slice(1));
  // u64::MAX is 2^64 - 1, which a number holds as 2^64 (printed as u64::MAX); u128's is kept to what a number holds exactly.
  if (type.startsWith('u'))
    return which === 'MIN'
      ? '0'
      : bits === 64
        ? '18446744073709551615'
        : bits > 53
          ? 'Number.MAX_SAFE_INTEGER'
          : String(2 ** bits - 1);
  if (bits >= 53) return which === 'MIN' ? 'Number.MIN_SAFE_INTEGER' : 'Number.MAX_SAFE_INTEGER';
  return which === 'MIN' ? String(-(2 ** (bits - 1))) : String(2 ** (bits - 1) - 1);
}
