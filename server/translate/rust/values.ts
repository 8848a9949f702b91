// Facts about translated values and their Rust types that several constructs share: how a
// value reads before `.`, as an operand or a statement, whether it can be assigned, how it
// reads through a guard, compared, annotated, defaulted.
import { Code, ts, typeOnly } from '../emit/code.js';
import { atomicValue, newAtomic } from './atomics.js';
import type { RustContext, Sink, Typed } from './context.js';
import type { Items } from './items.js';
import { camelCase, className, isIdentifier, propertyName } from './names.js';
import {
  defaultValueText,
  isNamed,
  named,
  namedParts,
  option,
  PLAIN_TYPE_NAMES,
  result,
  RUNTIME_CLASSES,
  substitute,
  tsType,
  tuple,
  TYPE_NAMES,
  TYPE_NAMESPACES,
  UNKNOWN,
  vec,
  type RustType,
} from './types.js';
import { isWide } from './wide-integers.js';

/** An expression used before `.` or `[`: grouped, and `7` too (`7.x` reads as a number). */
export function operand(code: Code): Code {
  return /^\d+$/.test(code.toString()) ? ts`(${code})` : grouped(code);
}

/** An expression in parentheses where it binds less tightly than `.` or `**`: `await x`, `!x`, `-x`, `a * b`, conditionals, arrows. */
export function grouped(code: Code): Code {
  const text = code.toString();
  const needs = /^(await |!|-|typeof |new [^(]*\([^)]*\)\s*\S)|\?.*:/.test(text) || hasTopLevelSpace(text);
  return needs && !/^\(.*\)$/.test(text) ? ts`(${code})` : code;
}

/** An operand of a binary operator: a conditional or an arrow function binds less tightly, so it takes parentheses. */
export function binaryOperand(code: Code): Code {
  const text = code.toString();
  return hasTopLevel(text, ' ? ') || hasTopLevel(text, ' => ') ? ts`(${code})` : code;
}

/** Whether an expression's text has a space outside brackets and strings (an operator at its top level). */
export function hasTopLevelSpace(text: string): boolean {
  return hasTopLevel(text, ' ');
}

/** Whether `token` occurs in an expression's text outside brackets and strings. */
function hasTopLevel(text: string, token: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (depth === 0 && text.startsWith(token, i)) return true;
  }
  return false;
}

/** Whether a translated place can stand left of `=` in JavaScript: a name or a member (`a.b`, `a[i]`); not a call, a literal or an operation. */
export function isAssignable(code: Code): boolean {
  const text = code.toString().replace(/!$/, '');
  if (isIdentifier(text)) return !['null', 'true', 'false', 'this', 'undefined'].includes(text);
  return (
    !hasTopLevelSpace(text) &&
    !text.includes('?.') &&
    /^[\p{ID_Start}$_(]/u.test(text) &&
    /(\.[\p{ID_Start}$_][\p{ID_Continue}$]*|\])$/u.test(text)
  );
}

/** How to store a value where a translated value lives (a variable, a member, a map's slot); null for a temporary. */
export function storeInto(value: Typed): ((v: Code) => Code) | null {
  const setter = value.setter ?? value.slot?.set;
  if (setter) return setter;
  return isAssignable(value.code) ? (v: Code) => ts`${value.code} = ${v}` : null;
}

/** An arrow function's body or a statement: an object literal (an enum value) in parentheses, as `{` would open a block. */
export function arrowBody(code: Code): Code {
  return code.toString().startsWith('{') ? ts`(${code})` : code;
}

/** Guards and borrows whose value is `.value`: a lock guard, `get_mut()`, a watch `Ref` kept by `let`. */
const HOLDERS = new Set([
  'MutexGuard',
  'MappedMutexGuard',
  'MutexValue',
  'watch.Ref',
  'RwLockReadGuard',
  'RwLockWriteGuard',
  'RefCell',
  'rs.UnsafePointer',
  'rs.RefCell',
  'rs.CellRef',
  'rs.CellRefMut',
]);

/** `*guard` reads the value a lock guard (or a borrow, or an Arc of a plain value) holds; other derefs are no-ops here. */
export function deref(value: Typed): Typed {
  if (isArcOfPlain(value.type)) return { code: ts`${operand(value.code)}.value`, type: value.type.args[0]! };
  if (value.type.kind === 'named' && HOLDERS.has(value.type.name))
    return { code: ts`${operand(value.code)}.value`, type: value.type.args[0] ?? UNKNOWN };
  // `&*pair` of an `Arc<(Mutex<bool>, Condvar)>`: the value the Arc shares, which is the same object here.
  if (value.type.kind === 'named' && value.type.name === 'Arc')
    return { code: value.code, type: value.type.args[0] ?? UNKNOWN };
  return value;
}

/** Method calls and field reads go through a guard to the value it holds. */
export function autoDeref(value: Typed): Typed {
  if (isArcOfPlain(value.type)) return deref(value);
  if (value.type.kind === 'named' && value.type.name === 'Arc')
    return autoDeref({ code: value.code, type: value.type.args[0] ?? UNKNOWN });
  return deref(value);
}

/** `==` as Rust means it: only plain values (numbers, strings, their Options) compare with `===`; the rest by value. */
export function equality(cx: RustContext, left: Typed, right: Typed, negate: boolean): Code {
  if (isPlain(left.type) || isPlain(right.type)) return ts`${left.code} ${negate ? '!==' : '==='} ${right.code}`;
  cx.use('rs');
  return ts`${negate ? '!' : ''}rs.eq(${left.code}, ${right.code})`;
}

/** `Arc<u32>`, `Arc<()>`: an Arc the runtime boxes (`rs.arcValue`), as plain values cannot be counted. */
export function isArcOfPlain(type: RustType): type is { kind: 'named'; name: 'Arc'; args: RustType[] } {
  return type.kind === 'named' && type.name === 'Arc' && type.args[0] !== undefined && isPlain(type.args[0]);
}

/** A type whose values JavaScript's `===` compares as Rust's `==` does. */
export function isPlain(type: RustType): boolean {
  switch (type.kind) {
    case 'int':
    case 'float':
    case 'bool':
    case 'char':
    case 'string':
    case 'unit':
      return true;
    case 'option':
      return isPlain(type.elem);
    default:
      return false;
  }
}

export function annotation(type: RustType): Code {
  const t = tsType(type);
  return t && t !== 'void' ? typeOnly(`: ${t}`) : new Code();
}

/**
 * A type the translator worked out (the source did not write it here), as TypeScript, when
 * every name in it can be written where the code is: the program's own types, the type
 * parameters in scope and the runtime's types; null otherwise (`AsyncFn`, another function's `T`).
 */
export function writtenType(cx: RustContext, type: RustType): string | null {
  const text = tsType(type);
  if (text === null) return null;
  const inScope = new Set<string>();
  for (let fn = cx.fn; fn; fn = fn.outer) for (const p of fn.typeParameters ?? []) inScope.add(p);
  for (const p of cx.selfArgs) if (p.kind === 'named') inScope.add(p.name);
  const uses: string[] = [];
  for (const name of namedParts(type)) {
    const namespace = name.includes('.') ? name.split('.')[0]! : null;
    if (namespace) {
      if (!TYPE_NAMESPACES.has(namespace)) return null;
      uses.push(namespace);
    } else if (name === 'Ref' || (name === 'Arc' && /\brs\./.test(text))) uses.push('rs');
    else if (RUNTIME_CLASSES.has(name)) uses.push(name);
    else if (inScope.has(name)) continue;
    else if (cx.items.typeParameters.has(name)) return null;
    else if (
      !['Arc', 'Pinned', 'Error'].includes(name) &&
      !TYPE_NAMES.includes(name) &&
      !PLAIN_TYPE_NAMES.includes(name) &&
      !cx.items.structs.has(name) &&
      !cx.items.enums.has(name) &&
      !cx.items.typeAliases.has(name)
    )
      return null;
  }
  for (const name of uses) cx.use(name);
  return text;
}

/** `Default::default()` of a type: a struct's `default_()`, an enum's `#[default]` variant, an
 * atomic or a lock around its value's default, else the zero value. */
export function defaultOf(cx: Pick<RustContext, 'items' | 'use'>, type: RustType): string {
  // `T::default()` of a type parameter: nothing says which (rs.defaultOf, which generic arithmetic takes as zero).
  if (isTypeParameter(cx.items, type)) {
    cx.use('rs');
    return 'rs.defaultOf()';
  }
  if (type.kind === 'named') {
    if (cx.items.structs.get(type.name)?.derives.has('Default')) return `${className(type.name)}.default_()`;
    const variant = cx.items.enums.get(type.name)?.defaultVariant;
    if (variant) return `{ kind: '${variant}' }`;
    if (/^std\.Atomic/.test(type.name)) {
      cx.use('std');
      const zero = type.name === 'std.AtomicBool' ? 'false' : isWide(atomicValue(cx.items, type.name)) ? '0n' : '0';
      return newAtomic(cx.items, type.name, ts`${zero}`).toString();
    }
    if (/^(Mutex|StdMutex|RwLock|std\.RwLock)$/.test(type.name)) {
      cx.use(type.name.split('.')[0]!);
      return `new ${type.name}(${defaultOf(cx, type.args[0] ?? UNKNOWN)})`;
    }
  }
  // A BTreeSet, or a map or set keyed by tuples or structs, is the runtime's class.
  if (type.kind === 'map') return `new ${collectionClass(cx, 'map', type.key, type.sorted)}()`;
  if (type.kind === 'set') return `new ${collectionClass(cx, 'set', type.elem, type.sorted)}()`;
  return defaultValueText(type);
}

/** The function a method of an enum becomes: `Command::describe` is `commandDescribe(value)`. */
export function enumMethodName(enumName: string, method: string): string {
  return propertyName(
    `${camelCase(enumName.replace(/^./, (c) => c.toLowerCase()))}${camelCase(`_${method}`)
      .replace(/^_/, '')
      .replace(/^./, (c) => c.toUpperCase())}`,
  );
}

export function isRef(type: RustType | undefined | null): boolean {
  return type?.kind === 'named' && type.name === 'Ref';
}

/** Whether a type holds a Ref somewhere a function returns it (`Result<&mut u64, E>`). */
export function holdsRef(type: RustType): boolean {
  switch (type.kind) {
    case 'named':
      return type.name === 'Ref';
    case 'option':
      return holdsRef(type.elem);
    case 'result':
      return holdsRef(type.ok);
    default:
      return false;
  }
}

/** A signature's type with `Self` (`&Self`, `Vec<Self>`) as the type it belongs to. */
export function selfResult(type: RustType, owner: string, args: RustType[] = []): RustType {
  return substitute(type, new Map([['Self', named(owner, ...args)]]));
}

/** A channel endpoint of the runtime. */
export function isHandle(type: RustType | undefined): boolean {
  return type?.kind === 'named' && /^(mpsc|oneshot|broadcast|watch|std)\./.test(type.name);
}

export function isUnresolved(type: RustType): boolean {
  return (
    type.kind === 'unknown' ||
    (type.kind === 'option' && type.elem.kind === 'unknown') ||
    (type.kind === 'vec' && type.elem.kind === 'unknown')
  );
}

export function containsEnum(type: RustType, items: Items): boolean {
  switch (type.kind) {
    case 'named':
      return items.enums.has(type.name);
    case 'vec':
    case 'option':
      return containsEnum(type.elem, items);
    case 'tuple':
      return type.items.some((t) => containsEnum(t, items));
    case 'result':
      return containsEnum(type.ok, items) || containsEnum(type.err, items);
    default:
      return false;
  }
}

/** A value TypeScript widens where nothing says its type: a tuple (`[1, 'a']` reads as an array) or an enum variant (`kind: string`). */
export function isWidened(type: RustType, items: Items): boolean {
  return type.kind === 'tuple' || containsEnum(type, items);
}

/** A declared type with its `_` holes filled from the value's type (`let v: Vec<_> = ...collect()`). */
export function refine(declared: RustType, actual: RustType): RustType {
  if (declared.kind === 'unknown') return actual;
  if (declared.kind === 'vec' && actual.kind === 'vec') return vec(refine(declared.elem, actual.elem));
  if (declared.kind === 'option' && actual.kind === 'option') return option(refine(declared.elem, actual.elem));
  if (declared.kind === 'result' && actual.kind === 'result')
    return result(refine(declared.ok, actual.ok), refine(declared.err, actual.err));
  if (declared.kind === 'tuple' && actual.kind === 'tuple' && declared.items.length === actual.items.length) {
    return tuple(declared.items.map((d, i) => refine(d, actual.items[i]!)));
  }
  return declared;
}

/** A future's expression deferred as a function (`() => serve(conn)`), async where it awaits (`!flag.await` stays inside). */
export function deferred(code: Code): Code {
  return ts`${/\bawait\b/.test(code.toString()) ? 'async ' : ''}() => ${arrowBody(code)}`;
}

/** A future pinned where it is (`tokio::pin!`, `Box::pin`): one that runs only as it is polled; null for what is no future. */
export function pinnedFuture(cx: RustContext, value: Typed): Typed | null {
  const type = value.type;
  if (type.kind !== 'named' || (type.name !== 'AsyncFn' && type.name !== 'Future')) return null;
  cx.use('Future');
  const body = type.name === 'AsyncFn' ? value.code : deferred(value.code);
  return { code: ts`new Future(${body})`, type: named('Pinned', type.args[0] ?? UNKNOWN) };
}

/**
 * An async block where a Future is expected (`fn f() -> impl Future<Output = u64> { async move { .. } }`,
 * an `impl Future` argument): a Future that runs only when it is awaited, as Rust's does; null otherwise.
 */
export function blockAsFuture(cx: RustContext, value: Typed, expected: RustType | null | undefined): Typed | null {
  if (!expected || !isNamed(expected, 'Future') || !isNamed(value.type, 'AsyncFn')) return null;
  cx.use('Future');
  const output = (value.type as { args: RustType[] }).args[0] ?? UNKNOWN;
  return {
    code: ts`new Future(${value.code})`,
    type: named('Future', output.kind === 'unknown' ? ((expected as { args: RustType[] }).args[0] ?? UNKNOWN) : output),
  };
}

/** An expression as a statement: one that starts with `{` (an enum value) would read as a block. */
export function expressionStatement(value: Code): Code {
  return ts`${arrowBody(value)};`;
}

/** Hands a value to where a block's value goes. */
export function deliver(value: Code, sink: Sink): Code[] {
  switch (sink.kind) {
    case 'discard':
      return value.isEmpty ? [] : [expressionStatement(value)];
    case 'return':
      return [ts`return ${value};`];
    case 'assign':
      return [ts`${sink.target} = ${value};`];
  }
}

/** A struct of the program with `impl Drop`: dropping it runs its `drop(&mut self)`. */
export function hasDropImpl(items: Items, typeName: string): boolean {
  return items.structs.has(typeName) && !!items.methods.get(typeName)?.has('drop');
}

/** A type that names a type parameter (`T`, `V`) the program declares, and no struct, enum or trait of it. */
export function isTypeParameter(items: Items, type: RustType | undefined): boolean {
  if (type?.kind !== 'named' || type.args.length > 0 || !items.typeParameters.has(type.name)) return false;
  return !items.structs.has(type.name) && !items.enums.has(type.name) && !items.traits.has(type.name);
}

/**
 * The class a HashMap, HashSet, BTreeMap or BTreeSet is made with: JavaScript's own Map or Set
 * where keys are numbers or strings, which it compares as Rust does; else the runtime's, which
 * finds equal structs, tuples and enum values one key (`rs.HashMap`); a BTree's iterates in order.
 */
export function collectionClass(
  cx: { use(name: string): void },
  kind: 'map' | 'set',
  key: RustType,
  sorted: boolean,
): string {
  if (!sorted && isPlain(key)) return kind === 'map' ? 'Map' : 'Set';
  cx.use('rs');
  return `rs.${sorted ? 'BTree' : 'Hash'}${kind === 'map' ? 'Map' : 'Set'}`;
}
