// Composite literals, and values placed where a type is expected:
//   Point{X: 1}           -> new Point({ X: 1 })
//   struct{ A int }{1}    -> { A: 1 }                      (fields in declaration order)
//   map[string]int{"a": 1} -> new Map<string, number>([['a', 1]])
//   []int{1, 2}           -> [1, 2]                        ([3]int{1} -> [1, 0, 0]; [3]int{2: 5} -> [0, 0, 5])
//   map[Point]int{}       -> new ValueMap<Point, number>()  (struct and array keys equal by value)
//   Box[int]{}            -> new Box<number>()
//   pkg.T{A: 1}           -> { A: 1 }                      (a type the translator does not know)
//   sort.IntSlice{3, 1}   -> new sort.IntSlice([3, 1])     (a runtime class of a named slice type)
//   var s fmt.Stringer = Celsius(3) -> new CelsiusValue(3)  (a named number's methods, in an interface)
//   p := q (a struct)     -> const p = q.clone()           (Go copies struct values; arrays: q.slice())
//   return nil (a slice)  -> return [] as T[]
//   var x any = &T{}      -> ref(new T())                  (*T and T differ in an interface)
import { join, ts, typeOnly, type Code } from '../emit/code.js';
import { field, kids, operatorOf, type Node } from '../syntax.js';
import { represented } from './big-integers.js';
import type { GoContext, Typed } from './context.js';
import { parseType } from './declarations.js';
import { goIntLiteral } from './literals.js';
import { propertyName, typeName } from './names.js';
import { camelCase, namedSliceElement } from './stdlib.js';
import {
  classZeros,
  derefType,
  fieldName,
  elementSlotOf,
  isComplex,
  keySlotOf,
  requiredFields,
  resolve,
  tsType,
  tsTypeOrNull,
  UNKNOWN,
  zeroValue,
  type GoType,
} from './types.js';
import { copyIfStruct, emptySlice, inInterface, newMap, nilableType, storeNil } from './values.js';

export function compositeLiteral(cx: GoContext, node: Node): Typed {
  const typeNode = field(node, 'type');
  const body = field(node, 'body')!;
  const parsed = typeNode ? parseType(typeNode) : UNKNOWN;
  const type = parsed.kind === 'array' && parsed.length === '...' ? { ...parsed, length: literalLength(body) } : parsed;
  // `time.Time{}`, `sync.Mutex{}`: a runtime type's zero value; `sync.Pool{New: f}`: its fields, camelCase.
  if (type.kind === 'named' && type.name.includes('.')) {
    const elem = namedSliceElement(type.name);
    if (elem)
      return { code: ts`new ${tsType(type, cx.decls)}(${literalValue(cx, body, { kind: 'slice', elem })})`, type };
    if (kids(body).length === 0) return { code: ts`${zeroValue(type, cx.decls)}`, type };
    return { code: runtimeClassLiteral(cx, body, type), type };
  }
  return { code: literalValue(cx, body, type), type };
}

/** The length of `[...]T{...}`: one past the last index its elements take. */
function literalLength(body: Node): string {
  let next = 0;
  let length = 0;
  for (const e of kids(body)) {
    const key = e.type === 'keyed_element' ? kids(e)[0] : null;
    const index = key && (kids(key)[0] ?? key);
    if (index?.type === 'int_literal') next = Number(goIntLiteral(index.text));
    length = Math.max(length, ++next);
  }
  return String(length);
}

/** The `{...}` of a composite literal, of the given type. */
function literalValue(cx: GoContext, body: Node, type: GoType): Code {
  const t = resolve(type, cx.decls);
  const elements = kids(body);
  const placedOf = (n: Node, elemType: GoType): Typed => {
    const inner = n.type === 'literal_element' || n.type === 'keyed_element' ? kids(n)[0]! : n;
    if (inner.type === 'literal_value')
      return { code: literalValue(cx, inner, derefType(elemType)), type: elemType, maybeNil: false };
    return placedValue(cx, inner, elemType);
  };
  const valueOf = (n: Node, elemType: GoType): Code => placedOf(n, elemType).code;
  // An element that may be nil, or a zero one of a nilable type: the type's elements admit null (nil-slots.ts).
  const holdsNil = () => {
    if (t.kind === 'slice' || t.kind === 'array') storeNil(cx, elementSlotOf(t, cx.decls), t.elem);
    else if (t.kind === 'map') storeNil(cx, elementSlotOf(t, cx.decls), t.value);
  };
  const elementOf = (n: Node, elemType: GoType): Code => {
    const v = placedOf(n, elemType);
    if (v.maybeNil) holdsNil();
    return v.code;
  };
  if (t.kind === 'struct' && type.kind === 'named') {
    const given = new Set<string>();
    const entries = elements.map((e, i) => {
      if (e.type === 'keyed_element') {
        const [k, v] = kids(e);
        const f = t.fields.find((x) => x.name === k!.text);
        given.add(k!.text);
        return ts`${fieldName(cx.decls, k!.text)}: ${valueOf(v!, f?.type ?? UNKNOWN)}`;
      }
      const f = t.fields[i];
      if (f) given.add(f.name);
      return ts`${f ? fieldName(cx.decls, f.name) : `field${i}`}: ${valueOf(e, f?.type ?? UNKNOWN)}`;
    });
    // A generic struct's class takes the fields of a type parameter's type always: zero where the literal leaves them out.
    for (const f of requiredFields(type, cx.decls))
      if (!given.has(f.name)) entries.push(ts`${fieldName(cx.decls, f.name)}: ${zeroValue(f.type, cx.decls)}`);
    const name = ts`${typeName(type.name)}${typeOnly(type.args ? `<${type.args.map((a) => tsTypeOrNull(a, cx.decls)).join(', ')}>` : '')}`;
    const zeros = classZeros(type, cx.decls);
    return entries.length
      ? ts`new ${name}(${zeros}{ ${join(entries, ', ')} })`
      : ts`new ${name}(${zeros.replace(/, $/, '')})`;
  }
  if (t.kind === 'struct') {
    // An anonymous struct prints its fields in declaration order, whatever order the literal has.
    const keyed = elements.some((e) => e.type === 'keyed_element');
    const entries = t.fields.map((f, i) => {
      const element = keyed ? elements.find((e) => kids(e)[0]?.text === f.name) : elements[i];
      const valueNode = element && (keyed ? kids(element)[1] : element);
      return ts`${fieldName(cx.decls, f.name)}: ${valueNode ? valueOf(valueNode, f.type) : zeroValue(f.type, cx.decls)}`;
    });
    return entries.length ? ts`{ ${join(entries, ', ')} }` : ts`{}`;
  }
  if (t.kind === 'map') {
    const entries = elements.map((e) => {
      const [k, v] = kids(e);
      const key = placedOf(k!, t.key);
      if (key.maybeNil) storeNil(cx, keySlotOf(t, cx.decls), t.key);
      return ts`[${key.code}, ${elementOf(v!, t.value)}]`;
    });
    return newMap(cx, t, entries);
  }
  if ((t.kind === 'slice' || t.kind === 'array') && elements.some((e) => e.type === 'keyed_element'))
    return keyedElements(cx, body, t, elements, (n) => elementOf(n, t.elem));
  if (t.kind === 'slice' || t.kind === 'array') {
    const items = elements.map((e) => elementOf(e, t.elem));
    if (t.kind === 'array' && /^\d+$/.test(t.length) && items.length < Number(t.length)) {
      if (nilableType(cx, t.elem)) holdsNil();
      const fill = Array.from({ length: Number(t.length) - items.length }, () => zeroValue(t.elem, cx.decls));
      return ts`[${join([...items, ...fill], ', ')}]`;
    }
    if (items.length) return ts`[${join(items, ', ')}]`;
    return t.kind === 'slice' ? emptySlice(cx, t) : ts`[]${typeOnly(` as ${tsType(t, cx.decls)}`)}`;
  }
  return unknownTypeLiteral(elements, (n) => valueOf(n, UNKNOWN));
}

/**
 * `[5]int{100, 3: 400}` -> `[100, 0, 0, 400, 0]`: an element goes at its index, or after the
 * one before; the rest are zero. The indices must be integer literals here.
 */
function keyedElements(
  cx: GoContext,
  body: Node,
  t: Extract<GoType, { kind: 'slice' | 'array' }>,
  elements: Node[],
  valueOf: (n: Node) => Code,
): Code {
  const placed = new Map<number, Code>();
  let next = 0;
  for (const e of elements) {
    const [key, value] = e.type === 'keyed_element' ? kids(e) : [null, e];
    const keyNode = key && (kids(key)[0] ?? key);
    if (keyNode && keyNode.type !== 'int_literal')
      return cx.unsupported(body, 'a keyed array or slice literal whose index is not an integer literal');
    if (keyNode) next = Number(goIntLiteral(keyNode.text));
    placed.set(next++, valueOf(value!));
  }
  const length = t.kind === 'array' && /^\d+$/.test(t.length) ? Number(t.length) : Math.max(...placed.keys()) + 1;
  const zero = zeroValue(t.elem, cx.decls);
  if (placed.size < length) storeNil(cx, elementSlotOf(t, cx.decls), t.elem);
  return ts`[${join(
    Array.from({ length }, (_, i) => placed.get(i) ?? ts`${zero}`),
    ', ',
  )}]`;
}

/**
 * A literal of a type the translator does not know (another package's, a generic one): an
 * object for `{Name: v}`, a Map for other keys, an array for values alone.
 */
function unknownTypeLiteral(elements: Node[], valueOf: (n: Node) => Code): Code {
  if (elements.length === 0) return ts`{  }`;
  const pairs = elements.map((e) => (e.type === 'keyed_element' ? kids(e) : null));
  if (pairs.some((p) => p === null))
    return ts`[${join(
      elements.map((e, i) => valueOf(pairs[i]?.[1] ?? e)),
      ', ',
    )}]`;
  const entries = pairs as Node[][];
  if (entries.every(([k]) => kids(k!)[0]?.type === 'identifier'))
    return ts`{ ${join(
      entries.map(([k, v]) => ts`${propertyName(k!.text)}: ${valueOf(v!)}`),
      ', ',
    )} }`;
  return ts`new Map([${join(
    entries.map(([k, v]) => ts`[${valueOf(k!)}, ${valueOf(v!)}]`),
    ', ',
  )}])`;
}

/** A value placed where `expected` is wanted: struct values copy, nested literals get their type. */
export function valueFor(cx: GoContext, node: Node, expected: GoType): Code {
  return placedValue(cx, node, expected).code;
}

/** `valueFor`, with whether the value may be nil (its type `expected`, or the value's own where nothing is expected). */
export function placedValue(cx: GoContext, node: Node, expected: GoType): Typed {
  const made = (code: Code): Typed => ({ code, type: expected, maybeNil: false });
  if (node.type === 'literal_value') return made(literalValue(cx, node, expected));
  // A nil slice is an empty array (len 0, prints as []).
  if (node.type === 'nil' && resolve(expected, cx.decls).kind === 'slice' && !cx.scope.lookup('nil'))
    return made(ts`[]${typeOnly(` as ${tsType(expected, cx.decls)}`)}`);
  if (resolve(expected, cx.decls).kind === 'interface' && isAddressOfLiteral(node)) {
    // In an interface the dynamic type *T differs from T (%T, type switches): mark it.
    cx.use('ref');
    return made(ts`ref(${cx.expr(node).code})`);
  }
  if (resolve(expected, cx.decls).kind === 'interface' && node.type === 'composite_literal') {
    const literal = cx.expr(node);
    return made(inInterface(cx, literal.code, literal.type));
  }
  if (
    node.type === 'unary_expression' &&
    operatorOf(node) === '&' &&
    field(node, 'operand')?.type === 'literal_value'
  ) {
    return made(literalValue(cx, field(node, 'operand')!, derefType(expected)));
  }
  const v = cx.expr(node, expected);
  const type = expected.kind === 'unknown' ? v.type : expected;
  const maybeNil = v.maybeNil ?? false;
  const big = represented(cx, node, v, expected);
  if (big !== v.code) return { code: big, type, maybeNil };
  // A number constant where a complex is wanted (`var c complex128 = 1`).
  if (v.type.kind === 'untyped' && !isComplex(v.type) && isComplex(resolve(expected, cx.decls)))
    return { code: ts`cmplx.complex(${v.code}, 0)`, type, maybeNil: false };
  if (resolve(expected, cx.decls).kind === 'interface')
    return { code: inInterface(cx, copyIfStruct(cx, v.code, v.type, node), v.type), type, maybeNil };
  return { code: copyIfStruct(cx, v.code, v.type, node), type, maybeNil };
}

function isAddressOfLiteral(node: Node): boolean {
  return (
    node.type === 'unary_expression' && operatorOf(node) === '&' && field(node, 'operand')?.type === 'composite_literal'
  );
}

/** `sync.Pool{New: f}` -> `new sync.Pool({ new: f })`: a runtime class takes Go's fields by their camelCase names. */
function runtimeClassLiteral(cx: GoContext, body: Node, type: GoType): Code {
  const entries = kids(body)
    .filter((e) => e.type === 'keyed_element')
    .map((e) => {
      const [key, value] = kids(e).map((k) => (k.type === 'literal_element' ? kids(k)[0]! : k));
      return ts`${propertyName(camelCase(key!.text))}: ${cx.value(value!, UNKNOWN)}`;
    });
  return ts`new ${tsType(type, cx.decls)}({ ${join(entries, ', ')} })`;
}
