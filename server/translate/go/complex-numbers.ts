// Go's complex numbers, on the runtime's immutable cmplx.Complex (runtime/src/go/cmplx.ts):
//   2.5i, 1 + 2i (constants)  -> cmplx.complex(0, 2.5), cmplx.complex(1, 2)
//   complex(x, y)              -> cmplx.complex(x, y)
//   real(c), imag(c)           -> c.re, c.im
// Their operators are in expr-operators.ts: a * b + 1 -> a.mul(b).add(1), a == b -> a.equals(b).
import { ts } from '../emit/code.js';
import { field, kids, operatorOf, type Node } from '../syntax.js';
import { Complex } from '../../../runtime/src/go/cmplx.js';
import { exactValue, toDouble } from './constants.js';
import type { GoContext, Typed } from './context.js';
import { memberBase } from './expr-selector.js';
import { goFloatLiteral } from './literals.js';
import { COMPLEX128, FLOAT64, resolve, type GoType } from './types.js';

export const UNTYPED_COMPLEX: GoType = { kind: 'untyped', name: 'complex' };
const COMPLEX64: GoType = { kind: 'basic', name: 'complex64' };
const FLOAT32: GoType = { kind: 'basic', name: 'float32' };

export function imaginaryLiteral(cx: GoContext, node: Node): Typed {
  return { code: ts`${complexLiteral(complexConstant(cx, node)!)}`, type: UNTYPED_COMPLEX };
}

/** `cmplx.complex(1, -2)`. */
export function complexLiteral(c: Complex): string {
  const part = (x: number) => (Object.is(x, -0) ? '-0' : String(x));
  return `cmplx.complex(${part(c.re)}, ${part(c.im)})`;
}

/** The value of a constant complex expression of literals and number constants (`1 + 2i`, `complex(1, 2)`), or null. */
export function complexConstant(cx: GoContext, node: Node): Complex | null {
  switch (node.type) {
    case 'imaginary_literal':
      return new Complex(0, Number(goFloatLiteral(node.text.slice(0, -1))));
    case 'parenthesized_expression':
      return complexConstant(cx, kids(node)[0]!);
    case 'unary_expression': {
      const operand = complexConstant(cx, field(node, 'operand')!);
      const op = operatorOf(node);
      return operand && (op === '-' ? operand.neg() : op === '+' ? operand : null);
    }
    case 'binary_expression': {
      const l = complexConstant(cx, field(node, 'left')!);
      const r = l && complexConstant(cx, field(node, 'right')!);
      const method = r && COMPLEX_METHODS[operatorOf(node)];
      return method ? l![method](r!) : null;
    }
    case 'call_expression': {
      const fn = field(node, 'function')!;
      const args = kids(field(node, 'arguments'));
      if (fn.text !== 'complex' || cx.scope.lookup('complex') !== null || args.length !== 2) return null;
      const [re, im] = args.map((a) => complexConstant(cx, a));
      return re && im && re.im === 0 && im.im === 0 ? new Complex(re.re, im.re) : null;
    }
    default: {
      const exact = exactValue(cx, node);
      return exact === null || typeof exact === 'boolean' ? null : new Complex(toDouble(exact), 0);
    }
  }
}

/** The method of cmplx.Complex for each arithmetic operator. */
export const COMPLEX_METHODS: Record<string, 'add' | 'sub' | 'mul' | 'div'> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'div',
};

/** The builtins `complex`, `real` and `imag`, or null for another name. */
export function complexBuiltin(cx: GoContext, name: string, args: Node[], node: Node): Typed | null {
  if (name === 'complex' && args.length === 2) {
    const [re, im] = args.map((a) => cx.expr(a)) as [Typed, Typed];
    if (re.type.kind === 'untyped' && im.type.kind === 'untyped') {
      const constant = complexConstant(cx, node);
      if (constant) return { code: ts`${complexLiteral(constant)}`, type: UNTYPED_COMPLEX };
    }
    const float32 = [re, im].some((part) => {
      const t = resolve(part.type, cx.decls);
      return t.kind === 'basic' && t.name === 'float32';
    });
    return { code: ts`cmplx.complex(${re.code}, ${im.code})`, type: float32 ? COMPLEX64 : COMPLEX128 };
  }
  if ((name === 'real' || name === 'imag') && args.length === 1) {
    const c = cx.expr(args[0]!);
    const t = resolve(c.type, cx.decls);
    const type: GoType =
      t.kind === 'untyped'
        ? { kind: 'untyped', name: 'float' }
        : t.kind === 'basic' && t.name === 'complex64'
          ? FLOAT32
          : FLOAT64;
    return { code: ts`${memberBase(args[0]!, c).code}.${name === 'real' ? 're' : 'im'}`, type };
  }
  return null;
}
