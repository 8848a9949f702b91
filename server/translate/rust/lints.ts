import type { Diagnostic } from '../diagnostics.js';
import { field, kids, type Node } from '../syntax.js';
import { valuesOf } from './facts.js';
import type { OwnedBinding, Ownership } from './ownership/index.js';
import { rangeOf } from './ownership/state.js';

/*
 * Pitfalls a Rust user would want pointed out: a send whose error is unwrapped, a receive loop
 * that cannot end because the loop's own scope keeps a sender alive, and a bounded channel that
 * nobody drains. Each stays silent when unsure.
 */

const UNWRAPS = new Set(['unwrap', 'expect']);
const RECEIVE_CALLS = new Set(['recv', 'blocking_recv']);
const RECEIVE_ITERATORS = new Set(['iter', 'into_iter']);
const NON_RECEIVING = new Set(['len', 'is_empty', 'is_closed', 'capacity', 'max_capacity', 'same_channel']);
const WAITING_SENDS = new Set(['send', 'blocking_send', 'reserve', 'reserve_owned', 'reserve_many']);
const NESTED_BODIES = new Set(['closure_expression', 'async_block', 'function_item']);
const LOOPS = new Set(['while_expression', 'loop_expression', 'for_expression']);

/** The lints of a file; `root` is the source_file that `ownership` was computed from. */
export function lintRust(_root: Node, ownership: Ownership): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const candidates = [...UNWRAPS].flatMap((m) => ownership.methodCalls(m).map((call) => sendUnwrap(call, ownership)));
  const loops = ownership
    .loops()
    .map((loop) => (loop.type === 'loop_expression' ? null : recvLoopNeverEnds(loop, ownership)));
  for (const found of [...candidates, ...loops]) if (found) diagnostics.push(found);
  for (const endpoints of ownership.channels()) {
    const found = neverDrained(endpoints.channel.constructor, endpoints.senders, endpoints.receivers, ownership);
    if (found) diagnostics.push(found);
  }
  return diagnostics.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column,
  );
}

// ---- send-unwrap

function sendUnwrap(call: Node, ownership: Ownership): Diagnostic | null {
  const unwrap = field(call, 'function');
  const method = unwrap?.type === 'field_expression' ? field(unwrap, 'field') : null;
  if (!unwrap || !method || !UNWRAPS.has(method.text)) return null;
  let sent = field(unwrap, 'value');
  const awaited = sent?.type === 'await_expression';
  if (awaited) sent = valuesOf(sent)[0] ?? null;
  const send = sent?.type === 'call_expression' ? field(sent, 'function') : null;
  if (send?.type !== 'field_expression' || field(send, 'field')?.text !== 'send') return null;
  if (valuesOf(field(sent!, 'arguments')).length !== 1) return null;
  const receiver = field(send, 'value');
  const binding = receiver?.type === 'identifier' ? ownership.bindingOf(receiver) : undefined;
  const shape = binding ? ownership.handleOf(binding) : undefined;
  if (binding && shape?.role !== 'sender') return null;
  const name = receiver?.text ?? 'tx';
  const sendText = `${name}.send(..)${awaited ? '.await' : ''}`;
  const flavor = shape?.flavor ?? (awaited ? 'mpsc' : 'unknown');
  const when: Record<string, string> = {
    broadcast: 'fails when no receiver is subscribed any more',
    watch: 'fails once every receiver is dropped',
    oneshot: 'fails when the receiver was dropped (the Err gives the value back)',
  };
  const fix =
    flavor === 'oneshot'
      ? `let _ = ${name}.send(v);`
      : `if ${name}.send(x)${awaited ? '.await' : ''}.is_err() { break; }`;
  return {
    severity: 'warning',
    code: 'send-unwrap',
    range: { start: rangeOf(method).start, end: rangeOf(call).end },
    message:
      `\`${sendText}\` ${when[flavor] ?? 'fails once the receiver is dropped or closed'}, and \`.${method.text}(..)\` then ` +
      'panics, ending this task (or the whole program in main). Handle the Err instead, e.g. ' +
      `\`${fix}\`.`,
  };
}

// ---- recv-loop-never-ends

function recvLoopNeverEnds(loop: Node, ownership: Ownership): Diagnostic | null {
  const receiver = loopReceiver(loop);
  const binding = receiver ? ownership.bindingOf(receiver) : undefined;
  const shape = binding ? ownership.handleOf(binding) : undefined;
  if (!shape?.channel || shape.role !== 'receiver') return null;
  // After `rx.close()` the loop ends once the buffer is drained, senders or not.
  if (ownership.mentionsOf(binding!).some((m) => methodAfter(m) === 'close')) return null;
  const endpoints = ownership.channels().find((c) => c.channel === shape.channel);
  const before = new Set(ownership.ownedBefore(loop));
  const alive = (endpoints?.senders ?? []).filter((s) => before.has(s));
  const body = field(loop, 'body');
  if (alive.length === 0 || !body || canLeave(body, loop)) return null;
  if (alive.some((s) => ownership.mentionsOf(s).some((m) => within(m, body) && !isMethodReceiver(m)))) return null;
  const header = loop.type === 'for_expression' ? field(loop, 'value') : field(loop, 'condition');
  const names = alive.map((s) => `\`${s.name}\``).join(' and ');
  const drops = alive.map((s) => `drop(${s.name});`).join(' ');
  return {
    severity: 'warning',
    code: 'recv-loop-never-ends',
    range: { start: rangeOf(loop).start, end: rangeOf(header ?? loop).end },
    message:
      `This loop ends only when every sender of \`${receiver!.text}\`'s channel is gone, but ${names} ` +
      `(declared on line ${alive[0]!.decl.startPosition.row + 1}) ${alive.length > 1 ? 'are' : 'is'} still alive here and ` +
      'nothing in the loop drops it: the channel never closes, so Rust waits here forever once the other senders are done. ' +
      `Drop it before the loop: \`${drops}\``,
  };
}

/** The receiver of `while let Some(x) = rx.recv().await`, `while let Ok(x) = rx.recv()`, `for x in rx` or `for x in rx.iter()`. */
function loopReceiver(loop: Node): Node | null {
  if (loop.type === 'for_expression') {
    const value = field(loop, 'value');
    if (value?.type === 'identifier') return value;
    return methodTarget(value, RECEIVE_ITERATORS);
  }
  const condition = field(loop, 'condition');
  if (condition?.type !== 'let_condition') return null;
  const pattern = field(condition, 'pattern');
  const variant = pattern?.type === 'tuple_struct_pattern' ? field(pattern, 'type')?.text : undefined;
  if (variant !== 'Some' && variant !== 'Ok') return null;
  let value = field(condition, 'value');
  if (value?.type === 'await_expression') value = valuesOf(value)[0] ?? null;
  return methodTarget(value, RECEIVE_CALLS);
}

/** `x` in `x.method()` when the method is one of `methods`. */
function methodTarget(call: Node | null, methods: Set<string>): Node | null {
  const callee = call?.type === 'call_expression' ? field(call, 'function') : null;
  if (callee?.type !== 'field_expression' || !methods.has(field(callee, 'field')?.text ?? '')) return null;
  const target = field(callee, 'value');
  return target?.type === 'identifier' ? target : null;
}

/** Whether the loop body may leave the loop by break, return, `?` or process::exit (also inside macros). */
function canLeave(body: Node, loop: Node): boolean {
  const label = kids(loop).find((c) => c.type === 'label')?.text;
  let leaves = false;
  const visit = (n: Node, nestedLoop: boolean): void => {
    if (leaves || NESTED_BODIES.has(n.type)) return;
    switch (n.type) {
      case 'return_expression':
      case 'try_expression':
        leaves = true;
        return;
      case 'break_expression': {
        const target = kids(n).find((c) => c.type === 'label')?.text;
        if (!nestedLoop || (target !== undefined && target === label)) leaves = true;
        break;
      }
      case 'token_tree':
        if (n.children.some((c) => c?.type === 'return' || c?.type === '?' || c?.type === 'break')) leaves = true;
        break;
      case 'scoped_identifier':
        if (n.text.endsWith('process::exit')) leaves = true;
        break;
    }
    for (const child of n.children) if (child) visit(child, nestedLoop || LOOPS.has(n.type));
  };
  visit(body, false);
  return leaves;
}

function within(node: Node, ancestor: Node): boolean {
  return node.startIndex >= ancestor.startIndex && node.endIndex <= ancestor.endIndex;
}

function isMethodReceiver(mention: Node): boolean {
  return methodAfter(mention) !== null;
}

/** The method called on a mention: `x.method(..)` in code or in a macro's tokens. */
function methodAfter(mention: Node): string | null {
  const parent = mention.parent;
  if (parent?.type === 'field_expression' && field(parent, 'value')?.id === mention.id) {
    return parent.parent?.type === 'call_expression' ? (field(parent, 'field')?.text ?? null) : null;
  }
  if (parent?.type === 'token_tree' && mention.nextSibling?.type === '.') {
    const method = mention.nextSibling.nextSibling;
    return method?.type === 'identifier' && method.nextSibling?.type === 'token_tree' ? method.text : null;
  }
  return null;
}

// ---- channel-never-drained

function neverDrained(
  constructor: Node,
  senders: OwnedBinding[],
  receivers: OwnedBinding[],
  ownership: Ownership,
): Diagnostic | null {
  const channel = receivers[0] ? ownership.handleOf(receivers[0])?.channel : undefined;
  if (!channel?.bounded || receivers.length === 0) return null;
  const uses = (b: OwnedBinding) => ownership.mentionsOf(b).filter((m) => m.id !== b.decl.id);
  const drained = receivers.some((r) => uses(r).some((m) => !NON_RECEIVING.has(methodAfter(m) ?? '')));
  const sends = senders.some((s) => uses(s).some((m) => WAITING_SENDS.has(methodAfter(m) ?? '')));
  if (drained || !sends) return null;
  const capacity = valuesOf(field(constructor, 'arguments'))[0]?.text ?? 'n';
  const rx = receivers[0]!.name;
  const wait =
    capacity === '0'
      ? 'every send waits for a receive that never comes'
      : `once ${capacity} messages are buffered, every send waits forever`;
  return {
    severity: 'warning',
    code: 'channel-never-drained',
    range: rangeOf(constructor),
    message:
      `This bounded channel is never drained: \`${rx}\` is never used to receive, so ${wait}. ` +
      `Receive from \`${rx}\` (e.g. \`while let Some(v) = ${rx}.recv().await\`), or drop it so that sends fail instead of waiting.`,
  };
}
