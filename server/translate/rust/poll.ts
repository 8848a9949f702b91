// Futures polled by hand (std::future::poll_fn, std::task::Poll, `Pin::new(&mut fut).poll(cx)`)
// and std::future::pending: the runtime steps the future in place (see rs.pollFuture).
//   std::future::poll_fn(|cx| Poll::Ready(Pin::new(&mut *f).poll(cx).is_ready())).await
//   -> await rs.pollFn(async (cx) => rs.StdPoll.ready((await rs.pollFuture(f, cx)).isReady()))
//   Poll::Pending                      -> rs.StdPoll.pending
//   std::future::pending::<()>()       -> rs.pending<Unit>()
import { ts, typeOnly } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { RustContext, Typed } from './context.js';
import type { Call } from './methods/call.js';
import { awaitedType, BOOL, isNamed, named, tsType, UNKNOWN, type RustType } from './types.js';

const CONTEXT = named('rs.Context');

/** `std::task::Poll<T>`. */
function stdPoll(value: RustType): RustType {
  return named('rs.StdPoll', value);
}

/** `poll_fn(f)`, `pending()`, `Poll::Ready(v)`, `Pin::new(p)`; null for another call. */
export function pollCall(
  cx: RustContext,
  segments: string[],
  args: Node[],
  turbofish: RustType[],
  resolved: string[],
): Typed | null {
  const last = segments[segments.length - 1]!;
  const owner = segments[segments.length - 2] ?? '';
  const inFuture = (resolved[0] === 'std' || resolved[0] === 'core') && resolved[resolved.length - 2] === 'future';
  if (last === 'poll_fn' && inFuture && args[0]) {
    const f = cx.closure(args[0], [CONTEXT]);
    const output = f.type.kind === 'fn' && isNamed(f.type.result, 'rs.StdPoll') ? pollOutput(f.type.result) : UNKNOWN;
    cx.use('rs');
    return { code: ts`rs.pollFn(${f.code})`, type: named('Future', output) };
  }
  if (last === 'pending' && inFuture) {
    const output = turbofish[0] ?? UNKNOWN;
    const shown = tsType(output);
    cx.use('rs');
    return {
      code: ts`rs.pending${typeOnly(shown ? `<${shown === 'void' ? 'Unit' : shown}>` : '')}()`,
      type: named('Pinned', output),
    };
  }
  if (owner === 'Poll' && last === 'Ready' && args[0]) {
    const value = cx.expr(args[0]);
    cx.use('rs');
    return { code: ts`rs.StdPoll.ready(${value.code})`, type: stdPoll(value.type) };
  }
  // `Pin::new(&mut fut)`: the future itself, which the runtime never moves.
  if (owner === 'Pin' && last === 'new' && args[0]) return cx.expr(args[0]);
  return null;
}

/** `Poll::Pending` as a value; null for another path. */
export function pollPath(cx: RustContext, segments: string[]): Typed | null {
  if (segments[segments.length - 2] !== 'Poll' || segments[segments.length - 1] !== 'Pending') return null;
  cx.use('rs');
  return { code: ts`rs.StdPoll.pending`, type: stdPoll(UNKNOWN) };
}

/** `fut.poll(cx)` with a poll_fn's context, `cx.waker()`, and `Poll`'s methods. */
export function pollMethods(c: Call): Typed | null {
  const r = c.receiver;
  if (c.method === 'poll' && c.argNodes.length === 1) {
    const context = c.args()[0]!;
    if (!isNamed(context.type, 'rs.Context')) return null;
    c.cx.use('rs');
    c.cx.awaits();
    return {
      code: ts`(await rs.pollFuture(${r.code}, ${context.code}))`,
      type: stdPoll(isFuture(r.type) ? awaitedType(r.type) : UNKNOWN),
    };
  }
  if (isNamed(r.type, 'rs.Context') && c.method === 'waker')
    return { code: ts`${r.code}.waker()`, type: named('rs.Waker') };
  if (!isNamed(r.type, 'rs.StdPoll')) return null;
  if (c.method === 'is_ready') return { code: ts`${r.code}.isReady()`, type: BOOL };
  if (c.method === 'is_pending') return { code: ts`${r.code}.isPending()`, type: BOOL };
  return null;
}

function isFuture(type: RustType): boolean {
  return isNamed(type, 'Pinned') || isNamed(type, 'Future') || isNamed(type, 'AsyncFn');
}

function pollOutput(type: RustType): RustType {
  return type.kind === 'named' ? (type.args[0] ?? UNKNOWN) : UNKNOWN;
}
