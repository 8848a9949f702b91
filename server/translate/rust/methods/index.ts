// A method call on a value of a standard or runtime type: the handlers of the receiver's type
// family first, then the methods every type shares; else the method camelCased.
//   rx.try_recv()     -> rx.tryRecv()
import { join, ts } from '../../emit/code.js';
import type { Node } from '../../syntax.js';
import type { Typed } from '../context.js';
import { camelCase, propertyName } from '../names.js';
import { isNumeric, UNKNOWN } from '../types.js';
import { operand } from '../values.js';
import type { Call, Handler, MethodContext } from './call.js';
import { common } from './common.js';
import { mapMethods, setMethods } from './maps.js';
import { numberMethods } from './numbers.js';
import { optionMethods, resultMethods } from './options.js';
import { rangeFromMethods } from './ranges.js';
import { heapMethods } from './heaps.js';
import { arrayAsLazy, iterMethods } from './iters.js';
import { guessedMethods, runtimeMethods } from './runtime.js';
import { stdinMethods } from './stdin.js';
import { stringMethods } from './strings.js';
import { syncMethods } from './sync.js';
import { programTraitMethod, unknownStdMethod } from './unknown-std.js';
import { vecMethods } from './vecs.js';
import { pollMethods } from '../poll.js';
import { waitedIterMethods } from './waited-iters.js';

/** A method call on a value of a standard or runtime type, by the receiver's type; else the method camelCased. */
export function translateMethod(
  cx: MethodContext,
  node: Node,
  receiver: Typed,
  receiverNode: Node,
  method: string,
  argNodes: Node[],
  /** Arguments already translated, in place of argNodes (a method used as a function value). */
  given: Typed[] | null = null,
): Typed {
  const call = methodCall(cx, node, receiver, receiverNode, method, argNodes, given);
  const known = knownMethod(call) ?? unknownStdMethod(call);
  if (known) return known;
  // `b.author()` on a `U: Summary`: the trait's declaration types the call.
  const declared = programTraitMethod(call);
  const result = declared ? cx.items.signature(declared).result : UNKNOWN;
  return {
    code: ts`${operand(receiver.code)}.${propertyName(camelCase(method))}(${join(
      call.args().map((a) => a.code),
      ', ',
    )})`,
    type: result.kind === 'named' && result.name === 'Self' ? receiver.type : result,
  };
}

/** A method of a standard type that the translator knows (`f64::trunc(x)`), or null: not one to guess. */
export function standardMethod(
  cx: MethodContext,
  node: Node,
  receiver: Typed,
  receiverNode: Node,
  method: string,
  argNodes: Node[],
  given: Typed[] | null = null,
): Typed | null {
  return knownMethod(methodCall(cx, node, receiver, receiverNode, method, argNodes, given));
}

function methodCall(
  cx: MethodContext,
  node: Node,
  receiver: Typed,
  receiverNode: Node,
  method: string,
  argNodes: Node[],
  given: Typed[] | null,
): Call {
  let cached: Typed[] | null = given;
  const call: Call = {
    cx,
    node,
    receiver,
    receiverNode,
    method,
    argNodes,
    args: () => (cached ??= argNodes.map((a) => cx.expr(a))),
    fn: (i, params) => {
      const a = argNodes[i];
      return a ? cx.closure(a, params).code : ts`undefined`;
    },
  };
  return call;
}

function knownMethod(call: Call): Typed | null {
  const t = call.receiver.type;
  const handlers: Handler[] = [common];
  if (t.kind === 'option') handlers.unshift(optionMethods);
  else if (t.kind === 'result') handlers.unshift(resultMethods);
  else if (t.kind === 'string' || t.kind === 'char') handlers.unshift(stringMethods);
  else if (t.kind === 'vec') handlers.unshift(vecMethods, arrayAsLazy);
  else if (t.kind === 'map') handlers.unshift(mapMethods);
  else if (t.kind === 'set') handlers.unshift(setMethods);
  else if (isNumeric(t)) handlers.unshift(numberMethods);
  else if (t.kind === 'named')
    handlers.unshift(
      heapMethods,
      waitedIterMethods,
      rangeFromMethods,
      iterMethods,
      stdinMethods,
      syncMethods,
      runtimeMethods,
    );
  else if (t.kind === 'unknown') handlers.unshift(guessedMethods);
  // A future polled with a poll_fn's context may be of any type (`F: Future`).
  handlers.unshift(pollMethods);
  for (const h of handlers) {
    const out = h(call);
    if (out) return out;
  }
  return null;
}
