// Arguments of fmt's scanning functions: what comes first as it is (the reader, the string,
// the format), then the pointers to fill. A pointer says what to parse by the value it holds
// (a string, a bool, a bigint for uint64, a number for an integer) except for floats, which
// a number alone does not tell apart from integers:
//   fmt.Scan(&name, &price)          -> await fmt.scan(pointerTo(...), fmt.floatTarget(pointerTo(...)))
//   fmt.Sscanf(s, "%d-%d", &a, &b)   -> await fmt.sscanf(s, '%d-%d', pointerTo(...), pointerTo(...))
//   fmt.Fscan(reader, &n)            -> await fmt.fscan(reader, pointerTo(...))
import { join, ts, type Code } from '../emit/code.js';
import type { Node } from '../syntax.js';
import { spreadOperand } from './call-arguments.js';
import type { GoContext } from './context.js';
import { ANY, isFloat, resolve } from './types.js';

/** How many arguments come before the pointers: Sscanf's string and format, Fscan's reader. */
function leadingCount(name: string): number {
  const source = /^(Ss|F)/.test(name) ? 1 : 0;
  return source + (name.endsWith('f') ? 1 : 0);
}

export function scanArguments(cx: GoContext, argNodes: Node[], name: string): Code {
  const leading = leadingCount(name);
  const codes = argNodes.map((node, i) => {
    const inner = spreadOperand(node);
    if (i < leading) return name.startsWith('F') && i === 0 ? cx.value(inner, ANY) : cx.expr(inner).code;
    const target = cx.expr(inner);
    const t = resolve(target.type, cx.decls);
    const spread = node.type === 'variadic_argument' ? '...' : '';
    if (t.kind === 'pointer' && isFloat(resolve(t.elem, cx.decls))) {
      cx.use('fmt');
      return ts`${spread}fmt.floatTarget(${target.code})`;
    }
    return ts`${spread}${target.code}`;
  });
  return join(codes, ', ');
}
