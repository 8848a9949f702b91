// Methods of Tokio's and std's synchronisation types (Notify, Semaphore, RwLock, Barrier,
// Condvar, the atomics), JoinSet and the runtime builder; std's blocking calls are awaited.
//   notify.notified().await              -> await notify.notified()
//   let permit = sem.acquire().await?;   -> const permit = (await sem.acquire()) ...
//   let n = hits.fetch_add(1, SeqCst);   -> const n = hits.fetchAdd(1, 'SeqCst');
//   rt.block_on(async { .. })            -> await rt.blockOn(async () => { .. })
import { join, ts, type Code } from '../../emit/code.js';
import { field } from '../../syntax.js';
import type { Typed } from '../context.js';
import { atomicValue } from '../atomics.js';
import { spawnArguments } from '../calls-spawn.js';
import { camelCase, propertyName } from '../names.js';
import { awaitedType, BOOL, named, option, result, tuple, UNIT, UNKNOWN, USIZE, type RustType } from '../types.js';
import { argList, type Call } from './call.js';
import { isWide, toWide } from '../wide-integers.js';

export function syncMethods(c: Call): Typed | null {
  const t = c.receiver.type;
  if (t.kind !== 'named' || ['clone', 'as_mut', 'as_ref'].includes(c.method)) return null;
  const elem = t.args[0] ?? UNKNOWN;
  const m = propertyName(camelCase(c.method));
  const plain = (type: RustType, args: Code = argList(c)): Typed => ({
    code: ts`${c.receiver.code}.${m}(${args})`,
    type,
  });
  const blocking = (type: RustType, args: Code = argList(c)): Typed => {
    c.cx.awaits();
    return { code: ts`(await ${c.receiver.code}.${m}(${args}))`, type };
  };
  if (t.name.startsWith('std.Atomic')) return atomicMethod(c, atomicValue(c.cx.items, t.name));
  switch (`${t.name}.${c.method}`) {
    case 'Notify.notify_one':
    case 'Notify.notify_waiters':
      return plain(UNIT);
    case 'Notify.notified':
      return plain(named('Notified'));
    case 'Notified.enable':
      return plain(BOOL);
    case 'Semaphore.acquire':
    case 'Semaphore.acquire_owned':
    case 'Semaphore.acquire_many':
    case 'Semaphore.acquire_many_owned':
      return plain(named('Future', result(named('SemaphorePermit'), named('AcquireError'))));
    case 'Semaphore.try_acquire':
    case 'Semaphore.try_acquire_owned':
    case 'Semaphore.try_acquire_many':
    case 'Semaphore.try_acquire_many_owned':
      return plain(result(named('SemaphorePermit'), named('TryAcquireError')));
    case 'Semaphore.available_permits':
      return plain(USIZE);
    case 'Semaphore.is_closed':
      return plain(BOOL);
    case 'Semaphore.add_permits':
    case 'Semaphore.close':
    case 'SemaphorePermit.forget':
    case 'SemaphorePermit.merge':
      return plain(UNIT);
    case 'RwLock.read':
    case 'RwLock.read_owned':
      return plain(named('Future', named('RwLockReadGuard', elem)));
    case 'RwLock.write':
    case 'RwLock.write_owned':
      return plain(named('Future', named('RwLockWriteGuard', elem)));
    case 'RwLock.blocking_read':
    case 'RwLock.blocking_write': {
      const where = methodLocation(c);
      return blocking(named(c.method === 'blocking_read' ? 'RwLockReadGuard' : 'RwLockWriteGuard', elem), where);
    }
    case 'RwLock.try_read':
    case 'RwLock.try_read_owned':
    case 'std.RwLock.try_read':
      return plain(result(named('RwLockReadGuard', elem), named('TryLockError')));
    case 'RwLock.try_write':
    case 'RwLock.try_write_owned':
    case 'std.RwLock.try_write':
      return plain(result(named('RwLockWriteGuard', elem), named('TryLockError')));
    case 'RwLock.into_inner':
      return plain(elem);
    case 'RwLockWriteGuard.downgrade':
      return plain(named('RwLockReadGuard', elem));
    case 'std.RwLock.into_inner':
      return plain(result(elem, named('PoisonError')));
    case 'std.RwLock.read':
      return blocking(result(named('RwLockReadGuard', elem), named('PoisonError')));
    case 'std.RwLock.write':
      return blocking(result(named('RwLockWriteGuard', elem), named('PoisonError')));
    case 'Barrier.wait':
      return plain(named('Future', named('BarrierWaitResult')));
    case 'std.Barrier.wait':
      return blocking(named('BarrierWaitResult'));
    case 'BarrierWaitResult.is_leader':
    case 'std.WaitTimeoutResult.timed_out':
      return plain(BOOL);
    case 'std.Condvar.notify_one':
    case 'std.Condvar.notify_all':
      return plain(UNIT);
    case 'std.Condvar.wait':
    case 'std.Condvar.wait_while':
    case 'std.Condvar.wait_timeout':
    case 'std.Condvar.wait_timeout_while':
      return condvarWait(c, blocking);
    case 'OnceCell.initialized':
    case 'std.Once.is_completed':
      return plain(BOOL);
    case 'OnceCell.get':
    case 'OnceCell.into_inner':
    case 'OnceCell.take':
    case 'std.OnceLock.get':
    case 'std.OnceLock.into_inner':
    case 'std.OnceLock.take':
      return plain(option(elem));
    case 'OnceCell.set':
      return plain(result(UNIT, named('SetError', elem)));
    case 'std.OnceLock.set':
      return plain(result(UNIT, elem));
    case 'OnceCell.get_or_init':
      return plain(named('Future', elem), c.fn(0, []));
    case 'OnceCell.get_or_try_init':
      return onceTryInit(c, elem);
    case 'std.OnceLock.get_or_init': {
      const init = c.cx.closure(c.argNodes[0]!, []);
      return plain(init.type.kind === 'fn' && elem.kind === 'unknown' ? init.type.result : elem, init.code);
    }
    case 'std.Once.call_once':
      return plain(UNIT, c.fn(0, []));
    case 'rs.UnsafeCell.get':
    case 'rs.UnsafeCell.get_mut':
      return plain(named('rs.UnsafePointer', elem));
    case 'rs.UnsafeCell.into_inner':
      return plain(elem);
    case 'LocalKey.scope': {
      const value = c.cx.expr(c.argNodes[0]!);
      const future = runnable(c, 1);
      return plain(named('Future', future.type), ts`${value.code}, ${future.code}`);
    }
    case 'LocalKey.sync_scope': {
      const value = c.cx.expr(c.argNodes[0]!);
      const body = c.cx.closure(c.argNodes[1]!, []);
      return plain(body.type.kind === 'fn' ? body.type.result : UNKNOWN, ts`${value.code}, ${body.code}`);
    }
    case 'LocalKey.try_with':
    case 'LocalKey.with': {
      const body = c.cx.closure(c.argNodes[0]!, [elem]);
      const produced = body.type.kind === 'fn' ? body.type.result : UNKNOWN;
      if (c.method === 'try_with') return plain(result(produced, named('AccessError')), body.code);
      return plain(produced, ts`${body.code}, ${methodLocation(c)}`);
    }
    case 'LocalKey.get':
      return plain(elem, methodLocation(c));
    case 'JoinSet.spawn':
      return joinSetSpawn(c, elem);
    case 'JoinSet.join_next':
      return plain(named('Future', option(result(elem, named('JoinError')))));
    case 'JoinSet.join_next_with_id':
      return plain(named('Future', option(result(tuple([USIZE, elem]), named('JoinError')))));
    case 'JoinSet.shutdown':
      return plain(named('Future', UNIT));
    case 'JoinSet.len':
      return plain(USIZE);
    case 'JoinSet.is_empty':
      return plain(BOOL);
    case 'JoinSet.abort_all':
    case 'JoinSet.detach_all':
      return plain(UNIT);
    case 'Runtime.enter':
      return plain(named('EnterGuard'));
    case 'Runtime.handle':
      return plain(named('Handle'));
    case 'Runtime.shutdown_timeout':
    case 'Runtime.shutdown_background':
      return plain(UNIT);
    case 'Handle.block_on':
    case 'Runtime.block_on': {
      const future = runnable(c, 0);
      return blocking(future.type, future.code);
    }
    case 'LocalSet.block_on': {
      const future = runnable(c, 1);
      const rt = c.argNodes[0] ? c.cx.expr(c.argNodes[0]).code : ts`undefined`;
      return blocking(future.type, ts`${rt}, ${future.code}`);
    }
    case 'LocalSet.run_until': {
      const future = runnable(c, 0);
      return plain(named('Future', future.type), future.code);
    }
    case 'Handle.spawn':
    case 'Handle.spawn_blocking':
    case 'Runtime.spawn':
    case 'Runtime.spawn_blocking': {
      const body = runnable(c, 0);
      return plain(named('JoinHandle', body.type), body.code);
    }
    case 'Builder.enable_all':
    case 'Builder.enable_time':
    case 'Builder.enable_io':
    case 'Builder.worker_threads':
    case 'Builder.start_paused':
      return plain(named('Builder'));
    case 'Builder.build':
      return plain(result(named('Runtime'), named('io.Error')));
  }
  if (SYNC_TYPES.has(t.name)) return c.cx.unsupported(c.node, `${t.name}::${c.method}`);
  return null;
}

/** The receiver types this module answers for; a method of theirs it lacks is unsupported, by name. */
const SYNC_TYPES = new Set([
  'Notify',
  'Notified',
  'Semaphore',
  'SemaphorePermit',
  'RwLock',
  'std.RwLock',
  'Barrier',
  'std.Barrier',
  'BarrierWaitResult',
  'std.Condvar',
  'std.WaitTimeoutResult',
  'JoinSet',
  'Runtime',
  'Handle',
  'Builder',
  'LocalSet',
]);

// The arguments that are values of the atomic (`store(v, ..)`, `compare_exchange(current, new, ..)`).
const VALUE_ARGUMENTS: Record<string, number> = { store: 1, swap: 1, compare_exchange: 2, compare_exchange_weak: 2 };

function atomicMethod(c: Call, value: RustType): Typed {
  // A bigint atomic takes bigints: a literal `1` becomes `1n`.
  const count = VALUE_ARGUMENTS[c.method] ?? (c.method.startsWith('fetch_') && c.method !== 'fetch_update' ? 1 : 0);
  const args = c.args().map((a, i) => (i < count && isWide(value) ? toWide(a) : a.code));
  const plain = (type: RustType, list: Code = join(args, ', ')): Typed => ({
    code: ts`${c.receiver.code}.${camelCase(c.method)}(${list})`,
    type,
  });
  switch (c.method) {
    case 'load':
    case 'swap':
    case 'into_inner':
    case 'get_mut':
      return plain(value);
    case 'store':
      return plain(UNIT);
    case 'compare_exchange':
    case 'compare_exchange_weak':
      return plain(result(value, value));
    case 'fetch_update': {
      const args = c.args();
      return plain(result(value, value), ts`${args[0]!.code}, ${args[1]!.code}, ${c.fn(2, [value])}`);
    }
  }
  if (/^fetch_(add|sub|max|min|and|or|xor|nand)$/.test(c.method)) return plain(value);
  return c.cx.unsupported(c.node, `atomic ${c.method}`);
}

/** `cvar.wait(guard)`, `wait_while(guard, |v| ..)`, `wait_timeout(guard, d)`, `wait_timeout_while(guard, d, |v| ..)`: the guard comes back, in a Result. */
function condvarWait(c: Call, blocking: (type: RustType, args?: Code) => Typed): Typed {
  const [guard, extra] = c.args();
  const guardType = guard?.type ?? UNKNOWN;
  const value = guardType.kind === 'named' ? (guardType.args[0] ?? UNKNOWN) : UNKNOWN;
  if (c.method === 'wait_while')
    return blocking(result(guardType, named('PoisonError')), ts`${guard!.code}, ${c.fn(1, [value])}`);
  const timedResult = result(tuple([guardType, named('std.WaitTimeoutResult')]), named('PoisonError'));
  if (c.method === 'wait_timeout') return blocking(timedResult, ts`${guard!.code}, ${extra!.code}`);
  if (c.method === 'wait_timeout_while')
    return blocking(timedResult, ts`${guard!.code}, ${extra!.code}, ${c.fn(2, [value])}`);
  return blocking(result(guardType, named('PoisonError')));
}

/** Where a `#[track_caller]` method's panic is reported: its name's position. */
function methodLocation(c: Call): Code {
  return ts`'${c.cx.location(field(field(c.node, 'function')!, 'field')!)}'`;
}

/** `cell.get_or_try_init(|| async { .. })`: the error type is the closure's. */
function onceTryInit(c: Call, elem: RustType): Typed {
  const init = c.cx.closure(c.argNodes[0]!, []);
  const made = init.type.kind === 'fn' ? awaitedType(init.type.result) : UNKNOWN;
  const error = made.kind === 'result' ? made.err : UNKNOWN;
  return { code: ts`${c.receiver.code}.getOrTryInit(${init.code})`, type: named('Future', result(elem, error)) };
}

/** `set.spawn(async move { .. })` or `set.spawn(work(i))`: the task's body, as a function. */
function joinSetSpawn(c: Call, elem: RustType): Typed {
  const body = runnable(c, 0);
  if (elem.kind === 'unknown' && c.receiverNode.type === 'identifier') {
    const local = c.cx.scope.lookup(c.receiverNode.text);
    if (local?.pending) local.pending.settle(body.type);
    else if (local?.type.kind === 'named' && local.type.name === 'JoinSet') local.type = named('JoinSet', body.type);
  }
  return {
    code: ts`${c.receiver.code}.spawn(${body.code}${spawnArguments(c.argNodes[0]!, [])})`,
    type: named('AbortHandle'),
  };
}

/** A future argument as a function to run (an async block is one already; a call is deferred), with what it produces. */
function runnable(c: Call, i: number): { code: Code; type: RustType } {
  const node = c.argNodes[i];
  if (!node) return { code: ts`() => null`, type: UNIT };
  if (node.type === 'closure_expression') {
    const fn = c.cx.closure(node, []);
    return { code: fn.code, type: fn.type.kind === 'fn' ? fn.type.result : UNKNOWN };
  }
  // A call's arguments are evaluated now, as Rust does when it builds the future.
  const future = c.cx.futureArgument(node);
  // `async { .. }` is a function here; what it gives is what the runtime gives back.
  const type = future.type;
  return type.kind === 'named' && type.name === 'AsyncFn'
    ? { code: future.code, type: type.args[0] ?? UNKNOWN }
    : future;
}
