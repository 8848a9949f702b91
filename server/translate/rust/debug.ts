// The Debug form of a value, for `{:?}` and assert_eq!: the runtime prints plain values as
// Rust does, but Options, floats, chars and tuples (also as fields) need their type said.
//   println!("{:?}", (1, Some(2.0)));
//   -> println("{:?}", [((t0) => tuple(t0[0], option(rs.mapOption(t0[1], (v) => f64(v)))))([1, 2.0])]);
import { join, ts, typeOnly, type Code } from '../emit/code.js';
import type { RustContext, Typed } from './context.js';
import { typeParameterNames } from './generics.js';
import type { Items, StructDecl } from './items.js';
import { substitute, tsType, UNKNOWN, type RustType } from './types.js';
import { enumMethodName, operand } from './values.js';

export function formatDebugValue(cx: RustContext, value: Typed): Code {
  return debugWrap(cx, value.code, value.type);
}

function debugWrap(cx: RustContext, code: Code, type: RustType, depth = 0): Code {
  switch (type.kind) {
    case 'named': {
      if (type.name === 'Ordering' && !cx.items.enums.has('Ordering')) {
        cx.use('rs');
        return ts`rs.ordering(${code})`;
      }
      // An enum with a hand-written `impl Debug`: the text its fmtDebug writes.
      if (hasOwnDebug(cx.items, type.name)) {
        cx.use('rs');
        return ts`rs.debugText(${enumMethodName(type.name, 'fmt_debug')}(${code}))`;
      }
      const fields = wrappedFieldsOf(cx.items, type.name, depth, type.args);
      if (!fields) return code;
      cx.use('rs');
      const table = Object.entries(fields).map(([variant, list]) => {
        const wrappers = list.map(
          (f) => ts`'${f.name}': (v${paramType(f.type)}) => ${debugWrap(cx, ts`v`, f.type, depth + 1)}`,
        );
        return ts`'${variant}': { ${join(wrappers, ', ')} }`;
      });
      return ts`rs.debugFields(${code}, { ${join(table, ', ')} })`;
    }
    case 'option': {
      cx.use('option');
      if (needsWrap(type.elem, cx.items)) {
        cx.use('rs');
        return ts`option(rs.mapOption(${code}, (v) => ${debugWrap(cx, ts`v`, type.elem, depth + 1)}))`;
      }
      return ts`option(${code})`;
    }
    case 'float':
      cx.use('f64');
      return ts`f64(${code})`;
    case 'char':
      cx.use('char');
      return ts`char(${code})`;
    case 'tuple': {
      cx.use('tuple');
      const name = `t${depth}`;
      if (/^[\w$.]+$/.test(code.toString()) || code.toString().startsWith('[')) {
        const items = type.items.map((item, i) => debugWrap(cx, ts`${code}[${String(i)}]`, item, depth + 1));
        if (code.toString().startsWith('['))
          return ts`((${name}${tupleParam(type)}) => tuple(${join(
            type.items.map((item, i) => debugWrap(cx, ts`${name}[${String(i)}]`, item, depth + 1)),
            ', ',
          )}))(${code})`;
        return ts`tuple(${join(items, ', ')})`;
      }
      return ts`((${name}) => tuple(${join(
        type.items.map((item, i) => debugWrap(cx, ts`${name}[${String(i)}]`, item, depth + 1)),
        ', ',
      )}))(${code})`;
    }
    case 'vec':
      if (!needsWrap(type.elem, cx.items)) return code;
      return ts`${operand(code)}.map((v${String(depth)}${paramType(type.elem)}) => ${debugWrap(cx, ts`v${String(depth)}`, type.elem, depth + 1)})`;
    case 'result': {
      const [ok, err] = [needsWrap(type.ok, cx.items), needsWrap(type.err, cx.items)];
      if (!ok && !err) return code;
      const v = `v${depth}`;
      const e = `e${depth}`;
      const mapOk = ok ? ts`.map((${v}) => ${debugWrap(cx, ts`${v}`, type.ok, depth + 1)})` : '';
      const mapErr = err ? ts`.mapErr((${e}) => ${debugWrap(cx, ts`${e}`, type.err, depth + 1)})` : '';
      return ts`${operand(code)}${mapOk}${mapErr}`;
    }
    case 'set':
      // Its items in its own order (a BTreeSet's sorted), each shown by its type.
      if (!needsWrap(type.elem, cx.items)) return code;
      return ts`new Set([...${code}].map((v${String(depth)}${paramType(type.elem)}) => ${debugWrap(cx, ts`v${String(depth)}`, type.elem, depth + 1)}))`;
    case 'map':
      if (!needsWrap(type.value, cx.items) && !needsWrap(type.key, cx.items)) return code;
      return ts`new Map([...${code}].map(([k${String(depth)}, v${String(depth)}]) => [${debugWrap(cx, ts`k${String(depth)}`, type.key, depth + 1)}, ${debugWrap(cx, ts`v${String(depth)}`, type.value, depth + 1)}]))`;
    default:
      return code;
  }
}

/**
 * The fields of a struct ('' key) or of each enum variant whose Debug needs wrapping (f64s,
 * Options, chars, tuples...), or null when none does. Recursive types stop at a few levels.
 */
function wrappedFieldsOf(
  items: Items,
  name: string,
  depth = 0,
  args: RustType[] = [],
): Record<string, { name: string; type: RustType }[]> | null {
  if (depth > 3) return null;
  const out: Record<string, { name: string; type: RustType }[]> = {};
  const struct = items.structs.get(name);
  if (struct) {
    // `Vec2<f64>`: the fields of type T are f64s.
    const fields = genericFields(struct, args);
    const wrapped = fields.filter((f) => needsWrap(f.type, items, depth + 1));
    if (wrapped.length) out[''] = wrapped;
  }
  for (const v of items.enums.get(name)?.variants.values() ?? []) {
    const wrapped = v.fields.filter((f) => needsWrap(f.type, items, depth + 1));
    if (wrapped.length) out[v.name] = wrapped;
  }
  return Object.keys(out).length ? out : null;
}

function needsWrap(type: RustType, items?: Items, depth = 0): boolean {
  switch (type.kind) {
    case 'named':
      if (type.name === 'Ordering') return !items?.enums.has('Ordering');
      if (items && hasOwnDebug(items, type.name)) return true;
      return !!items && wrappedFieldsOf(items, type.name, depth, type.args) !== null;
    case 'option':
    case 'float':
    case 'char':
    case 'tuple':
      return true;
    case 'vec':
      return needsWrap(type.elem, items);
    case 'result':
      return needsWrap(type.ok, items) || needsWrap(type.err, items);
    case 'map':
      return needsWrap(type.key, items) || needsWrap(type.value, items);
    default:
      return false;
  }
}

/** An enum whose Debug is a hand-written fmtDebug function (a class's is its own method). */
export function hasOwnDebug(items: Items, typeName: string): boolean {
  return items.enums.has(typeName) && items.debugs.has(typeName);
}

/** A tuple literal's type, which TypeScript would widen to an array (`[null, [1], ["a", 2.0]]`): `()` is null there. */
function tupleParam(type: RustType & { kind: 'tuple' }): Code {
  const items = type.items.map((item) => (item.kind === 'unit' ? 'null' : (tsType(item) ?? 'any')));
  return typeOnly(`: [${items.join(', ')}]`);
}

/** A parameter annotation for a wrapper callback (`: any` where the type has no TypeScript name). */
function paramType(type: RustType): Code {
  return typeOnly(`: ${tsType(type) ?? 'any'}`);
}

/** A struct's fields with the type arguments of a value in place of its type parameters. */
export function genericFields(struct: StructDecl, args: RustType[]): { name: string; type: RustType }[] {
  const params = typeParameterNames(struct.node);
  if (params.length === 0 || args.length === 0) return struct.fields;
  const bindings = new Map(params.map((p, i) => [p, args[i] ?? UNKNOWN]));
  return struct.fields.map((f) => ({ name: f.name, type: substitute(f.type, bindings) }));
}
