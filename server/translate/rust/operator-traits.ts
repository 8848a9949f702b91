// Operators a program overloads (`impl Add for Vec2<T>`, `impl Neg`, `impl AddAssign`,
// `impl Index<usize>`) call the impl's method, and arithmetic on a value of a type parameter
// (`a.x * b.x` for `T: Mul<Output = T>`) goes through the runtime, which picks JavaScript's
// operator for a number and the method for a struct.
//   a + b        (Vec2: impl Add)    -> a.add(b)
//   -v           (Vec2: impl Neg)    -> v.neg()
//   acc += v     (impl AddAssign)    -> acc.addAssign(v)
//   v[1]         (impl Index<usize>) -> v.index(1)
//   self.x + o.x (T: Add)            -> rs.add(this.x, o.x)
import { join, ts, type Code } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { RustContext, Typed } from './context.js';
import { boundBy, receiverBindings } from './generics.js';
import type { FnDecl } from './items.js';
import { UNKNOWN, type RustType } from './types.js';
import { enumMethodName, isTypeParameter, operand, selfResult } from './values.js';

/** Binary operators, their traits and the traits' methods. */
const BINARY: Record<string, [trait: string, method: string]> = {
  '+': ['Add', 'add'],
  '-': ['Sub', 'sub'],
  '*': ['Mul', 'mul'],
  '/': ['Div', 'div'],
  '%': ['Rem', 'rem'],
  '&': ['BitAnd', 'bitand'],
  '|': ['BitOr', 'bitor'],
  '^': ['BitXor', 'bitxor'],
  '<<': ['Shl', 'shl'],
  '>>': ['Shr', 'shr'],
};

const UNARY: Record<string, [trait: string, method: string]> = { '-': ['Neg', 'neg'], '!': ['Not', 'not'] };

/** The runtime's arithmetic on values of a type parameter, by operator. */
const GENERIC: Record<string, string> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'rem' };

/** The impl's method for `trait` on the type of `value`, when the program implements it. */
function implMethod(cx: RustContext, type: RustType, trait: string, method: string): FnDecl | null {
  if (type.kind !== 'named' || !cx.items.traitImpls.get(type.name)?.has(trait)) return null;
  return cx.items.methods.get(type.name)?.get(method) ?? null;
}

/** A call of the impl's method on `receiver` with `args`: a class's method, or an enum's function. */
function callImpl(cx: RustContext, receiver: Typed, decl: FnDecl, method: string, args: Code[]): Typed {
  const type = receiver.type as Extract<RustType, { kind: 'named' }>;
  const bindings = receiverBindings(decl.node, type.args);
  const result = selfResult(boundBy(bindings, decl.result), type.name, type.args);
  const awaited = cx.callsFunction(`${type.name}.${method}`);
  const code = cx.items.enums.has(type.name)
    ? ts`${awaited}${enumMethodName(type.name, method)}(${join([receiver.code, ...args], ', ')})`
    : ts`${awaited}${operand(receiver.code)}.${cx.items.methodName(type.name, method)}(${join(args, ', ')})`;
  return { code, type: result };
}

/** What the method takes as its one argument, with the receiver's type arguments in place (`Mul<T>` on a Vec2<f64>: f64). */
function parameterOf(decl: FnDecl, receiver: RustType): RustType {
  const args = receiver.kind === 'named' ? receiver.args : [];
  const name = receiver.kind === 'named' ? receiver.name : '';
  return selfResult(boundBy(receiverBindings(decl.node, args), decl.params[0]?.type), name, args);
}

/** `a + b` where `a`'s type implements the operator's trait; null otherwise. */
export function overloadedBinary(cx: RustContext, op: string, left: Typed, rightNode: Node): Typed | null {
  const [trait, method] = BINARY[op] ?? [];
  const decl = trait && method ? implMethod(cx, left.type, trait, method) : null;
  if (!decl || !method) return null;
  const right = cx.exprWithExpected(rightNode, parameterOf(decl, left.type));
  return callImpl(cx, left, decl, method, [right.code]);
}

/** `a == b` / `a != b` where `a`'s type implements PartialEq by hand (`fn eq`); null otherwise. */
export function overloadedEquality(cx: RustContext, op: string, left: Typed, right: Typed): Typed | null {
  if (op !== '==' && op !== '!=') return null;
  const decl = implMethod(cx, left.type, 'PartialEq', 'eq');
  if (!decl) return null;
  const call = callImpl(cx, left, decl, 'eq', [right.code]);
  return { code: op === '!=' ? ts`!${call.code}` : call.code, type: call.type };
}

/** `-v` / `!v` where `v`'s type implements Neg / Not; null otherwise. */
export function overloadedUnary(cx: RustContext, op: string, value: Typed): Typed | null {
  const [trait, method] = UNARY[op] ?? [];
  const decl = trait && method ? implMethod(cx, value.type, trait, method) : null;
  return decl && method ? callImpl(cx, value, decl, method, []) : null;
}

/** `acc += v` where `acc`'s type implements AddAssign (and the others); null otherwise. */
export function overloadedAssignment(cx: RustContext, op: string, left: Typed, rightNode: Node): Typed | null {
  const [trait, method] = BINARY[op.slice(0, -1)] ?? [];
  const decl = trait && method ? implMethod(cx, left.type, `${trait}Assign`, `${method}_assign`) : null;
  if (!decl || !method) return null;
  const right = cx.exprWithExpected(rightNode, parameterOf(decl, left.type));
  return callImpl(cx, left, decl, `${method}_assign`, [right.code]);
}

/** `v[i]` where `v`'s type implements Index; null otherwise. */
export function overloadedIndex(cx: RustContext, target: Typed, indexNode: Node): Typed | null {
  const decl = implMethod(cx, target.type, 'Index', 'index');
  if (!decl) return null;
  const index = cx.exprWithExpected(indexNode, parameterOf(decl, target.type));
  return callImpl(cx, target, decl, 'index', [index.code]);
}

/** `a + b` of a type parameter's values (`T: Add<Output = T>`): the runtime's arithmetic; null for other operands. */
export function genericArithmetic(cx: RustContext, op: string, left: Typed, right: Typed): Typed | null {
  const method = GENERIC[op];
  if (!method || !(isTypeParameter(cx.items, left.type) || isTypeParameter(cx.items, right.type))) return null;
  cx.use('rs');
  const type = isTypeParameter(cx.items, left.type) ? left.type : right.type;
  return { code: ts`rs.${method}(${left.code}, ${right.code})`, type: type.kind === 'unknown' ? UNKNOWN : type };
}

/** `-x` of a type parameter's value. */
export function genericNegation(cx: RustContext, op: string, value: Typed): Typed | null {
  if (op !== '-' || !isTypeParameter(cx.items, value.type)) return null;
  cx.use('rs');
  return { code: ts`rs.neg(${value.code})`, type: value.type };
}
