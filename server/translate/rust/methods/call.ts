// What a method handler gets: the receiver (translated, with its type), the method's name and
// arguments, and the part of the context it needs.
import { join, type Code } from '../../emit/code.js';
import { field, type Node } from '../../syntax.js';
import type { RustContext, Typed } from '../context.js';
import { vec, type RustType } from '../types.js';

export type MethodContext = Pick<
  RustContext,
  | 'use'
  | 'awaits'
  | 'location'
  | 'temp'
  | 'hoist'
  | 'items'
  | 'expr'
  | 'closure'
  | 'fn'
  | 'scope'
  | 'entryOrInsert'
  | 'unsupported'
  | 'futureArgument'
  | 'literalType'
  | 'with'
>;

/** A method of some receiver types: its translation, or null when it is not theirs. */
export type Handler = (c: Call) => Typed | null;

export interface Call {
  cx: MethodContext;
  node: Node;
  receiver: Typed;
  receiverNode: Node;
  method: string;
  argNodes: Node[];
  args: () => Typed[];
  /** The closure argument `i`, its parameters typed as given. */
  fn: (i: number, params: RustType[]) => Code;
}

export const argList = (c: Call): Code =>
  join(
    c.args().map((a) => a.code),
    ', ',
  );

/** The one argument a method takes; a call without it (Rust would not compile it) gets a placeholder in its place. */
export function argument(c: Call, i = 0): Code {
  return c.args()[i]?.code ?? c.cx.unsupported(c.node, `${c.method} without its argument`).code;
}

/** `let mut v = Vec::new(); ... v.push(x)`: Rust typed v from what is pushed; so does the translator, from here on. */
export function refineFromPush(cx: MethodContext, receiverNode: Node, pushed: RustType): void {
  if (receiverNode.type !== 'identifier' || pushed.kind === 'unknown') return;
  const local = cx.scope.lookup(receiverNode.text);
  if (local?.pending) local.pending.settle(pushed);
  else if (
    local &&
    (local.type.kind === 'unknown' || (local.type.kind === 'vec' && local.type.elem.kind === 'unknown'))
  )
    local.type = vec(pushed);
}

/** Where a panic of the method points: its name in `x.unwrap()`, the path in `.map(Result::unwrap)`. */
export function methodNameNode(c: Call): Node {
  const name = field(field(c.node, 'function') ?? c.node, 'field');
  return name ?? c.node;
}
