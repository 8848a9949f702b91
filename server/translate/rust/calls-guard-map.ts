// `MutexGuard::map(guard, |v| &mut v.part)` (and RwLock's guards' `map`): a guard on a part of the locked value. The
// closure's place gives the part to read and, where JavaScript can assign it, to write.
//   MutexGuard::map(g, |inv| &mut inv.apples)
//   -> MutexGuard.map(g, (inv) => inv.apples, (inv, part1) => { inv.apples = part1; })
import { ts, type Code } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import type { RustContext, Typed } from './context.js';
import { valuesOf } from './facts.js';
import { bindPattern } from './locals.js';
import { Scope } from './scope.js';
import { named, UNKNOWN, type RustType } from './types.js';
import { isAssignable } from './values.js';

/** The guards `map` is called on, and the runtime class whose `map` it is. */
const MAPPABLE: Record<string, string> = {
  MutexGuard: 'MutexGuard',
  MappedMutexGuard: 'MappedMutexGuard',
  RwLockReadGuard: 'RwLockReadGuard',
  RwLockWriteGuard: 'RwLockWriteGuard',
};

/** `MutexGuard::map(guard, f)` and the like; null for other calls. */
export function guardMapCall(cx: RustContext, segments: string[], args: Node[]): Typed | null {
  const owner = MAPPABLE[segments[segments.length - 2] ?? ''];
  if (!owner || segments[segments.length - 1] !== 'map' || args.length !== 2) return null;
  const guard = cx.expr(args[0]!);
  const whole = guard.type.kind === 'named' ? (guard.type.args[0] ?? UNKNOWN) : UNKNOWN;
  const read = cx.closure(args[1]!, [whole]);
  const part = read.type.kind === 'fn' ? read.type.result : UNKNOWN;
  const write = writer(cx, args[1]!, whole);
  cx.use(owner);
  const writeArgument = write ? ts`, ${write}` : ts``;
  return {
    code: ts`${owner}.map(${guard.code}, ${read.code}${writeArgument})`,
    type: named('MappedMutexGuard', part),
  };
}

/** `(v, part) => { v.field = part; }` for a closure `|v| &mut v.field` whose place JavaScript can assign. */
function writer(cx: RustContext, closure: Node, whole: RustType): Code | null {
  const params = field(closure, 'parameters');
  const param = params ? valuesOf(params)[0] : undefined;
  let body = field(closure, 'body');
  while (body?.type === 'reference_expression') body = field(body, 'value');
  if (closure.type !== 'closure_expression' || param?.type !== 'identifier' || !body) return null;
  return cx.with({ scope: new Scope(cx.scope) }, () => {
    const name = bindPattern(cx, param, whole);
    const target = cx.place(body);
    if (!target || target.setter || !isAssignable(target.code)) return null;
    const part = cx.temp('part');
    return ts`(${name}, ${part}) => { ${target.code} = ${part}; }`;
  });
}
