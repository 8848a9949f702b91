// Tasks and threads: `tokio::spawn` and `thread::spawn` take an async function or closure that
// owns what it moved in (dropped when it ends); a future passed on is deferred, its arguments
// evaluated at once as Rust evaluates them when it builds the future.
//   let h = tokio::spawn(async move { tx.send(1).await.unwrap(); });
//   -> const h = spawn(async () => { try { (await tx.send(1)).unwrap(..); } finally { tx.drop(); } }, [tx]);
//   thread::spawn(move || tx.send(1).unwrap());
//   -> thread.spawn(() => { try { return tx.send(1).unwrap(..); } finally { tx.drop(); } });
//   tokio::spawn(serve(conn, id));  -> spawn(() => serve(conn, id), [], 'serve');  (the task's name, for traces)
import { ts } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import type { RustContext, Typed } from './context.js';
import { awaitedType, named, UNKNOWN } from './types.js';
import { deferred, hasDropImpl } from './values.js';

/** `tokio::spawn(async move { .. })` / `thread::spawn(move || ..)`: the task owns what it took. */
export function spawnCall(cx: RustContext, node: Node, name: string, arg: Node): Typed {
  const body =
    arg.type === 'async_block'
      ? cx.asyncBlock(arg)
      : arg.type === 'closure_expression'
        ? cx.closure(arg, [])
        : futureArgument(cx, arg);
  const resultType = name === 'spawn' ? 'JoinHandle' : 'thread.JoinHandle';
  const produced =
    body.type.kind === 'named' && body.type.name === 'AsyncFn'
      ? (body.type.args[0] ?? UNKNOWN)
      : body.type.kind === 'fn'
        ? body.type.result
        : body.type;
  // A task whose handle is kept may be aborted before it starts: the runtime then drops what it owns.
  const abortable = name === 'spawn' && arg.type === 'async_block' && node.parent?.type !== 'expression_statement';
  // (A value of a type with `impl Drop` is dropped too: its `drop()` runs.)
  const dropsItself = (name: string) => {
    const type = cx.scope.lookup(name)?.type;
    return type?.kind === 'named' && hasDropImpl(cx.items, type.name);
  };
  // What the future holds before it first runs: all an `async move` took, also what its body moves on.
  const held = arg.children.some((c) => c?.type === 'move')
    ? cx.ownership.capturedBy(arg)
    : cx.ownership.movedInto(arg);
  const handles = abortable
    ? held.filter((b) => (b.kind === 'handle' && cx.ownership.handleOf(b)?.role !== 'shared') || dropsItself(b.name))
    : [];
  const owned = handles
    .map((b) => cx.declNames.get(b.decl.id) ?? cx.scope.lookup(b.name)?.tsName)
    .filter((n): n is string => !!n);
  const rest = name === 'spawn' ? spawnArguments(arg, owned) : '';
  return { code: ts`${name}(${body.code}${rest})`, type: named(resultType, produced) };
}

/**
 * What follows the body in a runtime spawn: the values the task owns, then, for a future of a
 * function call, the task's name (the function's: `worker` of `worker(i)`, `tasks::worker::<T>(i)`
 * or `pool.worker(i)`), which traces show.
 */
export function spawnArguments(future: Node, owned: readonly string[]): string {
  const callee = future.type === 'call_expression' ? (field(future, 'function')?.text.split('::<')[0] ?? '') : '';
  const taskName = /[A-Za-z_]\w*$/.exec(callee)?.[0];
  if (taskName) return `, [${owned.join(', ')}], '${taskName}'`;
  return owned.length ? `, [${owned.join(', ')}]` : '';
}

/** A future passed to spawn or timeout: an async block, or a call to an async function (deferred). */
export function futureArgument(cx: RustContext, node: Node): Typed {
  if (node.type === 'async_block') {
    const block = cx.asyncBlock(node);
    return { code: block.code, type: awaitedType(block.type) };
  }
  const value = cx.with({ eagerArguments: node.type === 'call_expression' }, () => cx.expr(node));
  // `spawn({ let tx = tx.clone(); async move { .. } })`: the block's value is the async function already.
  if (value.type.kind === 'named' && value.type.name === 'AsyncFn')
    return { code: value.code, type: value.type.args[0] ?? UNKNOWN };
  const inner = awaitedType(value.type);
  // A JoinHandle or a oneshot receiver is awaited inside, so the future gives what awaiting it gives.
  const awaitable = value.type.kind === 'named' && value.type.name !== 'Future' && inner !== value.type;
  return { code: awaitable ? ts`async () => await ${value.code}` : deferred(value.code), type: inner };
}
