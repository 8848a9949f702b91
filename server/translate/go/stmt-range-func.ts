// Range over a function (Go 1.23): the loop body becomes the yield function that the
// iterator calls; `continue` and the end of the body say "go on" (yield returns true),
// `break` says "stop" (false), and a `return` stops the iterator and then returns:
//   for x := range seq { body }   -> {
//                                      let returned = undefined as { value: R } | undefined;
//                                      seq((x) => {
//                                        let more = false;
//                                        for (let once = true; once; once = false, more = true) { body }
//                                        return more;
//                                      });
//                                      if (returned) return returned.value;   (a return in body:
//                                    }                                          { returned = { value: v }; return false; })
// The one-pass loop keeps Go's break and continue as JavaScript's own (also inside a switch).
// The body is async where it awaits; calls through yield values of its type are then awaited.
import { block, ifAsync, join, ts, typeOnly, type Code } from '../emit/code.js';
import { walk, type Node } from '../syntax.js';
import { literalKey, type GoContext, type Typed } from './context.js';
import { returnAfterLoop } from './functions.js';
import { iteratorFunction, resolve, tsType, type GoType } from './types.js';

/** The values a range over this function gives (`iter.Seq2[K, V]`: K and V), or null when it is no iterator function. */
export function yieldedTypes(cx: GoContext, type: GoType): GoType[] | null {
  if (type.kind === 'named' && (type.name === 'iter.Seq' || type.name === 'iter.Seq2')) return type.args ?? null;
  const t = resolve(type, cx.decls);
  if (t.kind !== 'func' || t.params.length !== 1 || t.results.length !== 0) return null;
  const yieldType = resolve(t.params[0]!, cx.decls);
  const returnsBool = yieldType.kind === 'func' && yieldType.results.length === 1;
  return returnsBool && yieldType.kind === 'func' ? yieldType.params : null;
}

/** `for a, b := range seq { body }`: `bind(i, type)` names the i-th yielded value, `body` translates the body. */
export function rangeOverFunction(
  cx: GoContext,
  clause: Node,
  seq: Typed,
  yielded: GoType[],
  bind: (i: number, type: GoType) => string,
  body: () => Code,
): Code {
  const outer = cx.fn;
  if (!outer) return cx.unsupportedStatement(clause, 'a range over a function outside a function');
  const key = literalKey(clause);
  const returns = bodyReturns(clause.parent!);
  const returned = returns ? cx.freshName('returned') : undefined;
  const more = cx.freshName('more');
  const once = cx.freshName('once');
  const params = yielded.map((t, i) => {
    const name = bind(i, t) || `_${i}`;
    return ts`${name}${typeOnly(`: ${tsType(t, cx.decls)}`)}`;
  });
  const fn = { ...outer, awaits: false, calls: new Set<string>(), returnsThrough: returned };
  const loop = cx.with({ fn }, body);
  cx.callGraph.set(key, { awaits: fn.awaits, calls: fn.calls });
  const seqType = iteratorFunction(yielded);
  cx.noteFunctionValue(key, seqType.params[0]!);
  // An iterator function that calls an async body returns a promise (the runtime's sequences too): await it.
  cx.noteFunctionValue(key, seqType);
  const callback = block([
    ts`let ${more} = false;`,
    ts`for (let ${once} = true; ${once}; ${once} = false, ${more} = true) ${loop}`,
    ts`return ${more};`,
  ]);
  const call = ts`${cx.awaitFunctionValue(seqType)}${seq.code}(${ifAsync([key], 'async ')}(${join(params, ', ')}) => ${callback});`;
  if (!returned) return call;
  const declared = ts`let ${returned} = undefined${typeOnly(` as { value: ${resultsType(cx)} } | undefined`)};`;
  return block([declared, call, returnAfterLoop(cx, returned)]);
}

/** Whether the loop's body returns from its function (not from a function literal inside it). */
function bodyReturns(loop: Node): boolean {
  let found = false;
  walk(loop, (n) => {
    if (n.type === 'return_statement') found = true;
    return !found && n.type !== 'func_literal';
  });
  return found;
}

/** The TypeScript type of what the current function returns. */
function resultsType(cx: GoContext): string {
  const results = cx.fn!.results.map((r) => tsType(r.type, cx.decls));
  return results.length === 0 ? 'undefined' : results.length === 1 ? results[0]! : `[${results.join(', ')}]`;
}
