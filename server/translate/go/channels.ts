// Channel operations, on the runtime's Chan (the JavaScript awaits only a pending result:
// emit/await-operation.ts):
//   ch <- v             -> await ch.send(v);
//   v := <-ch           -> const v = await ch.recv();
//   v, ok := <-ch       -> const [v, ok] = await ch.recvOk();
//   make(chan int, 3)   -> makeChan<number>(3, 0)   (the JavaScript adds the variable's name and the
//                          type, for deadlock reports)
//   close(ch)           -> close(ch)
// A channel that may be nil goes through the free functions, which block forever on nil as Go does:
//   ch <- v             -> await send(ch, v);         v := <-ch  -> const v = await recv(ch);
//   v, ok := <-ch       -> const [v, ok] = await recvOk(ch);
import { jsOnly, ts, typeOnly, type Code } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { memberBase } from './expr-selector.js';
import { quote } from './literals.js';
import { BOOL, describeType, isChan, tsTypeOrNull, UNKNOWN, zeroValue, type GoType } from './types.js';
import { nilableType } from './values.js';

export function sendStatement(cx: GoContext, node: Node): Code {
  const channel = field(node, 'channel')!;
  const ch = memberBase(channel, cx.expr(channel));
  const elem = isChan(ch.type) ? ch.type.elem : UNKNOWN;
  const v = cx.value(field(node, 'value')!, elem);
  if (ch.maybeNil || mayBeNilChannel(cx, channel)) {
    cx.use('send');
    return ts`${cx.awaitOperation(ts`send(${channelOperand(channel, ch)}, ${v})`)};`;
  }
  return ts`${cx.awaitOperation(ts`${ch.code}.send(${v})`)};`;
}

/** `<-ch`, given the channel operand. */
export function receive(cx: GoContext, channel: Node): Typed {
  const ch = memberBase(channel, cx.expr(channel));
  const elem = isChan(ch.type) ? ch.type.elem : UNKNOWN;
  // A closed channel gives its element's zero value: nil for a pointer...
  const maybeNil = nilableType(cx, elem);
  if (ch.maybeNil || mayBeNilChannel(cx, channel)) {
    cx.use('recv');
    return { code: cx.awaitOperation(ts`recv(${channelOperand(channel, ch)})`), type: elem, maybeNil };
  }
  return { code: cx.awaitOperation(ts`${ch.code}.recv()`), type: elem, maybeNil };
}

/** `v, ok := <-ch`, given the channel operand: a pair of the value and whether one came. */
export function receiveWithOk(cx: GoContext, channel: Node): { code: Code; types: GoType[] } {
  const ch = memberBase(channel, cx.expr(channel));
  const elem = isChan(ch.type) ? ch.type.elem : UNKNOWN;
  if (ch.maybeNil || mayBeNilChannel(cx, channel)) {
    cx.use('recvOk');
    return { code: cx.awaitOperation(ts`recvOk(${channelOperand(channel, ch)})`), types: [elem, BOOL] };
  }
  return { code: cx.awaitOperation(ts`${ch.code}.recvOk()`), types: [elem, BOOL] };
}

/** `make(chan T, size)`; `type` as written, `chan` resolved from it. */
export function makeChannel(
  cx: GoContext,
  type: GoType,
  chan: Extract<GoType, { kind: 'chan' }>,
  size: Node | undefined,
): Typed {
  cx.use('makeChan');
  const sizeCode = size ? cx.expr(size).code : ts`0`;
  const labels = jsOnly(`, ${quote(cx.nameHint ?? '')}, ${quote(describeType(chan))}`);
  return {
    code: ts`makeChan${typeOnly(`<${tsTypeOrNull(chan.elem, cx.decls)}>`)}(${sizeCode}, ${channelZero(cx, chan.elem)}${labels})`,
    type,
  };
}

/**
 * What a closed channel gives: its element's zero value; for a type parameter that says no
 * zero value of its own (`chan T`, T any) the runtime's default, null.
 */
function channelZero(cx: GoContext, elem: GoType): string {
  const unknown = elem.kind === 'named' && cx.decls.typeParameterZero(elem.name) === 'null';
  return unknown ? 'null' : zeroValue(elem, cx.decls);
}

export function closeChannel(cx: GoContext, channel: Node): Typed {
  cx.use('close');
  return { code: ts`close(${channelOperand(channel, cx.expr(channel))})`, type: UNKNOWN };
}

/** The channel as an argument: Go's untyped `nil` is `null`. */
export function channelOperand(node: Node, ch: Typed): Code {
  return node.type === 'nil' ? ts`null` : ch.code;
}

/**
 * A channel that may be nil: a call's result such as ctx.Done(), or a variable that is set
 * to nil or declared without a value.
 */
function mayBeNilChannel(cx: GoContext, node: Node): boolean {
  if (node.type === 'nil' || node.type === 'call_expression') return true;
  if (node.type !== 'identifier') return false;
  return cx.nilAssigned.has(node.text) || (cx.scope.lookup(node.text)?.maybeNil ?? false);
}
