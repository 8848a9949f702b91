// Places: what can be read and assigned: fields, indexes (a checked read, where Rust panics
// past the end), slices, `*guard`, and a map's slot (`*map.entry(k).or_insert(0) += 1`,
// `*map.get_mut(&k).unwrap() += 1`).
//   v[i]                 -> rs.index(v, i, 'main.rs:3:5')
//   &v[1..3]             -> v.slice(1, 3)
//   *counts.entry(w).or_insert(0) += 1;
//   -> const key1 = w; if (!counts.has(key1)) counts.set(key1, 0); counts.set(key1, counts.get(key1)! + 1);
//   *scores.get_mut(&k).unwrap() += 1;
//   -> const key1 = k; const slot2 = unwrap(scores.get(key1), ..); scores.set(key1, slot2 + 1);
import { join, ts, typeOnly, type Code } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import { valuesOf } from './facts.js';
import { propertyName } from './names.js';
import { overloadedIndex } from './operator-traits.js';
import type { RustContext, Typed } from './context.js';
import { FLOAT, I32, STRING, tuple, UNKNOWN, type RustType } from './types.js';
import { userDeref } from './user-deref.js';
import { autoDeref, defaultOf, deref, isAssignable, isHandle, operand } from './values.js';

/**
 * An expression that is assigned to: `v[i]` is then a plain index, `*guard` the value it holds,
 * `(a, b)` an array of places; null for what JavaScript cannot assign (a call, a literal).
 */
export function place(cx: RustContext, node: Node): Typed | null {
  if (node.type === 'parenthesized_expression') return place(cx, valuesOf(node)[0]!);
  if (node.type === 'tuple_expression') return tuplePlace(cx, node);
  const value = placeValue(cx, node);
  return value.setter || isAssignable(value.code) ? value : null;
}

function placeValue(cx: RustContext, node: Node): Typed {
  if (node.type === 'index_expression') return cx.with({ indexingPlace: true }, () => cx.expr(node));
  if (node.type !== 'unary_expression' || !node.text.trimStart().startsWith('*')) return cx.expr(node);
  const inner = valuesOf(node)[0]!;
  const entry = entryOrInsert(cx, inner);
  if (entry) return entry;
  const value = deref(cx.expr(inner));
  if (!value.slot) return value;
  // `*map.get_mut(&k).unwrap() += 1`: the value is read once (Rust panics where it is missing), then written to the map.
  const read = cx.temp('slot');
  cx.hoist(ts`const ${read} = ${value.code};`);
  return { code: ts`${read}`, type: value.type, setter: value.slot.set };
}

/** `(a, b) = (b, a)`: each part a place JavaScript can assign. */
function tuplePlace(cx: RustContext, node: Node): Typed | null {
  const parts = valuesOf(node).map((part) => place(cx, part));
  if (parts.some((p) => !p || p.setter)) return null;
  return {
    code: ts`[${join(
      parts.map((p) => p!.code),
      ', ',
    )}]`,
    type: tuple(parts.map((p) => p!.type)),
  };
}

/** `*map.entry(k).or_insert(v)` as an assignable place: the value is inserted first. */
export function entryOrInsert(cx: RustContext, node: Node): Typed | null {
  if (node.type !== 'call_expression') return null;
  const fn = field(node, 'function');
  if (fn?.type !== 'field_expression' || !/^or_insert(_with)?$|^or_default$/.test(field(fn, 'field')?.text ?? ''))
    return null;
  const entryCall = field(fn, 'value');
  const entryFn = entryCall?.type === 'call_expression' ? field(entryCall, 'function') : null;
  if (entryFn?.type !== 'field_expression' || field(entryFn, 'field')?.text !== 'entry') return null;
  const map = autoDeref(cx.expr(field(entryFn, 'value')!));
  const key = cx.expr(valuesOf(field(entryCall!, 'arguments'))[0]!);
  const declared = map.type.kind === 'map' ? map.type.value : UNKNOWN;
  const valueType = declared.kind === 'unknown' ? updatedWith(cx, node) : declared;
  const orArg = valuesOf(field(node, 'arguments'))[0];
  const fallback =
    field(fn, 'field')?.text === 'or_default'
      ? ts`${defaultOf(cx, valueType)}`
      : field(fn, 'field')?.text === 'or_insert_with'
        ? ts`(${cx.expr(orArg!).code})()`
        : cx.expr(orArg!).code;
  const keyName = cx.temp('key');
  cx.pre.push(ts`const ${keyName} = ${key.code};`);
  cx.pre.push(ts`if (!${map.code}.has(${keyName})) ${map.code}.set(${keyName}, ${fallback});`);
  return {
    code: ts`${map.code}.get(${keyName})${typeOnly('!')}`,
    type: valueType,
    setter: (value: Code) => ts`${map.code}.set(${keyName}, ${value})`,
    mapSlot: { map: map.code, key: ts`${keyName}` },
  };
}

/** An untyped map's value from how it is updated: `*m.entry(w).or_default() += 1` counts, so its default is 0. */
function updatedWith(cx: RustContext, node: Node): RustType {
  const deref = node.parent?.type === 'unary_expression' ? node.parent : node;
  const update = deref.parent;
  if (update?.type !== 'compound_assignment_expr' || field(update, 'left')?.id !== deref.id) return UNKNOWN;
  const right = field(update, 'right');
  if (right?.type === 'integer_literal') return I32;
  if (right?.type === 'float_literal') return FLOAT;
  if (right?.type === 'string_literal') return STRING;
  return right?.type === 'identifier' ? (cx.scope.lookup(right.text)?.type ?? UNKNOWN) : UNKNOWN;
}

/** `v[a..b]`, `v[..n]`, `s[a..]`: a copy of the part (Rust borrows it). */
function slice(cx: RustContext, target: Typed, range: Node, node: Node): Typed {
  const { from, to } = rangeBounds(cx, range);
  if (target.type.kind === 'string') {
    cx.use('rs');
    const end = to ?? ts`undefined`;
    // Rust places a str slice's panic at the `[`.
    const at = cx.location(node.children.find((k) => k.type === '[') ?? node);
    return { code: ts`rs.strSlice(${target.code}, ${from}, ${end}, '${at}')`, type: target.type };
  }
  return { code: ts`${target.code}.slice(${from}${to ? ts`, ${to}` : ''})`, type: target.type };
}

/** A range as an index: tree-sitter-rust reads `..=b` as an assignment to `..`. */
export function isIndexRange(node: Node): boolean {
  return node.type === 'range_expression' || (node.type === 'assignment_expression' && node.text.startsWith('..='));
}

/** `a..b`, `a..=b`, `a..`, `..b`, `..` as an index range: where it starts, where it ends (exclusive; null: the end). */
export function rangeBounds(cx: Pick<RustContext, 'expr'>, range: Node): { from: Code; to: Code | null } {
  if (range.type === 'assignment_expression')
    return { from: ts`0`, to: ts`${cx.expr(field(range, 'right')!).code} + 1` };
  const start =
    field(range, 'start') ??
    (range.firstChild?.type !== '..' && range.firstChild?.type !== '..=' ? range.namedChildren[0] : null);
  const end =
    field(range, 'end') ??
    (range.lastChild?.type !== '..' ? range.namedChildren[range.namedChildren.length - 1] : null);
  const from = start && start !== end ? cx.expr(start).code : ts`0`;
  const to = end && (end.id !== start?.id || range.text.startsWith('..')) ? cx.expr(end).code : null;
  return { from, to: to && range.text.includes('..=') ? ts`${to} + 1` : to };
}

export function fieldAccess(cx: RustContext, node: Node): Typed {
  const target = cx.expr(field(node, 'value')!);
  target.code = operand(target.code);
  const name = propertyName(field(node, 'field')!.text);
  let base = autoDeref(target);
  // A field the type lacks is its Deref target's.
  for (
    let inner = userDeref(cx, base);
    inner && fieldType(cx, base.type, name).kind === 'unknown';
    inner = userDeref(cx, base)
  )
    base = autoDeref(inner);
  if (/^\d+$/.test(name) && base.type.kind === 'named' && !cx.items.structs.has(base.type.name)) {
    return { code: ts`${base.code}.value`, type: base.type.args[0] ?? UNKNOWN };
  }
  if (/^\d+$/.test(name) && dropsRest(node, base.type, Number(name))) {
    cx.use('rs');
    return { code: ts`rs.takeField(${base.code}, ${name})`, type: fieldOfTuple(base.type, name) };
  }
  if (/^\d+$/.test(name)) {
    return {
      code: ts`${base.code}[${name}]`,
      type: base.type.kind === 'named' ? fieldType(cx, base.type, name) : fieldOfTuple(base.type, name),
    };
  }
  return { code: ts`${base.code}.${name}`, type: fieldType(cx, base.type, name) };
}

function fieldOfTuple(type: RustType, name: string): RustType {
  return type.kind === 'tuple' ? (type.items[Number(name)] ?? UNKNOWN) : UNKNOWN;
}

/**
 * `broadcast::channel(8).0`: the tuple is a temporary, so Rust drops the receiver next to the
 * sender kept (which changes what `send` and `receiver_count` see).
 */
function dropsRest(node: Node, type: RustType, kept: number): boolean {
  if (field(node, 'value')?.type !== 'call_expression' || type.kind !== 'tuple') return false;
  return type.items.some((item, i) => i !== kept && isHandle(item));
}

function fieldType(cx: RustContext, type: RustType, name: string): RustType {
  if (type.kind !== 'named') return UNKNOWN;
  const s = cx.items.structs.get(type.name === 'Self' ? (cx.selfType ?? '') : type.name);
  return s?.fields.find((f) => f.name === name)?.type ?? UNKNOWN;
}

export function indexExpression(cx: RustContext, node: Node): Typed {
  const [target, index] = valuesOf(node);
  let t = autoDeref(cx.expr(target!));
  for (let inner = userDeref(cx, t); inner; inner = userDeref(cx, t)) t = autoDeref(inner);
  t.code = operand(t.code);
  if (isIndexRange(index!)) return slice(cx, t, index!, node);
  // `v[1]` of a type that implements Index: its `index`.
  const overloaded = cx.indexingPlace ? null : overloadedIndex(cx, t, index!);
  if (overloaded) return overloaded;
  const i = cx.expr(index!);
  if (t.type.kind === 'map') return { code: ts`${t.code}.get(${i.code})${typeOnly('!')}`, type: t.type.value };
  if (t.type.kind === 'vec' && !cx.indexingPlace) {
    // Rust panics on an index past the end, where JavaScript reads undefined.
    cx.use('rs');
    return { code: ts`rs.index(${t.code}, ${i.code}, '${cx.location(node)}')`, type: t.type.elem };
  }
  if (t.type.kind === 'vec' && /^[\w$.]+$/.test(t.code.toString()) && !t.code.toString().includes('..')) {
    // `v[i] = x`: Rust panics on an index past the end, where JavaScript would grow the array; it
    // places a write's panic at the `[`.
    cx.use('rs');
    const at = cx.location(node.children.find((k) => k.type === '[') ?? node);
    return { code: ts`${t.code}[rs.checkIndex(${t.code}, ${i.code}, '${at}')]`, type: t.type.elem };
  }
  return { code: ts`${t.code}[${i.code}]`, type: t.type.kind === 'vec' ? t.type.elem : UNKNOWN };
}
