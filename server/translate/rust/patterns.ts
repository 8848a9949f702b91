// Refutable patterns (match arms, if let, while let, let else, matches!, select! branches) as a
// test of the matched value and the names it binds, read through accessors of it.
//   match cmd { Cmd::Get { key, resp } => .., Cmd::Stop => .. }
//   -> if (cmd.kind === 'Get') { const key = cmd.key; const resp = cmd.resp; .. } else { .. }
//   if let Some(v) = rx.recv().await { .. }
//   -> const value1 = await rx.recv(); if (value1 !== undefined) { const v = value1; .. }
import { join, ts, type Code } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { PatternBinding, RustContext } from './context.js';
import { patternParts, valuesOf } from './facts.js';
import { propertyName } from './names.js';
import { ORDERINGS, UNKNOWN, USIZE, type RustType } from './types.js';

/** The test that `subject` matches `pattern`, and what the pattern binds (as accessors of subject). */
export function patternTest(
  cx: RustContext,
  pattern: Node,
  subject: string,
  type: RustType,
): { condition: Code; bindings: PatternBinding[] } {
  if (pattern.hasError) return { condition: cx.syntaxError(pattern).code, bindings: [] };
  const conditions: Code[] = [];
  const bindings: PatternBinding[] = [];
  collectPattern(cx, pattern, subject, type, conditions, bindings);
  return { condition: conditions.length ? join(conditions, ' && ') : ts`true`, bindings };
}

function collectPattern(
  cx: RustContext,
  pattern: Node,
  subject: string,
  type: RustType,
  conditions: Code[],
  bindings: PatternBinding[],
): void {
  if (pattern.text === '_' || pattern.text === '..') return;
  if (pattern.type === 'match_pattern') {
    const inner = valuesOf(pattern)[0];
    if (inner) collectPattern(cx, inner, subject, type, conditions, bindings);
    return;
  }
  switch (pattern.type) {
    case '_':
    case 'remaining_field_pattern':
      return;
    case 'identifier': {
      if (pattern.text === '_') return;
      if (pattern.text === 'None') {
        conditions.push(ts`${subject} === undefined`);
        return;
      }
      const variant = unitVariant(cx, pattern.text, type);
      if (variant) {
        conditions.push(ts`${subject}.kind === '${variant}'`);
        return;
      }
      bindings.push({ name: pattern.text, node: pattern, accessor: subject, type });
      return;
    }
    case 'mut_pattern':
    case 'ref_pattern':
    case 'reference_pattern':
      collectPattern(
        cx,
        valuesOf(pattern).find((k) => k.type !== 'mutable_specifier')!,
        subject,
        type,
        conditions,
        bindings,
      );
      return;
    case 'captured_pattern': {
      const [name, inner] = valuesOf(pattern);
      if (inner) collectPattern(cx, inner, subject, type, conditions, bindings);
      if (name) bindings.push({ name: name.text, node: name, accessor: subject, type });
      return;
    }
    case 'integer_literal':
    case 'float_literal':
    case 'string_literal':
    case 'char_literal':
    case 'boolean_literal':
    case 'negative_literal':
    case 'raw_string_literal':
      conditions.push(ts`${subject} === ${cx.expr(pattern).code}`);
      return;
    case 'range_pattern': {
      const left = field(pattern, 'left');
      const right = field(pattern, 'right');
      const inclusive = pattern.text.includes('..=');
      if (left) conditions.push(ts`${subject} >= ${cx.expr(left).code}`);
      if (right) conditions.push(ts`${subject} ${inclusive ? '<=' : '<'} ${cx.expr(right).code}`);
      return;
    }
    case 'or_pattern': {
      const alternatives = valuesOf(pattern).map((alt) => {
        const c: Code[] = [];
        collectPattern(cx, alt, subject, type, c, bindings);
        return c.length ? join(c, ' && ') : ts`true`;
      });
      conditions.push(ts`(${join(alternatives, ' || ')})`);
      return;
    }
    case 'tuple_pattern': {
      const parts = patternParts(pattern);
      // `h @ (80..=100)`: parentheses around one pattern, not a tuple.
      if (parts.length === 1 && !pattern.text.includes(',')) {
        collectPattern(cx, parts[0]!, subject, type, conditions, bindings);
        return;
      }
      const items = type.kind === 'tuple' ? type.items : [];
      parts.forEach((k, i) => collectPattern(cx, k, `${subject}[${i}]`, items[i] ?? UNKNOWN, conditions, bindings));
      return;
    }
    case 'scoped_identifier': {
      const variant = field(pattern, 'name')?.text ?? pattern.text;
      if (isOrdering(cx, type) && variant in ORDERINGS) {
        conditions.push(ts`${subject} === ${ORDERINGS[variant]!}`);
        return;
      }
      conditions.push(ts`${subject}.kind === '${variant}'`);
      return;
    }
    case 'tuple_struct_pattern':
      tupleStructPattern(cx, pattern, subject, type, conditions, bindings);
      return;
    case 'struct_pattern':
      structPattern(cx, pattern, subject, type, conditions, bindings);
      return;
    case 'slice_pattern':
      slicePattern(cx, pattern, subject, type, conditions, bindings);
      return;
    default:
      conditions.push(cx.unsupported(pattern, pattern.type.replace(/_/g, ' ')).code);
  }
}

/**
 * `[first, .., last]`, `[a, b, rest @ ..]`: a length test, the parts before the rest by index,
 * those after it from the end, and the rest as a slice.
 *   [first, .., last]  -> v.length >= 2 && ..; first = v[0], last = v[v.length - 1]
 */
function slicePattern(
  cx: RustContext,
  pattern: Node,
  subject: string,
  type: RustType,
  conditions: Code[],
  bindings: PatternBinding[],
): void {
  const parts = patternParts(pattern);
  const elem = type.kind === 'vec' ? type.elem : UNKNOWN;
  const isRest = (p: Node) => p.type === 'remaining_field_pattern' || p.text === '..';
  const restAt = parts.findIndex((p) => isRest(p) || (p.type === 'captured_pattern' && isRest(valuesOf(p)[1] ?? p)));
  const fixed = parts.length - (restAt < 0 ? 0 : 1);
  conditions.push(ts`${subject}.length ${restAt < 0 ? '===' : '>='} ${String(fixed)}`);
  parts.forEach((part, i) => {
    if (i !== restAt) {
      const at = restAt < 0 || i < restAt ? String(i) : `${subject}.length - ${parts.length - i}`;
      collectPattern(cx, part, `${subject}[${at}]`, elem, conditions, bindings);
      return;
    }
    const name = part.type === 'captured_pattern' ? valuesOf(part)[0] : null;
    if (!name) return;
    const after = parts.length - 1 - i;
    const accessor = `${subject}.slice(${i}${after ? `, ${subject}.length - ${after}` : ''})`;
    bindings.push({ name: name.text, node: name, accessor, type: type.kind === 'vec' ? type : UNKNOWN });
  });
}

function unitVariant(cx: RustContext, name: string, type: RustType): string | null {
  const owner = type.kind === 'named' ? type.name : cx.items.variantImports.get(name);
  const e = cx.items.enums.get(owner ?? '');
  return e?.variants.get(name)?.shape === 'unit' ? name : null;
}

function tupleStructPattern(
  cx: RustContext,
  pattern: Node,
  subject: string,
  type: RustType,
  conditions: Code[],
  bindings: PatternBinding[],
): void {
  const typeNode = field(pattern, 'type')!;
  const name = typeNode.text.split('::').pop()!;
  const parts = patternParts(pattern).filter((k) => k.id !== typeNode.id);
  const one = parts[0];
  switch (name) {
    case 'Some':
      conditions.push(ts`${subject} !== undefined`);
      if (one) collectPattern(cx, one, subject, type.kind === 'option' ? type.elem : UNKNOWN, conditions, bindings);
      return;
    case 'Ok':
      conditions.push(ts`${subject}.isOk()`);
      if (one)
        collectPattern(cx, one, `${subject}.value`, type.kind === 'result' ? type.ok : UNKNOWN, conditions, bindings);
      return;
    case 'Err':
      conditions.push(ts`${subject}.isErr()`);
      if (one)
        collectPattern(cx, one, `${subject}.error`, type.kind === 'result' ? type.err : UNKNOWN, conditions, bindings);
      return;
  }
  // `Entry::Occupied(mut e)` / `Entry::Vacant(e)` of `map.entry(k)`: e is the entry itself.
  if ((name === 'Occupied' || name === 'Vacant') && type.kind === 'named' && type.name === 'Entry') {
    conditions.push(ts`${subject}.kind === '${name}'`);
    if (one) collectPattern(cx, one, subject, type, conditions, bindings);
    return;
  }
  const variant = variantOf(cx, typeNode, type, name);
  if (!variant) {
    // The runtime's error values: `SendError(v)`, `TrySendError::Full(v)`, `RecvError::Lagged(n)`; `Reverse(v)`.
    if (name !== 'SendError' && name !== 'Reverse') conditions.push(ts`${subject}.kind === '${name}'`);
    // What an error value hands back is its type argument: `SendTimeoutError<Reading>` gives a Reading.
    const carried = type.kind === 'named' ? (type.args[0] ?? UNKNOWN) : UNKNOWN;
    if (one)
      collectPattern(
        cx,
        one,
        `${subject}.${name === 'Lagged' ? 'skipped' : 'value'}`,
        name === 'Lagged' ? USIZE : carried,
        conditions,
        bindings,
      );
    return;
  }
  conditions.push(ts`${subject}.kind === '${name}'`);
  parts.forEach((p, i) =>
    collectPattern(cx, p, `${subject}[${i}]`, variant.fields[i]?.type ?? UNKNOWN, conditions, bindings),
  );
}

function variantOf(cx: RustContext, typeNode: Node, type: RustType, name: string) {
  const enumName = typeNode.text.includes('::')
    ? typeNode.text.split('::').slice(-2)[0]!
    : type.kind === 'named'
      ? type.name
      : (cx.items.variantImports.get(name) ?? '');
  const e =
    cx.items.enums.get(enumName === 'Self' ? (cx.selfType ?? '') : enumName) ??
    (type.kind === 'named' ? cx.items.enums.get(type.name) : undefined);
  return e?.variants.get(name) ?? null;
}

function structPattern(
  cx: RustContext,
  pattern: Node,
  subject: string,
  type: RustType,
  conditions: Code[],
  bindings: PatternBinding[],
): void {
  const typeNode = field(pattern, 'type')!;
  const name = typeNode.text.split('::').pop()!;
  const variant = variantOf(cx, typeNode, type, name);
  const struct = cx.items.structs.get(name === 'Self' ? (cx.selfType ?? '') : name);
  if (variant) conditions.push(ts`${subject}.kind === '${name}'`);
  const fieldsOf = variant?.fields ?? struct?.fields ?? [];
  for (const fp of kids(pattern).filter((k) => k.type === 'field_pattern')) {
    const fieldName = field(fp, 'name')!;
    const fieldType = fieldsOf.find((f) => f.name === propertyName(fieldName.text))?.type ?? UNKNOWN;
    const accessor = `${subject}.${propertyName(fieldName.text)}`;
    const sub = field(fp, 'pattern');
    if (sub) collectPattern(cx, sub, accessor, fieldType, conditions, bindings);
    else bindings.push({ name: fieldName.text, node: fieldName, accessor, type: fieldType });
  }
}

/** A std::cmp::Ordering, which is a number here (a program's own `enum Ordering` is an enum). */
function isOrdering(cx: RustContext, type: RustType): boolean {
  return type.kind === 'named' && type.name === 'Ordering' && !cx.items.enums.has('Ordering');
}
