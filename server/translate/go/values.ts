// Go's value semantics where they show in the TypeScript: zero values, struct copies, maps.
import { join, ts, typeOnly, type Code } from '../emit/code.js';
import { kids, operatorOf, type Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { interfaceBox } from './boxes.js';
import { quote } from './literals.js';
import { valueClassName } from './methods.js';
import { typeName } from './names.js';
import {
  fieldName,
  elementSlotOf,
  elementTsType,
  describeType,
  isComplex,
  isFloating,
  isNilable,
  keySlotOf,
  keysHoldNil,
  tsTypeOrNull,
  UNKNOWN,
  pointsToVariable,
  resolve,
  tsType,
  zeroValue,
  type Field,
  type GoType,
} from './types.js';

/** `[]T{}` or `make([]T, 0)`: an empty slice that, unlike the zero value `[]`, is not nil (runtime/src/fmt/nil-slices.ts). */
export function emptySlice(cx: GoContext, t: Extract<GoType, { kind: 'slice' }>): Code {
  cx.use('emptySlice');
  return ts`emptySlice${typeOnly(`<${elementTsType(t, cx.decls)}>`)}()`;
}

/**
 * Go's zero value: `null` for a nil pointer, channel, map, function or interface, where the
 * type written for it admits null (nil-slots.ts).
 */
export function zeroFor(cx: GoContext, type: GoType): Code {
  zeroArraysHoldNil(cx, type);
  const zero = zeroValue(type, cx.decls);
  if (type.kind === 'named' && cx.decls.admitsNumbersAndBigints(type.name))
    return ts`0${typeOnly(` as ${tsType(type, cx.decls)}`)}`;
  const typeParameter = type.kind === 'named' && cx.decls.typeParameterZero(type.name) === 'null';
  return zero === 'null' && typeParameter ? ts`null${typeOnly('!')}` : ts`${zero}`;
}

/**
 * A value that may be nil where Go needs one (`p.x`, `p.m()`, `*p`, `f()`): `p!`. Go panics
 * there on nil, and so does the JavaScript (a TypeError, which the runtime reports as Go's nil
 * pointer dereference); the `!` says so to TypeScript.
 */
export function nonNil(value: Typed): Typed {
  // An error is `GoError | null` wherever it is, unless a test before says otherwise.
  const mayBeNil = value.maybeNil === true || (isError(value.type) && !value.narrowed);
  return mayBeNil ? { ...value, code: ts`${value.code}${typeOnly('!')}`, maybeNil: false } : value;
}

/** A zero array of pointers (also inside an unnamed struct) holds nils: its type's elements admit null (nil-slots.ts). */
function zeroArraysHoldNil(cx: GoContext, type: GoType, depth = 0): void {
  const t = resolve(type, cx.decls);
  if (depth > 4) return;
  if (t.kind === 'array') {
    if (nilableType(cx, t.elem)) cx.decls.nil.store(elementSlotOf(t, cx.decls));
    zeroArraysHoldNil(cx, t.elem, depth + 1);
  } else if (t.kind === 'struct' && type.kind !== 'named') {
    for (const f of t.fields) zeroArraysHoldNil(cx, f.type, depth + 1);
  }
}

/**
 * A nil, or a value that may be nil, goes into a slot of this type (nil-slots.ts); an error's
 * type admits null wherever it is, and a type that cannot be nil has nothing to admit.
 */
export function storeNil(cx: GoContext, slot: string, type: GoType): void {
  if (!isError(type) && (type.kind === 'unknown' || nilableType(cx, type))) cx.decls.nil.store(slot);
}

/** Go's `error`, which TypeScript has as `GoError | null` wherever it is. */
export function isError(type: GoType): boolean {
  return type.kind === 'interface' && type.name === 'error';
}

/** Whether a value of this type may be nil, and TypeScript would see it: a pointer, channel, map, function or interface (not `any`, which admits null already). */
export function nilableType(cx: GoContext, type: GoType): boolean {
  const r = resolve(type, cx.decls);
  return isNilable(r) && r.kind !== 'unknown' && tsType(type, cx.decls) !== 'any';
}

/** Go copies struct and array values on assignment (`*p` too); a pointer or a fresh literal needs no copy. */
export function copyIfStruct(cx: GoContext, code: Code, type: GoType, node?: Node): Code {
  if (node && !PLACES.has(node.type) && !isDereference(node)) return code;
  // `*f()` where f turns out async: `(await f()).clone()`.
  const operand = node && isDereference(node) && !/^[\w$.]+$/.test(code.toString()) ? ts`(${code})` : code;
  return copyOf(cx, operand, type) ?? code;
}

/** Expressions that name a variable, whose struct value a copy must not share. */
const PLACES = new Set(['identifier', 'selector_expression', 'index_expression']);

/** `*p`, also in parentheses. */
export function isDereference(node: Node): boolean {
  while (node.type === 'parenthesized_expression') node = kids(node)[0]!;
  return node.type === 'unary_expression' && operatorOf(node) === '*';
}

/**
 * `s.clone()` for a struct, `a.slice()` for an array (`a.map((e) => e.clone())` of structs),
 * `{ ...s }` for an unnamed struct (`((s) => ({ ...s, at: s.at.clone() }))(v)` when a field needs
 * a copy of its own); null for a type Go does not copy deeper.
 */
export function copyOf(cx: GoContext, code: Code, type: GoType): Code | null {
  if (type.kind === 'named' && cx.decls.isStruct(type.name)) return ts`${code}.clone()`;
  const t = resolve(type, cx.decls);
  if (t.kind === 'struct' && type.kind !== 'named') return unnamedStructCopy(cx, code, t.fields);
  if (t.kind !== 'array') return null;
  const element = copyOf(cx, ts`e`, t.elem);
  return element ? ts`${code}.map((e) => ${element})` : ts`${code}.slice()`;
}

function unnamedStructCopy(cx: GoContext, code: Code, fields: Field[]): Code {
  const deeper = fields.flatMap((f) => {
    const copy = copyOf(cx, ts`s.${fieldName(cx.decls, f.name)}`, f.type);
    return copy ? [ts`${fieldName(cx.decls, f.name)}: ${copy}`] : [];
  });
  if (deeper.length === 0) return ts`{ ...${code} }`;
  return ts`((s) => ({ ...s, ${join(deeper, ', ')} }))(${code})`;
}

/** `new Map<K, V>()`, or with entries `[k, v]`; `new ValueMap<K, V>()` for struct, array or complex keys. */
export function newMap(cx: GoContext, t: Extract<GoType, { kind: 'map' }>, entries: Code[] = []): Code {
  const keyType = keysHoldNil(t, cx.decls) ? tsTypeOrNull(t.key, cx.decls) : tsType(t.key, cx.decls);
  const typeArgs = typeOnly(`<${keyType}, ${elementTsType(t, cx.decls)}>`);
  // Struct, array and complex keys are equal by value in Go: a ValueMap matches them so.
  const key = resolve(t.key, cx.decls);
  const map = key.kind === 'struct' || key.kind === 'array' || isComplex(key) ? 'ValueMap' : 'Map';
  if (map === 'ValueMap') cx.use('ValueMap');
  return entries.length ? ts`new ${map}${typeArgs}([${join(entries, ', ')}])` : ts`new ${map}${typeArgs}()`;
}

/** A key that may be nil used with a map: the map type's keys admit null (nil-slots.ts). */
export function mapKey(cx: GoContext, node: Node, map: GoType): Code {
  const r = resolve(map, cx.decls);
  if (r.kind !== 'map') return cx.value(node, UNKNOWN);
  const key = cx.placed(node, r.key);
  if (key.maybeNil) storeNil(cx, keySlotOf(r, cx.decls), r.key);
  return key.code;
}

/** `&x` where x is no struct or array (a variable, a field, an element): a `Ptr` that reads and writes it. */
export function pointerToVariable(cx: GoContext, place: Code): Code {
  cx.use('pointerTo');
  // The setter's parameter must not hide the variable (`&v` would assign v to itself).
  let param = 'v';
  while (new RegExp(`\\b${param}\\b`).test(place.toString())) param += '_';
  return ts`pointerTo(() => ${place}, (${param}) => (${place} = ${param}))`;
}

/**
 * A value going into an interface: a named non-struct type's is wrapped in the class that
 * carries its methods (`StateValue.of(s)`), a pointer to one too (`CounterValue.at(p)`); a
 * value whose Go type JavaScript would not tell is boxed (`box(r, 'int32')`: boxes.ts); a
 * pointer to a struct is marked as one (`ref(p, T)`: a nil one becomes T's nil pointer); a
 * slice, array or map records its Go type (`withType(s, '[]int')`).
 */
export function inInterface(cx: GoContext, value: Code, type: GoType): Code {
  const className = valueClassName(cx.decls, type);
  if (className) {
    // One box per integer, string or bool, for `==` (boxes.ts); a float's, a slice's... is new.
    const r = resolve(type, cx.decls);
    return r.kind === 'basic' && !isFloating(r) ? ts`${className}.of(${value})` : ts`new ${className}(${value})`;
  }
  const boxed = interfaceBox(cx.decls, type);
  if (boxed) {
    cx.use('box');
    const underlying = boxed.underlying === boxed.goType ? '' : `, ${quote(boxed.underlying)}`;
    return ts`box(${value}, ${quote(boxed.goType)}${underlying})`;
  }
  const container = resolve(type, cx.decls).kind;
  if (container === 'slice' || container === 'array' || container === 'map') {
    // The value does not tell its Go type (an empty []int, a [2]int): the interface records it.
    cx.use('withType');
    return ts`withType(${value}, ${quote(describeType(type, true))})`;
  }
  if (type.kind === 'pointer' && type.elem.kind === 'named' && cx.decls.isStruct(type.elem.name)) {
    // In an interface the dynamic type *T differs from T (%T, type switches): mark it.
    cx.use('ref');
    // A nil *T in an interface is no nil interface: it keeps its type and methods.
    const literal = value.toString().startsWith('new ');
    return literal ? ts`ref(${value})` : ts`ref(${value}, ${typeName(type.elem.name)})`;
  }
  if (type.kind !== 'pointer' || !pointsToVariable(type.elem, cx.decls)) return value;
  const pointee = valueClassName(cx.decls, type.elem);
  return pointee ? ts`${pointee}.at(${value})` : value;
}
