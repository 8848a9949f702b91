// Binary and unary operators, where Go's arithmetic differs from JavaScript's:
//   a / b (ints)   -> intDiv(a, b)         a / 2 -> Math.trunc(a / 2)
//   a % b (ints)   -> intMod(a, b)
//   a << n         -> a * 2 ** n           a >> n -> Math.floor(a / 2 ** n)   (Go's int is 64-bit)
//   a &^ b         -> a & ~b               ^a -> ~a
//   a == b         -> a === b              (structs and arrays: equal(a, b); slices: s == nil -> s.length === 0)
//   &T{...}, *p    -> the object itself    (pointers to structs are references already)
//   <-ch           -> await ch.recv()      (channels.ts)
import { ts, type Code, type Fragment } from '../emit/code.js';
import { field, operatorOf, type Node } from '../syntax.js';
import { receive } from './channels.js';
import { arrowOperand } from './functions.js';
import type { GoContext, Typed } from './context.js';
import { BOOL, defaultType, describeType, isInteger, resolve, UNKNOWN, type GoType } from './types.js';

export function binary(cx: GoContext, node: Node): Typed {
  const op = operatorOf(node);
  const l = operandOf(cx, field(node, 'left')!);
  const r = operandOf(cx, field(node, 'right')!);
  const type = l.type.kind === 'untyped' ? r.type : l.type;
  switch (op) {
    case '==':
    case '!=':
      return { code: equality(cx, l, r, op), type: BOOL };
    case '<':
    case '<=':
    case '>':
    case '>=':
    case '&&':
    case '||':
      return { code: ts`${l.code} ${op} ${r.code}`, type: BOOL };
    default: {
      const both =
        l.type.kind === 'untyped' && r.type.kind === 'untyped'
          ? l.type.name === 'float' || r.type.name === 'float'
            ? l.type.name === 'float'
              ? l.type
              : r.type
            : l.type
          : type;
      return { code: arith(cx, l.code, op, r.code, both), type: both };
    }
  }
}

function equality(cx: GoContext, l: Typed, r: Typed, op: string): Code {
  const jsOp = op === '==' ? '===' : '!==';
  const nilSide =
    l.type.kind === 'untyped' && l.type.name === 'nil'
      ? r
      : r.type.kind === 'untyped' && r.type.name === 'nil'
        ? l
        : null;
  if (nilSide && resolve(nilSide.type, cx.decls).kind === 'slice')
    return ts`${nilSide.code}.length ${op === '==' ? '===' : '!=='} 0`;
  if (nilSide) return ts`${l.code} ${op === '==' ? '==' : '!='} ${r.code}`;
  const lt = resolve(defaultType(l.type), cx.decls);
  if (lt.kind === 'struct' || lt.kind === 'array') {
    cx.use('equal');
    return ts`${op === '==' ? '' : '!'}equal(${l.code}, ${r.code})`;
  }
  return ts`${l.code} ${jsOp} ${r.code}`;
}

/** `l op r` for an arithmetic operator (also the `op` of an assignment `x op= r`). */
export function arith(cx: GoContext, l: Fragment, op: string, r: Fragment, type: GoType): Code {
  if ((op === '/' || op === '%') && isInteger(type) && !/^[1-9][0-9]*$/.test(r.toString())) {
    const helper = op === '/' ? 'intDiv' : 'intMod';
    cx.use(helper);
    return ts`${helper}(${l}, ${r})`;
  }
  if (op === '/' && isInteger(type)) return ts`Math.trunc(${l} / ${r})`;
  // JavaScript shifts are 32-bit; Go's int is 64-bit: shift by multiplying (exact to 2^53).
  if (op === '<<' || op === '>>') {
    const power = /^[\w.]+$/.test(r.toString()) ? ts`2 ** ${r}` : ts`2 ** (${r})`;
    return op === '<<' ? ts`${l} * ${power}` : ts`Math.floor(${l} / ${power})`;
  }
  if (op === '&^') return ts`${l} & ~${r}`;
  return ts`${l} ${op} ${r}`;
}

/** An operator's operand: a function literal goes in parentheses (functions.ts). */
function operandOf(cx: GoContext, node: Node): Typed {
  const t = cx.expr(node);
  return { ...t, code: arrowOperand(node, t.code) };
}

export function unary(cx: GoContext, node: Node): Typed {
  const op = operatorOf(node);
  const operandNode = field(node, 'operand')!;
  if (op === '<-') return receive(cx, operandNode);
  const operand = operandOf(cx, operandNode);
  switch (op) {
    case '&': {
      const target = resolve(operand.type, cx.decls);
      const isObject =
        target.kind === 'struct' || target.kind === 'unknown' || (target.kind === 'named' && target.name.includes('.'));
      if (!isObject && operandNode.type !== 'composite_literal') {
        cx.reportUnsupported(
          node,
          `a pointer to a ${describeType(operand.type)} (only pointers to structs translate; this one is a copy)`,
        );
        return { code: operand.code, type: { kind: 'pointer', elem: operand.type } };
      }
      return { code: operand.code, type: { kind: 'pointer', elem: operand.type } };
    }
    case '*': {
      const t = resolve(operand.type, cx.decls);
      return { code: operand.code, type: t.kind === 'pointer' ? t.elem : UNKNOWN };
    }
    case '^':
      return { code: ts`~${operand.code}`, type: operand.type };
    default: {
      // `- -x` written `--x` would be a decrement.
      const space = /^[-+]$/.test(op) && operand.code.toString().startsWith(op) ? ' ' : '';
      return { code: ts`${op}${space}${operand.code}`, type: op === '!' ? BOOL : operand.type };
    }
  }
}
