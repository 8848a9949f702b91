// Composite literals, and values placed where a type is expected:
//   Point{X: 1}           -> new Point({ X: 1 })
//   struct{ A int }{1}    -> { A: 1 }                      (fields in declaration order)
//   map[string]int{"a": 1} -> new Map<string, number>([['a', 1]])
//   []int{1, 2}           -> [1, 2]                        ([3]int{1} -> [1, 0, 0])
//   pkg.T{A: 1}, G[int]{1} -> { A: 1 }, [1]                (a type the translator does not know)
//   p := q (a struct)     -> const p = q.clone()           (Go copies struct values)
//   var x any = &T{}      -> ref(new T())                  (*T and T differ in an interface)
import { join, ts, typeOnly, type Code } from '../emit/code.js';
import { field, kids, operatorOf, type Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { parseType } from './declarations.js';
import { quote } from './literals.js';
import { propertyName, typeName } from './names.js';
import { derefType, describeType, resolve, tsType, UNKNOWN, zeroValue, type GoType } from './types.js';
import { copyIfStruct, newMap } from './values.js';

export function compositeLiteral(cx: GoContext, node: Node): Typed {
  const typeNode = field(node, 'type');
  const type = typeNode ? parseType(typeNode) : UNKNOWN;
  return { code: literalValue(cx, field(node, 'body')!, type), type };
}

/** The `{...}` of a composite literal, of the given type. */
function literalValue(cx: GoContext, body: Node, type: GoType): Code {
  const t = resolve(type, cx.decls);
  const elements = kids(body);
  const valueOf = (n: Node, elemType: GoType): Code => {
    const inner = n.type === 'literal_element' || n.type === 'keyed_element' ? kids(n)[0]! : n;
    if (inner.type === 'literal_value') return literalValue(cx, inner, derefType(elemType));
    return valueFor(cx, inner, elemType);
  };
  if (t.kind === 'struct' && type.kind === 'named') {
    const entries = elements.map((e, i) => {
      if (e.type === 'keyed_element') {
        const [k, v] = kids(e);
        const f = t.fields.find((x) => x.name === k!.text);
        return ts`${propertyName(k!.text)}: ${valueOf(v!, f?.type ?? UNKNOWN)}`;
      }
      const f = t.fields[i];
      return ts`${f ? propertyName(f.name) : `field${i}`}: ${valueOf(e, f?.type ?? UNKNOWN)}`;
    });
    const name = typeName(type.name);
    return entries.length ? ts`new ${name}({ ${join(entries, ', ')} })` : ts`new ${name}()`;
  }
  if (t.kind === 'struct') {
    // An anonymous struct prints its fields in declaration order, whatever order the literal has.
    const keyed = elements.some((e) => e.type === 'keyed_element');
    const entries = t.fields.map((f, i) => {
      const element = keyed ? elements.find((e) => kids(e)[0]?.text === f.name) : elements[i];
      const valueNode = element && (keyed ? kids(element)[1] : element);
      return ts`${propertyName(f.name)}: ${valueNode ? valueOf(valueNode, f.type) : zeroValue(f.type, cx.decls)}`;
    });
    return entries.length ? ts`{ ${join(entries, ', ')} }` : ts`{}`;
  }
  if (t.kind === 'map') {
    const entries = elements.map((e) => {
      const [k, v] = kids(e);
      return ts`[${valueOf(k!, t.key)}, ${valueOf(v!, t.value)}]`;
    });
    return newMap(t, entries);
  }
  if (t.kind === 'slice' || t.kind === 'array') {
    const items = elements.map((e) => valueOf(e, t.elem));
    if (t.kind === 'array' && /^\d+$/.test(t.length) && items.length < Number(t.length)) {
      const fill = Array.from({ length: Number(t.length) - items.length }, () => zeroValue(t.elem, cx.decls));
      return ts`[${join([...items, ...fill], ', ')}]`;
    }
    return items.length ? ts`[${join(items, ', ')}]` : ts`[]${typeOnly(` as ${tsType(t)}`)}`;
  }
  return unknownTypeLiteral(elements, (n) => valueOf(n, UNKNOWN));
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
  if (node.type === 'literal_value') return literalValue(cx, node, expected);
  if (resolve(expected, cx.decls).kind === 'interface' && isAddressOfLiteral(node)) {
    // In an interface the dynamic type *T differs from T (%T, type switches): mark it.
    cx.use('ref');
    return ts`ref(${cx.expr(node).code})`;
  }
  if (resolve(expected, cx.decls).kind === 'interface' && node.type === 'composite_literal') {
    const literal = cx.expr(node);
    const kind = resolve(literal.type, cx.decls).kind;
    if (kind === 'map' || kind === 'slice') {
      cx.use('withType');
      return ts`withType(${literal.code}, ${quote(describeType(literal.type, true))})`;
    }
    return literal.code;
  }
  if (
    node.type === 'unary_expression' &&
    operatorOf(node) === '&' &&
    field(node, 'operand')?.type === 'literal_value'
  ) {
    return literalValue(cx, field(node, 'operand')!, derefType(expected));
  }
  const v = cx.expr(node, expected);
  return copyIfStruct(cx, v.code, v.type, node);
}

function isAddressOfLiteral(node: Node): boolean {
  return (
    node.type === 'unary_expression' && operatorOf(node) === '&' && field(node, 'operand')?.type === 'composite_literal'
  );
}
