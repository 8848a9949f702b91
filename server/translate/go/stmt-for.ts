// for loops and range:
//   for i := 0; i < n; i++ { }  -> for (let i = 0; i < n; i++) { }
//   for cond { }                -> while (cond) { }          for { } -> for (;;) { }
//   for v := range ch { }       -> for await (const v of ch) { }   (ends when ch is closed and drained)
//   for i := range 10 { }       -> for (let i = 0; i < 10; i++) { }
//   for i, v := range s { }     -> for (const [i, v] of s.entries()) { }
//   for k, v := range m { }     -> for (const [k, v] of m) { }
//   for i, r := range str { }   -> for (const [i, r] of runes(str)) { }
//   for i, x[i] = range s { }   -> for (const [i2, value] of s.entries()) { x[i] = value; i = i2; ... }
//                                  (assigned last first: Go evaluates x[i] before it assigns i)
//   for x := range seq { }      -> seq((x) => { ... })   (a range over a function: stmt-range-func.ts)
//   for i, v := range slices.All(s) -> for (const [i, v] of slices.all(s)) { }   (the runtime's iterables;
//   for v := range maps.Keys(m)     -> for (const v of maps.keys(m)) { }          also slices.Backward, maps.All)
//   for ...; ...; x := 1 { }    -> a panic when reached     (Go rejects a declaration there)
import { block, join, ts, type Code } from '../emit/code.js';
import { abbreviate, field, kids, statementsOf, type Node } from '../syntax.js';
import { isBig } from './big-integers.js';
import type { GoContext } from './context.js';
import { isName } from './expr-names-literals.js';
import { memberBase } from './expr-selector.js';
import { assignTranslated, storesNil } from './stmt-assign.js';
import { copyOf, nilableType, nonNil } from './values.js';
import { nilTests, withNarrowed } from './narrowing.js';
import { rangeOverFunction, yieldedTypes } from './stmt-range-func.js';
import {
  arrayBehindPointer,
  defaultType,
  holdsNil,
  keysHoldNil,
  INT,
  isChan,
  isInteger,
  isString,
  resolve,
  RUNE,
  UNKNOWN,
  type GoType,
} from './types.js';

export function forStatement(cx: GoContext, node: Node): Code {
  return cx.withScope(() => {
    const body = field(node, 'body');
    const header = kids(node).find((n) => n.id !== body?.id);
    if (!header) return ts`for (;;) ${loopBody(cx, body)}`;
    if (header.type === 'for_clause') {
      const init = field(header, 'initializer');
      const initCode = init ? letInit(join(cx.statement(init), ' ').withoutSemicolon()) : '';
      const cond = field(header, 'condition');
      const update = field(header, 'update');
      if (update?.type === 'short_var_declaration')
        return cx.unsupportedStatement(update, "a declaration in a for statement's post statement");
      const condCode = cond ? cx.expr(cond).code : '';
      // `for n := l; n != nil; n = n.next`: the body and the post statement know n (narrowing.ts).
      const known = nilTests(cx, cond).whenTrue;
      const updateCode = update
        ? withNarrowed(cx, known, [body], () => join(cx.statement(update), ' ').withoutSemicolon())
        : '';
      return ts`for (${initCode}; ${condCode}; ${updateCode}) ${withNarrowed(cx, known, [body], () => loopBody(cx, body))}`;
    }
    if (header.type === 'range_clause') return rangeLoop(cx, header, body);
    const cond = cx.expr(header).code;
    return ts`while (${cond}) ${withNarrowed(cx, nilTests(cx, header).whenTrue, [body], () => loopBody(cx, body))}`;
  });
}

/** The loop's block, where an unlabelled `break` is JavaScript's own; `prefix` starts each iteration. */
function loopBody(cx: GoContext, body: Node | null, prefix: Code[] = []): Code {
  return cx.with({ breakTarget: null, canBreak: true, canContinue: true }, () =>
    prefix.length === 0 ? cx.block(body) : cx.withScope(() => block([...prefix, ...cx.statements(statementsOf(body))])),
  );
}

/**
 * The iteration variables of a range loop. `for k, v := range` declares them; `for k, v = range`
 * assigns its targets from loop constants at the start of each iteration, the last first, so
 * that `x[i]` in `for i, x[i] = range` is evaluated with i as it was, as Go does.
 */
interface IterationVariables {
  /** The loop's name for iteration value `i` ('' when it is not used), declared with `type`; `maybeNil` where the value may be nil. */
  bind(i: number, type: GoType, maybeNil?: boolean): string;
  /** The statements that start each iteration. */
  prefix: Code[];
}

function declaredVariables(cx: GoContext, names: string[]): IterationVariables {
  return {
    bind: (i, type, maybeNil = false) => {
      if (!names[i] || names[i] === '_') return '';
      const b = cx.scope.declare(names[i]!, type);
      b.maybeNil = maybeNil;
      return b.tsName;
    },
    prefix: [],
  };
}

function assignedVariables(cx: GoContext, clause: Node, targets: Node[]): IterationVariables {
  const assignments: Code[] = [];
  return {
    bind: (i, _type, maybeNil = false) => {
      const target = targets[i];
      if (!target || target.text === '_') return '';
      if (maybeNil) storesNil(cx, target);
      const name = cx.freshName(isName(target) ? target.text : i === 0 ? 'key' : 'value');
      assignments.unshift(assignTranslated(cx, clause, target, ts`${name}`));
      return name;
    },
    prefix: assignments,
  };
}

function rangeLoop(cx: GoContext, clause: Node, body: Node | null): Code {
  const leftNodes = kids(field(clause, 'left'));
  const rightNode = field(clause, 'right')!;
  const isDefine = clause.children.some((c) => c?.type === ':=');
  const element = isDefine ? leftNodes.find((n) => !isName(n)) : undefined;
  if (element)
    return cx.unsupportedStatement(element, `${abbreviate(element.text)} on the left of := (Go declares names only)`);
  const right = cx.expr(rightNode);
  const t = arrayBehindPointer(right.type, cx.decls) ?? resolve(right.type, cx.decls);
  const names = leftNodes.map((n) => n.text);
  const vars = isDefine ? declaredVariables(cx, names) : assignedVariables(cx, clause, leftNodes);
  const bind = vars.bind;
  const iteration = () => loopBody(cx, body, vars.prefix);
  // `&v` or an assignment in the body changes the iteration variable: `for (let v of ...)`.
  const kind = isDefine && names.some((n) => cx.fn?.reassigned.has(n)) ? 'let' : 'const';
  if (isChan(t)) {
    const v = bind(0, t.elem, nilableType(cx, t.elem)) || '_';
    // Ranging over a nil channel: Go blocks forever; the TypeScript says a value is needed (`ch!`).
    return cx.rangeOverChannel(v, nonNil(right).code, iteration(), kind);
  }
  if (isInteger(t)) {
    // The counter has the range's type: a bigint from 0n for a uint (big-integers.ts).
    const i = bind(0, defaultType(right.type)) || 'i';
    return ts`for (let ${i} = ${isBig(cx, right.type) ? '0n' : '0'}; ${i} < ${right.code}; ${i}++) ${iteration()}`;
  }
  if (t.kind === 'map' || isNamed(right.type, 'iter.Pairs')) {
    const k = bind(0, t.kind === 'map' ? t.key : UNKNOWN, t.kind === 'map' && keysHoldNil(t, cx.decls));
    const v = copiedEach(
      cx,
      vars,
      bind(1, t.kind === 'map' ? t.value : UNKNOWN, t.kind === 'map' && elementsMayBeNil(cx, t)),
      t.kind === 'map' ? t.value : UNKNOWN,
      kind,
    );
    const source = right.maybeNil ? ts`${right.code} ?? []` : right.code;
    return ts`for (${kind} [${k}${v ? `, ${v}` : ''}] of ${source}) ${iteration()}`;
  }
  if (isString(t)) {
    cx.use('runes');
    const i = bind(0, INT);
    const r = bind(1, RUNE);
    return ts`for (${kind} [${i}${r ? `, ${r}` : ''}] of runes(${right.code})) ${iteration()}`;
  }
  if (isNamed(right.type, 'iter.Values')) {
    const v = bind(0, UNKNOWN) || '_v';
    return ts`for (${kind} ${v} of ${right.code}) ${iteration()}`;
  }
  const yielded = yieldedTypes(cx, right.type);
  if (yielded) return rangeOverFunction(cx, clause, right, yielded, bind, iteration);
  const elem = t.kind === 'slice' || t.kind === 'array' ? t.elem : UNKNOWN;
  const i = bind(0, INT);
  const v = copiedEach(cx, vars, bind(1, elem, elementsMayBeNil(cx, t)), elem, kind);
  const indexBinding = isDefine && names[0] ? cx.scope.lookup(names[0]) : null;
  if (indexBinding && rightNode.type === 'identifier') indexBinding.indexOf = rightNode.text;
  if (!v) {
    const index = i || '_i';
    // An array's length is in its type: ranging over a nil *[3]int gives 0, 1, 2.
    const length = t.kind === 'array' ? t.length : ts`${memberBase(rightNode, right).code}.length`;
    return ts`for (let ${index} = 0; ${index} < ${length}; ${index}++) ${iteration()}`;
  }
  if (!i) return ts`for (${kind} ${v} of ${right.code}) ${iteration()}`;
  return ts`for (${kind} [${i}, ${v}] of ${memberBase(rightNode, right).code}.entries()) ${iteration()}`;
}

/**
 * A struct or array element is copied into the iteration variable, as Go copies it:
 * `for (const [i, v_] of s.entries()) { const v = v_.clone(); ... }`. Returns the name the loop
 * iterates with.
 */
function copiedEach(cx: GoContext, vars: IterationVariables, v: string, elem: GoType, kind: 'let' | 'const'): string {
  if (!v) return v;
  const element = cx.freshName(`${v}_`);
  const copy = copyOf(cx, ts`${element}`, elem);
  if (!copy) return v;
  vars.prefix.unshift(ts`${kind} ${v} = ${copy};`);
  return element;
}

/** Whether the elements of a slice, array or map of this type may be nil (nil-slots.ts). */
function elementsMayBeNil(cx: GoContext, t: GoType): boolean {
  if (t.kind !== 'slice' && t.kind !== 'array' && t.kind !== 'map') return false;
  return holdsNil(t, cx.decls) && nilableType(cx, t.kind === 'map' ? t.value : t.elem);
}

/** `iter.Pairs` and `iter.Values`: what the runtime's slices.All, maps.Keys, ... give, JavaScript iterables. */
function isNamed(type: GoType, name: string): boolean {
  return type.kind === 'named' && type.name === name;
}

/** A for-clause initializer declares with `let` (the loop variable changes). */
function letInit(code: Code): Code {
  return code.editText(0, (t) => (t.startsWith('const ') ? `let ${t.slice(6)}` : t));
}
