// Option (undefined or the value) and Result (the runtime's Ok/Err) methods.
//   opt.unwrap_or(0)         -> (opt ?? 0)
//   res.unwrap_or(0)         -> res.unwrapOr(0)
//   slot.take()              -> const taken1 = slot; slot = undefined; .. taken1
//   slot.get_or_insert_with(f) -> if (slot === undefined) slot = f(); .. slot
import { ts, typeOnly, type Code } from '../../emit/code.js';
import { argList, argument, methodNameNode, type Call } from './call.js';
import type { Typed } from '../context.js';
import { camelCase } from '../names.js';
import { BOOL, option, result, tsType, tuple, UNKNOWN } from '../types.js';
import { defaultOf, isWidened, storeInto } from '../values.js';

export function optionMethods(c: Call): Typed | null {
  const r = c.receiver;
  const elem = r.type.kind === 'option' ? r.type.elem : UNKNOWN;
  switch (c.method) {
    case 'unwrap':
      c.cx.use('unwrap');
      return {
        code: ts`unwrap(${r.code}, '${c.cx.location(methodNameNode(c))}')`,
        type: elem,
        slot: r.slot,
      };
    case 'expect':
      c.cx.use('expect');
      return {
        code: ts`expect(${r.code}, ${argument(c)}, '${c.cx.location(methodNameNode(c))}')`,
        type: elem,
      };
    case 'is_some':
      return { code: ts`${r.code} !== undefined`, type: BOOL };
    case 'is_none':
      return { code: ts`${r.code} === undefined`, type: BOOL };
    case 'unwrap_or':
      return { code: orValue(r.code, argument(c)), type: elem };
    case 'unwrap_or_default':
      return { code: orValue(r.code, ts`${defaultOf(c.cx, elem)}`), type: elem };
    case 'unwrap_or_else':
      return { code: orValue(r.code, ts`(${c.fn(0, [])})()`), type: elem };
    case 'map': {
      c.cx.use('rs');
      const f = c.cx.closure(c.argNodes[0]!, [elem]);
      return {
        code: ts`rs.mapOption(${r.code}, ${f.code})`,
        type: option(f.type.kind === 'fn' ? f.type.result : UNKNOWN),
      };
    }
    case 'ok_or': {
      c.cx.use('rs');
      const error = c.args()[0];
      // `ok_or(ParseError::Empty)`: TypeScript widens an enum literal, the Result's error type is the enum.
      const written =
        error && /^\{/.test(error.code.toString()) && isWidened(error.type, c.cx.items) ? tsType(error.type) : null;
      return {
        code: ts`rs.okOr(${r.code}, ${argList(c)}${typeOnly(written ? ` as ${written}` : '')})`,
        type: result(elem, error?.type ?? UNKNOWN),
        slot: r.slot,
      };
    }
    case 'take': {
      const name = c.cx.temp('taken');
      c.cx.hoist(ts`const ${name} = ${r.code};`);
      // Where it lives (`map.get_mut(&k).unwrap().take()` through the map); a temporary is just read.
      const clear = storeInto(r);
      if (clear) c.cx.hoist(ts`${clear(ts`undefined`)};`);
      return { code: ts`${name}`, type: r.type };
    }
    case 'replace': {
      const store = storeInto(r);
      if (!store) return null;
      const name = c.cx.temp('replaced');
      c.cx.hoist(ts`const ${name} = ${r.code};`);
      c.cx.hoist(ts`${store(argument(c))};`);
      return { code: ts`${name}`, type: r.type };
    }
    case 'insert':
    case 'get_or_insert':
    case 'get_or_insert_with': {
      // The value stays where it is (a `&mut` into the Option): read and written through it.
      const store = storeInto(r);
      if (!store) return null;
      const value = c.method === 'get_or_insert_with' ? ts`(${c.fn(0, [])})()` : argument(c);
      const set = store(value);
      c.cx.hoist(c.method === 'insert' ? ts`${set};` : ts`if (${r.code} === undefined) ${set};`);
      return { code: ts`${r.code}`, type: elem, slot: { get: r.code, set: store } };
    }
    case 'map_or': {
      c.cx.use('rs');
      const fallback = c.cx.expr(c.argNodes[0]!);
      return { code: ts`rs.mapOr(${r.code}, ${fallback.code}, ${c.fn(1, [elem])})`, type: fallback.type };
    }
    case 'flatten':
      // Some(None) is None here already: an Option of an Option is one undefined or the value.
      return { code: r.code, type: elem };
    case 'transpose':
      c.cx.use('rs');
      return {
        code: ts`rs.transposeOption(${r.code})`,
        type: elem.kind === 'result' ? result(option(elem.ok), elem.err) : UNKNOWN,
      };
    case 'zip': {
      c.cx.use('rs');
      const other = c.args()[0]!;
      return {
        code: ts`rs.zipOption(${r.code}, ${other.code})`,
        type: option(tuple([elem, other.type.kind === 'option' ? other.type.elem : UNKNOWN])),
      };
    }
    case 'ok_or_else':
      c.cx.use('rs');
      return { code: ts`rs.okOrElse(${r.code}, ${c.fn(0, [])})`, type: result(elem, UNKNOWN), slot: r.slot };
    case 'and_then':
      c.cx.use('rs');
      return { code: ts`rs.andThen(${r.code}, ${c.fn(0, [elem])})`, type: r.type };
    case 'filter': {
      c.cx.use('rs');
      return { code: ts`rs.filterOption(${r.code}, ${c.fn(0, [elem])})`, type: r.type };
    }
    case 'or':
      return { code: orValue(r.code, argument(c)), type: r.type };
    case 'or_else':
      return { code: orValue(r.code, ts`(${c.fn(0, [])})()`), type: r.type };
    case 'and':
    case 'xor': {
      c.cx.use('rs');
      const other = c.args()[0];
      const helper = c.method === 'and' ? 'optionAnd' : 'optionXor';
      return {
        code: ts`rs.${helper}(${r.code}, ${argument(c)})`,
        type: c.method === 'and' ? (other?.type ?? UNKNOWN) : r.type,
      };
    }
    case 'map_or_else': {
      c.cx.use('rs');
      const f = c.cx.closure(c.argNodes[1]!, [elem]);
      return {
        code: ts`rs.mapOrElse(${r.code}, ${c.fn(0, [])}, ${f.code})`,
        type: f.type.kind === 'fn' ? f.type.result : UNKNOWN,
      };
    }
    case 'inspect':
      c.cx.use('rs');
      return { code: ts`rs.inspectOption(${r.code}, ${c.fn(0, [elem])})`, type: r.type };
    case 'is_none_or':
      return { code: ts`(${r.code} === undefined || (${c.fn(0, [elem])})(${r.code}))`, type: BOOL };
    case 'is_some_and':
      return { code: ts`(${r.code} !== undefined && (${c.fn(0, [elem])})(${r.code}))`, type: BOOL };
  }
  return null;
}

export function resultMethods(c: Call): Typed | null {
  const r = c.receiver;
  const ok = r.type.kind === 'result' ? r.type.ok : UNKNOWN;
  const err = r.type.kind === 'result' ? r.type.err : UNKNOWN;
  const where = () => `'${c.cx.location(methodNameNode(c))}'`;
  switch (c.method) {
    case 'unwrap':
      return { code: ts`${r.code}.unwrap(${where()})`, type: ok, slot: r.slot };
    case 'expect':
      return { code: ts`${r.code}.expect(${argument(c)}, ${where()})`, type: ok, slot: r.slot };
    case 'unwrap_err':
      return { code: ts`${r.code}.unwrapErr(${where()})`, type: err };
    case 'expect_err':
      return { code: ts`${r.code}.expectErr(${argument(c)}, ${where()})`, type: err };
    case 'is_ok':
    case 'is_err':
      return { code: ts`${r.code}.${camelCase(c.method)}()`, type: BOOL };
    case 'ok':
      return { code: ts`${r.code}.ok()`, type: option(ok) };
    case 'err':
      return { code: ts`${r.code}.err()`, type: option(err) };
    case 'unwrap_or':
      return { code: ts`${r.code}.unwrapOr(${argList(c)})`, type: ok };
    case 'unwrap_or_default':
      return { code: ts`${r.code}.unwrapOr(${defaultOf(c.cx, ok)})`, type: ok };
    case 'unwrap_or_else':
      return { code: ts`${r.code}.unwrapOrElse(${c.fn(0, [err])})`, type: ok };
    case 'map': {
      const f = c.cx.closure(c.argNodes[0]!, [ok]);
      return { code: ts`${r.code}.map(${f.code})`, type: result(f.type.kind === 'fn' ? f.type.result : UNKNOWN, err) };
    }
    case 'and_then': {
      const f = c.cx.closure(c.argNodes[0]!, [ok]);
      return {
        code: ts`${r.code}.andThen(${f.code})`,
        type: f.type.kind === 'fn' ? f.type.result : result(UNKNOWN, err),
      };
    }
    case 'or_else': {
      const f = c.cx.closure(c.argNodes[0]!, [err]);
      return {
        code: ts`${r.code}.orElse(${f.code})`,
        type: f.type.kind === 'fn' ? f.type.result : result(ok, UNKNOWN),
      };
    }
    case 'and':
    case 'or': {
      const other = c.args()[0];
      const type = c.method === 'and' ? (other?.type ?? UNKNOWN) : r.type;
      return { code: ts`${r.code}.${c.method}(${argument(c)})`, type };
    }
    case 'map_or': {
      // Ok(v) maps, Err gives the fallback: Result::map then unwrap_or.
      const fallback = c.cx.expr(c.argNodes[0]!);
      return { code: ts`${r.code}.map(${c.fn(1, [ok])}).unwrapOr(${fallback.code})`, type: fallback.type };
    }
    case 'map_or_else': {
      const f = c.cx.closure(c.argNodes[1]!, [ok]);
      return {
        code: ts`${r.code}.map(${f.code}).unwrapOrElse(${c.fn(0, [err])})`,
        type: f.type.kind === 'fn' ? f.type.result : UNKNOWN,
      };
    }
    case 'is_ok_and':
    case 'is_err_and':
      return {
        code: ts`${r.code}.${camelCase(c.method)}(${c.fn(0, [c.method === 'is_ok_and' ? ok : err])})`,
        type: BOOL,
      };
    case 'inspect':
    case 'inspect_err':
      return {
        code: ts`${r.code}.${camelCase(c.method)}(${c.fn(0, [c.method === 'inspect' ? ok : err])})`,
        type: r.type,
      };
    case 'map_err': {
      const f = c.cx.closure(c.argNodes[0]!, [err]);
      return {
        code: ts`${r.code}.mapErr(${f.code})`,
        type: result(ok, f.type.kind === 'fn' ? f.type.result : UNKNOWN),
      };
    }
  }
  return null;
}

/** `opt ?? fallback`; a literal `None` (`None.or(Some(2))`) is the fallback itself: TypeScript rejects `undefined ?? x`. */
function orValue(option: Code, fallback: Code): Code {
  return option.toString() === 'undefined' ? fallback : ts`(${option} ?? ${fallback})`;
}
