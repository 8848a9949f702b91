// Go's value semantics where they show in the TypeScript: zero values, struct copies, maps.
import { join, ts, typeOnly, type Code } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { isNilable, tsType, zeroValue, type GoType } from './types.js';

/**
 * Go's zero value. A nil of a type declared without `| null` (nothing assigns it nil
 * again) is written `null!`: TypeScript then checks uses as Go does, by crashing at run time.
 */
export function zeroFor(cx: GoContext, type: GoType, nullable: boolean): Code {
  const zero = zeroValue(type, cx.decls);
  return zero === 'null' && !nullable && isNilable(type) && tsType(type) !== 'any' && !tsType(type).endsWith('| null')
    ? ts`null${typeOnly('!')}`
    : ts`${zero}`;
}

/** Go copies struct values on assignment; a pointer or a fresh literal needs no copy. */
export function copyIfStruct(cx: GoContext, code: Code, type: GoType, node?: Node): Code {
  if (type.kind !== 'named' || !cx.decls.isStruct(type.name)) return code;
  if (node && node.type !== 'identifier' && node.type !== 'selector_expression' && node.type !== 'index_expression')
    return code;
  return ts`${code}.clone()`;
}

/** `new Map<K, V>()`, or with entries `[k, v]`. */
export function newMap(t: Extract<GoType, { kind: 'map' }>, entries: Code[] = []): Code {
  const typeArgs = typeOnly(`<${tsType(t.key)}, ${tsType(t.value)}>`);
  return entries.length ? ts`new Map${typeArgs}([${join(entries, ', ')}])` : ts`new Map${typeArgs}()`;
}
