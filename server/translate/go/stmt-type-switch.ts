// Type switches, as an if-chain of type tests (type-tests.ts) on the subject:
//   switch v := x.(type) {      -> { const v = x;
//   case int: ...                     if (Number.isInteger(v)) { ... }
//   case string, error: ...           else if (typeof v === 'string' || typeof v?.Error === 'function') { ... }
//   default: ... }                    else { ... } }
// A named non-struct type's value comes out of its class: case Celsius: -> const v2 = v.value;
// A `break` inside leaves the switch through a label (`typeSwitch: { ... break typeSwitch; }`),
// since JavaScript's `break` would leave an enclosing loop instead.
import { block, join, ts, type Code } from '../emit/code.js';
import { field, fields, kids, statementsOf, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { parseType } from './declarations.js';
import { Scope } from './scope.js';
import { assertedValue, typeTest } from './type-tests.js';
import type { GoType } from './types.js';

export function typeSwitch(cx: GoContext, node: Node): Code {
  return cx.withScope(() => typeSwitchIn(cx, node));
}

function typeSwitchIn(cx: GoContext, node: Node): Code {
  const alias = field(node, 'alias')?.text;
  const value = cx.expr(field(node, 'value')!);
  const subjectName = cx.freshName(alias && alias !== '_' ? alias : 'subject');
  const label = `typeSwitch${cx.typeSwitchCounter++ || ''}`;
  const out: Code[] = [ts`const ${subjectName} = ${value.code};`];
  const branches: Code[] = [];
  let fallback: Code | null = null;
  for (const clause of kids(node).filter((n) => n.type === 'type_case' || n.type === 'default_case')) {
    const types = clause.type === 'type_case' ? fields(clause, 'type').map(parseType) : [];
    const body = cx.with({ scope: new Scope(cx.scope), breakTarget: label, canBreak: true }, () => {
      const unwrapped = alias && alias !== '_' ? declareAlias(cx, alias, subjectName, types, value.type) : [];
      return block([...unwrapped, ...cx.statements(statementsOf(clause))]);
    });
    if (clause.type === 'default_case') fallback = body;
    else
      branches.push(
        ts`if (${join(
          types.map((t) => typeTest(cx, ts`${subjectName}`, t)),
          ' || ',
        )}) ${body}`,
      );
  }
  let chain = join(branches, ' else ');
  if (fallback) chain = branches.length ? ts`${chain} else ${fallback}` : fallback;
  out.push(chain.toString().includes(`break ${label};`) ? ts`${label}: ${block([chain])}` : chain);
  return block(out);
}

/**
 * The alias in a clause: the subject with the clause's one type, or the switch's type. A named
 * non-struct type's value comes out of its class under a name of its own (`const v2 = v.value;`).
 */
function declareAlias(cx: GoContext, alias: string, subject: string, types: GoType[], switchType: GoType): Code[] {
  const type = types.length === 1 ? types[0]! : switchType;
  const value = types.length === 1 ? assertedValue(cx, ts`${subject}`, type, switchType) : ts`${subject}`;
  if (value.toString() === subject) {
    cx.scope.declare(alias, type);
    return [];
  }
  const tsName = cx.freshName(alias);
  const b = cx.scope.declare(alias, type);
  b.tsName = tsName;
  // A nil *T in the interface comes out null (`unref`).
  b.maybeNil = value.toString().startsWith('unref(');
  return [ts`const ${tsName} = ${value};`];
}
