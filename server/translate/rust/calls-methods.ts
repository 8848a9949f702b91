// Method calls: the program's own methods (an enum's as functions taking the value first),
// then the standard and runtime types' methods by the receiver's type (see methods/).
//   counter.add(2)      -> counter.add(2)
//   cmd.describe()      (enum Cmd)  -> cmdDescribe(cmd)
//   shared.clone()      (an Arc)    -> rs.arcClone(shared)
import { ts } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import type { RustContext, Typed } from './context.js';
import { foreignMethod } from './foreign-impls.js';
import { translateMethod } from './methods/index.js';
import { boundBy, receiverBindings } from './generics.js';
import { isNamed, named, result, UNKNOWN, type RustType } from './types.js';
import { formatThrough } from './format.js';
import { autoDeref, enumMethodName, grouped, isTypeParameter, selfResult } from './values.js';
import { userDeref } from './user-deref.js';

export function methodCall(cx: RustContext, node: Node, fnNode: Node, argNodes: Node[]): Typed {
  const method = field(fnNode, 'field')!.text;
  // `pair.0()`: Rust has no method named by a number.
  if (/^\d/.test(method)) return cx.unsupported(node, `method call .${method}()`);
  const receiverNode = field(fnNode, 'value')!;
  const held = cx.expr(receiverNode);
  if (method === 'clone' && held.type.kind === 'named' && held.type.name === 'Arc') {
    cx.use('rs');
    return { code: ts`rs.arcClone(${held.code})`, type: held.type };
  }
  const cell = refCellOf(held.type);
  if (cell && /^(try_)?borrow(_mut)?$/.test(method)) return cellBorrow(cx, fnNode, held, cell, method);
  // A watch Ref answers has_changed itself, a write guard downgrade; their other methods are their value's.
  const ownMethod =
    held.type.kind === 'named' &&
    ((held.type.name === 'watch.Ref' && method === 'has_changed') ||
      (held.type.name === 'RwLockWriteGuard' && method === 'downgrade'));
  let receiver = ownMethod ? { ...held } : autoDeref(held);
  receiver.code = grouped(receiver.code);
  const ownType = (t: RustType) => (t.kind === 'named' ? (t.name === 'Self' ? cx.selfType : t.name) : null);
  const ownMethodOf = (t: RustType) => cx.items.methods.get(ownType(t) ?? '')?.get(method);
  // A method the type lacks is its Deref target's (`guard.push(v)` on a user guard of a Vec).
  for (let target = userDeref(cx, receiver); !ownMethodOf(receiver.type) && target; target = userDeref(cx, receiver))
    receiver = autoDeref(target);
  const userType = ownType(receiver.type);
  const userMethod = ownMethodOf(receiver.type);
  // `self.0.fmt(f)` in a user's fmt passes the caller's Formatter on.
  const passed = method === 'fmt' && !userMethod && argNodes.length === 1 ? argNodes[0]! : null;
  const formatter = passed?.type === 'identifier' ? cx.expr(passed) : null;
  if (formatter && isNamed(formatter.type, 'Formatter')) return formatThrough(cx, receiver, 'Display', formatter.code);
  if (userMethod) {
    // `reg.upsert(k, 0, |c| *c += 1)` on a `Registry<String, u64>`: the impl's `V` is u64 here.
    const bindings = receiver.type.kind === 'named' ? receiverBindings(userMethod.node, receiver.type.args) : new Map();
    // A tuple handed to a `T` stays one for `{:?}` (callArguments), whatever this receiver's T is.
    const parameterType = (declared: RustType) => {
      const bound = boundBy(bindings, declared);
      return bound.kind === 'tuple' && isTypeParameter(cx.items, declared) ? declared : bound;
    };
    const args = cx.arguments(
      argNodes,
      userMethod.params.map((p) => parameterType(p.type)),
    );
    const key = `${userType}.${method}`;
    const awaitPart = userMethod.isAsync ? '' : cx.callsFunction(key);
    const result = boundBy(bindings, userMethod.result);
    const type = userMethod.isAsync ? named('Future', result) : selfResult(result, userType!);
    if (cx.items.enums.has(userType!)) {
      return {
        code: ts`${awaitPart}${enumMethodName(userType!, method)}(${receiver.code}${argNodes.length ? ', ' : ''}${args})`,
        type,
      };
    }
    return { code: ts`${awaitPart}${receiver.code}.${cx.items.methodName(userType!, method)}(${args})`, type };
  }
  const foreign = foreignMethod(cx.items, receiver.type, method);
  if (foreign) {
    const { owner, sig } = foreign;
    const args = cx.arguments(
      argNodes,
      sig.params.map((p) => p.type),
    );
    const awaitPart = sig.isAsync ? '' : cx.callsFunction(`${owner}.${method}`);
    const result = selfResult(sig.result, owner);
    const type = sig.isAsync ? named('Future', result) : result;
    return {
      code: ts`${awaitPart}${enumMethodName(owner, method)}(${receiver.code}${argNodes.length ? ', ' : ''}${args})`,
      type: type.kind === 'named' && type.name === owner ? receiver.type : type,
    };
  }
  return translateMethod(cx, node, receiver, receiverNode, method, argNodes);
}

/** The value type of a RefCell, reached through an Rc (`Rc<RefCell<Node>>`); null for another type. */
function refCellOf(type: RustType): RustType | null {
  const inner = isNamed(type, 'Arc') ? ((type as { args: RustType[] }).args[0] ?? UNKNOWN) : type;
  return isNamed(inner, 'rs.RefCell') ? ((inner as { args: RustType[] }).args[0] ?? UNKNOWN) : null;
}

/**
 * `cell.borrow()`, `cell.borrow_mut()`: a guard the translation drops where Rust drops it, so
 * that a borrow breaking the rules panics as Rust's does, at the call; `try_borrow*` give a Result.
 *   c.borrow_mut().visits += 1;  -> const borrowed1 = c.borrowMut('src/main.rs:21:11'); borrowed1.value.visits += 1; borrowed1.drop();
 */
function cellBorrow(cx: RustContext, fnNode: Node, held: Typed, value: RustType, method: string): Typed {
  const mutable = method.endsWith('_mut');
  const guard = named(mutable ? 'rs.CellRefMut' : 'rs.CellRef', value);
  const cell = grouped(held.code);
  if (method.startsWith('try_')) {
    const error = named(mutable ? 'rs.BorrowMutError' : 'rs.BorrowError');
    return { code: ts`${cell}.${mutable ? 'tryBorrowMut' : 'tryBorrow'}()`, type: result(guard, error) };
  }
  const location = cx.location(field(fnNode, 'field') ?? fnNode);
  return { code: ts`${cell}.${mutable ? 'borrowMut' : 'borrow'}('${location}')`, type: guard };
}
