// Methods of the runtime's channel, task, time and lock handles: camelCase, with the types Rust
// gives them; std's blocking calls are awaited (the function calling them turns async).
//   tx.send(v).await         -> await tx.send(v)
//   let v = rx.recv().unwrap();  (std)  -> const v = (await rx.recv()).unwrap(..);
//   handle.join().unwrap()   (a thread) -> (await handle.join()).unwrap(..)
import { ts, typeOnly, type Code } from '../../emit/code.js';
import { field } from '../../syntax.js';
import { valuesOf } from '../facts.js';
import { argList, argument, type Call, refineFromPush } from './call.js';
import type { Typed } from '../context.js';
import { camelCase, propertyName } from '../names.js';
import { defaultOf, deferred, isHandle, operand } from '../values.js';
import {
  BOOL,
  CHAR,
  FLOAT,
  isScalar,
  named,
  operation,
  option,
  result,
  STRING,
  tsType,
  tuple,
  UNIT,
  UNKNOWN,
  USIZE,
  vec,
  type RustType,
} from '../types.js';

/** What Display's `f` tells (its flags) and gives (`f.pad(s)` is the padded text). */
const FORMATTER_METHODS: Record<string, RustType> = {
  precision: option(USIZE),
  width: option(USIZE),
  fill: CHAR,
  alternate: BOOL,
  sign_plus: BOOL,
  pad: STRING,
  pad_integral: STRING,
};

/** Channel, task, time and lock handles of the runtime: camelCase methods, awaited where Rust awaits. */
export function runtimeMethods(c: Call): Typed | null {
  const r = c.receiver;
  if (r.type.kind !== 'named') return null;
  const name = r.type.name;
  let elem = r.type.args[0] ?? UNKNOWN;
  // `let (tx, rx) = oneshot::channel();` then `tx.send(v)`: what is sent is what the channel carries.
  if (elem.kind === 'unknown' && /Sender$/.test(name) && /^(send|try_send|blocking_send|send_replace)$/.test(c.method))
    elem = settledBySend(c);
  if (['clone', 'iter', 'to_string', 'as_mut', 'as_ref'].includes(c.method)) return null;
  // Display's fmt gives its text: `f.write_str(s)` is that text.
  if (name === 'Formatter' && c.method === 'write_str') return { code: argument(c), type: STRING };
  if (name === 'Formatter') {
    const read = FORMATTER_METHODS[c.method];
    if (read) return { code: ts`${r.code}.${propertyName(camelCase(c.method))}(${argList(c)})`, type: read };
    // `f.debug_struct("P")` and the other builders, `f.align()`: not translated yet.
    return c.cx.unsupported(c.node, `Formatter::${c.method}`);
  }
  if (name === 'DynError' && c.method === 'source') {
    c.cx.use('rs');
    return { code: ts`rs.errorSource(${r.code})`, type: option(named('DynError')) };
  }
  if (name === 'Pinned' && c.method === 'set') {
    // `fut.set(other())`: the pinned future is replaced (the old one dropped).
    const next = c.args()[0];
    const body =
      next?.type.kind === 'named' && next.type.name === 'AsyncFn' ? next.code : deferred(next?.code ?? ts`null`);
    return { code: ts`${r.code}.set(${body})`, type: UNIT };
  }
  const utf8 = utf8ErrorMethodType(name, c.method);
  if (utf8) return { code: ts`${r.code}.${propertyName(camelCase(c.method))}()`, type: utf8 };
  const m = propertyName(camelCase(c.method));
  const plain = (type: RustType): Typed => ({ code: ts`${r.code}.${m}(${argList(c)})`, type });
  const blocking = (type: RustType): Typed => {
    c.cx.awaits();
    return { code: ts`(await ${r.code}.${m}(${argList(c)}))`, type };
  };
  /** A Tokio call that blocks a std thread: awaited, with the caller's location for its panic inside the runtime. */
  const blockingTokio = (type: RustType): Typed => {
    c.cx.awaits();
    const where = `'${c.cx.location(field(field(c.node, 'function')!, 'field')!)}'`;
    const args = c.argNodes.length ? ts`${argList(c)}, ${where}` : ts`${where}`;
    return { code: ts`(await ${r.code}.${m}(${args}))`, type };
  };
  switch (`${name}.${c.method}`) {
    case 'mpsc.Receiver.blocking_recv':
    case 'mpsc.UnboundedReceiver.blocking_recv':
      return blockingTokio(option(elem));
    case 'mpsc.Sender.blocking_send':
      return blockingTokio(result(UNIT, named('SendError', elem)));
    case 'oneshot.Receiver.blocking_recv':
      return blockingTokio(result(elem, named('RecvError')));
    case 'mpsc.Sender.send':
      return plain(operation(result(UNIT, named('SendError', elem))));
    case 'mpsc.UnboundedSender.send':
      return plain(result(UNIT, named('SendError', elem)));
    case 'mpsc.Sender.try_send':
      return plain(result(UNIT, named('TrySendError', elem)));
    case 'mpsc.Sender.send_timeout':
      return plain(named('Future', result(UNIT, named('mpsc.SendTimeoutError', elem))));
    case 'mpsc.Sender.reserve':
      return plain(named('Future', result(named('mpsc.Permit', elem), named('SendError', UNIT))));
    case 'mpsc.Sender.try_reserve':
      return plain(result(named('mpsc.Permit', elem), named('TrySendError', UNIT)));
    case 'mpsc.Sender.reserve_owned':
      return plain(named('Future', result(named('mpsc.OwnedPermit', elem), named('SendError', UNIT))));
    case 'mpsc.Sender.try_reserve_owned':
      return plain(result(named('mpsc.OwnedPermit', elem), named('TrySendError', r.type)));
    case 'mpsc.OwnedPermit.send':
    case 'mpsc.OwnedPermit.release':
      return plain(named('mpsc.Sender', elem));
    case 'mpsc.Sender.downgrade':
      return plain(named('mpsc.WeakSender', elem));
    case 'mpsc.UnboundedSender.downgrade':
      return plain(named('mpsc.WeakUnboundedSender', elem));
    case 'mpsc.WeakSender.upgrade':
      return plain(option(named('mpsc.Sender', elem)));
    case 'mpsc.WeakUnboundedSender.upgrade':
      return plain(option(named('mpsc.UnboundedSender', elem)));
    case 'mpsc.Receiver.recv':
    case 'mpsc.UnboundedReceiver.recv':
      return plain(operation(option(elem)));
    case 'mpsc.Receiver.try_recv':
    case 'mpsc.UnboundedReceiver.try_recv':
      return plain(result(elem, named('TryRecvError')));
    case 'std.Sender.send':
      return plain(result(UNIT, named('SendError', elem)));
    case 'std.SyncSender.send':
      return blocking(result(UNIT, named('SendError', elem)));
    case 'std.SyncSender.try_send':
      return plain(result(UNIT, named('TrySendError', elem)));
    case 'std.Receiver.recv':
      return blocking(result(elem, named('RecvError')));
    case 'std.Receiver.recv_timeout':
      return blocking(result(elem, named('RecvTimeoutError')));
    case 'std.Receiver.try_recv':
      return plain(result(elem, named('TryRecvError')));
    case 'oneshot.Sender.send':
      return plain(result(UNIT, elem));
    case 'oneshot.Receiver.try_recv':
      return plain(result(elem, named('TryRecvError')));
    case 'broadcast.Sender.send':
      return plain(result(USIZE, named('SendError', elem)));
    case 'broadcast.Sender.subscribe':
      return plain(named('broadcast.Receiver', elem));
    case 'broadcast.Receiver.recv':
      return plain(operation(result(elem, named('RecvError'))));
    case 'broadcast.Receiver.try_recv':
      return plain(result(elem, named('TryRecvError')));
    case 'watch.Sender.send':
      return plain(result(UNIT, named('SendError', elem)));
    case 'watch.Receiver.changed':
      return plain(named('Future', result(UNIT, named('RecvError'))));
    case 'rs.Cell.get':
    case 'rs.Cell.replace':
    case 'rs.Cell.into_inner':
      return plain(elem);
    case 'rs.Cell.set':
      return plain(UNIT);
    case 'rs.Cell.take':
      return { code: ts`${r.code}.take(${defaultOf(c.cx, elem)})`, type: elem };
    case 'watch.Receiver.borrow':
    case 'watch.Receiver.borrow_and_update':
    case 'watch.Sender.borrow':
      return keepsRef(c) ? { code: ts`${r.code}.${m}Ref()`, type: named('watch.Ref', elem) } : plain(elem);
    case 'watch.Sender.send_replace':
      return plain(elem);
    case 'watch.Sender.send_modify':
      return { code: ts`${r.code}.sendModify(${c.fn(0, [elem])})`, type: UNIT };
    case 'watch.Sender.send_if_modified':
      return { code: ts`${r.code}.sendIfModified(${c.fn(0, [elem])})`, type: BOOL };
    case 'watch.Sender.subscribe':
      return plain(named('watch.Receiver', elem));
    case 'watch.Ref.has_changed':
      return plain(BOOL);
    case 'watch.Receiver.has_changed':
      return plain(result(BOOL, named('RecvError')));
    case 'Mutex.lock':
    case 'Mutex.lock_owned':
      return plain(named('Future', named('MutexGuard', elem)));
    case 'Mutex.blocking_lock':
      return blockingTokio(named('MutexGuard', elem));
    case 'Mutex.get_mut':
      return plain(named('MutexValue', elem));
    case 'StdMutex.get_mut':
      return plain(poisonable(named('MutexValue', elem)));
    case 'Mutex.into_inner':
      return plain(elem);
    case 'StdMutex.into_inner':
      return plain(poisonable(elem));
    case 'StdMutex.clear_poison':
      return plain(UNIT);
    case 'PoisonError.into_inner':
    case 'PoisonError.get_ref':
    case 'PoisonError.get_mut':
      return plain(elem);
    case 'Mutex.try_lock':
    case 'StdMutex.try_lock':
      return plain(result(named('MutexGuard', elem), named('TryLockError')));
    case 'StdMutex.lock':
      return blocking(poisonable(named('MutexGuard', elem)));
    case 'thread.Scope.spawn':
      return { code: ts`${r.code}.spawn(${c.fn(0, [])})`, type: named('thread.JoinHandle', UNKNOWN) };
    case 'thread.Builder.name':
    case 'thread.Builder.stack_size':
      return plain(named('thread.Builder'));
    case 'thread.Builder.spawn': {
      const body = c.argNodes[0] ? c.cx.closure(c.argNodes[0], []) : { code: ts`() => null`, type: UNKNOWN };
      const produced = body.type.kind === 'fn' ? body.type.result : UNKNOWN;
      return {
        code: ts`${r.code}.spawn(${body.code})`,
        type: result(named('thread.JoinHandle', produced), named('io.Error')),
      };
    }
    case 'thread.JoinHandle.thread':
      return plain(named('thread.Thread'));
    case 'thread.Thread.name':
      return plain(option(STRING));
    case 'thread.Thread.unpark':
      return plain(UNIT);
    case 'thread.JoinHandle.join':
      return blocking(result(elem, named('Box')));
    case 'JoinHandle.abort':
    case 'JoinHandle.is_finished':
      return plain(c.method === 'abort' ? UNIT : BOOL);
    case 'Interval.tick':
      return plain(named('Future', named('Instant')));
    case 'Instant.elapsed':
    case 'Instant.duration_since':
    case 'Instant.saturating_duration_since':
    case 'Interval.period':
      return plain(named('Duration'));
    case 'Duration.saturating_sub':
      return plain(named('Duration'));
    case 'Duration.checked_sub':
    case 'Duration.checked_add':
    case 'Instant.checked_duration_since':
      return plain(option(named('Duration')));
    case 'Sleep.deadline':
      return plain(named('Instant'));
    case 'Duration.as_millis':
    case 'Duration.as_secs':
    case 'Duration.as_micros':
    case 'Duration.as_nanos':
    case 'Duration.subsec_millis':
      return plain({ kind: 'int', name: 'u128' });
    case 'Duration.as_secs_f64':
      return plain(FLOAT);
    case 'mpsc.Permit.send':
      return plain(UNIT);
    case 'JoinError.into_panic':
      return plain(named('PanicPayload'));
    case 'JoinError.try_into_panic':
      return plain(result(named('PanicPayload'), named('JoinError')));
    case 'PanicPayload.downcast_ref':
    case 'PanicPayload.downcast':
    case 'PanicPayload.is':
      return payloadDowncast(c);
    case 'Entry.or_insert':
      // `.or_insert(broadcast::channel(8).0)` in a map of `Sender<String>`: the channel carries Strings.
      c.cx.with({ expectedElement: carriedBy(elem) }, () => c.args());
      return plain(elem);
    case 'Entry.or_insert_with': {
      const make = c.cx.with({ expectedElement: carriedBy(elem) }, () => c.fn(0, []));
      return { code: ts`${r.code}.orInsertWith(${make})`, type: elem };
    }
    case 'Entry.or_insert_with_key': {
      const make = c.cx.with({ expectedElement: carriedBy(elem) }, () =>
        c.fn(0, [r.type.kind === 'named' ? (r.type.args[1] ?? UNKNOWN) : UNKNOWN]),
      );
      return { code: ts`${r.code}.orInsertWithKey(${make})`, type: elem };
    }
    case 'Entry.and_modify': {
      const slot = isScalar(elem) ? named('Ref', elem) : elem;
      return { code: ts`${r.code}.andModify(${c.fn(0, [slot])})`, type: r.type };
    }
    case 'Entry.get':
    case 'Entry.insert':
    case 'Entry.remove':
      return plain(elem);
    case 'Entry.key':
      return plain(r.type.args[1] ?? UNKNOWN);
    case 'Entry.remove_entry':
      return { code: ts`${r.code}.removeEntry()`, type: tuple([r.type.args[1] ?? UNKNOWN, elem]) };
    case 'Entry.get_mut':
    case 'Entry.into_mut': {
      // `*e.get_mut() -= 1`: a number or string is written back through the entry.
      const slot = { get: ts`${r.code}.get()`, set: (v: Code) => ts`${r.code}.insert(${v})` };
      return { code: ts`${r.code}.get()`, type: elem, ...(isScalar(elem) ? { setter: slot.set } : {}) };
    }
    case 'Entry.or_default':
      return { code: ts`${r.code}.orInsert(${defaultOf(c.cx, elem)})`, type: elem };
    case 'Ordering.then':
      return { code: ts`(${r.code} || ${argument(c)})`, type: r.type };
    case 'Ordering.then_with':
      return { code: ts`(${r.code} || (${c.fn(0, [])})())`, type: r.type };
    case 'Ordering.is_lt':
    case 'Ordering.is_le':
    case 'Ordering.is_eq':
    case 'Ordering.is_ne':
    case 'Ordering.is_ge':
    case 'Ordering.is_gt':
      return { code: ts`${operand(r.code)} ${ORDERING_TESTS[c.method]!} 0`, type: BOOL };
    case 'Ordering.reverse':
      return { code: ts`-${r.code}`, type: r.type };
  }
  // Durations and Instants are `Ord`: common.ts compares them.
  if ((name === 'Duration' || name === 'Instant') && /^(max|min|cmp|partial_cmp)$/.test(c.method)) return null;
  if (
    name.includes('.') ||
    ['Mutex', 'StdMutex', 'Duration', 'Instant', 'Interval', 'Sleep', 'JoinHandle', 'MutexGuard'].includes(name)
  ) {
    if (['capacity', 'max_capacity', 'len', 'receiver_count'].includes(c.method)) return plain(USIZE);
    if (c.method.startsWith('is_') || c.method === 'has_changed' || c.method === 'same_channel') return plain(BOOL);
    return plain(UNKNOWN);
  }
  return null;
}

/**
 * `rx.borrow().has_changed()`, or a borrow kept by `let`: its `has_changed()` may be asked, so
 * it must be a `Ref`, not the bare value (which a borrow read at once is).
 */
function keepsRef(c: Call): boolean {
  const use = c.node.parent;
  if (use?.type === 'let_declaration') return true;
  return use?.type === 'field_expression' && field(use, 'field')?.text === 'has_changed';
}

/** A receiver the translator lost track of: the usual channel methods still read right. */
export function guessedMethods(c: Call): Typed | null {
  switch (c.method) {
    case 'push':
      refineFromPush(c.cx, c.receiverNode, c.args()[0]?.type ?? UNKNOWN);
      return { code: ts`${c.receiver.code}.push(${argList(c)})`, type: UNIT };
    case 'is_empty':
      return { code: ts`${c.receiver.code}.length === 0`, type: BOOL };
    case 'keys':
    case 'values':
      // A map's and an array's alike: the items as an array.
      return { code: ts`[...${c.receiver.code}.${c.method}()]`, type: vec(UNKNOWN) };
    case 'ok':
    case 'err':
      // Only a Result has these: what they give is an Option.
      return { code: ts`${c.receiver.code}.${c.method}()`, type: option(UNKNOWN) };
    case 'join':
      if (c.argNodes.length > 0) return null;
      c.cx.awaits();
      return { code: ts`(await ${c.receiver.code}.join())`, type: result(UNKNOWN, UNKNOWN) };
  }
  return null;
}

/** `ord.is_lt()` and the like: how an Ordering (-1, 0, 1) compares with Equal. */
const ORDERING_TESTS: Record<string, string> = {
  is_lt: '<',
  is_le: '<=',
  is_eq: '===',
  is_ne: '!==',
  is_ge: '>=',
  is_gt: '>',
};

/** std's `LockResult<T>`: T, or a PoisonError holding it. */
function poisonable(type: RustType): RustType {
  return result(type, named('PoisonError', type));
}

/**
 * `payload.downcast_ref::<&str>()`: the payload keeps its Rust type's name (panic.ts), which the
 * turbofish names; `downcast` gives a Result holding the payload back, `is` a bool.
 */
function payloadDowncast(c: Call): Typed {
  const callee = field(c.node, 'function');
  const typeArgument = callee?.type === 'generic_function' ? valuesOf(field(callee, 'type_arguments'))[0] : undefined;
  // `&'static str` is `&str`, as panic_any's payloads are named (calls-runtime.ts).
  const named_ = typeArgument ? JSON.stringify(typeArgument.text.replace(/'static\s*|\s+/g, '')) : '';
  const valueType = typeArgument ? c.cx.items.type(typeArgument) : STRING;
  if (c.method === 'is') return { code: ts`${c.receiver.code}.is(${named_})`, type: BOOL };
  const value = ts`${c.receiver.code}.downcastRef${typeOnly(`<${tsType(valueType) ?? 'unknown'}>`)}(${named_})`;
  if (c.method === 'downcast_ref') return { code: value, type: option(valueType) };
  c.cx.use('rs');
  return { code: ts`rs.okOr(${value}, ${c.receiver.code})`, type: result(valueType, named('PanicPayload')) };
}

/** The element a send tells a channel made without one (later-types.ts): the sent value's type. */
function settledBySend(c: Call): RustType {
  const sent = c.args()[0]?.type ?? UNKNOWN;
  const local = c.receiverNode.type === 'identifier' ? c.cx.scope.lookup(c.receiverNode.text) : null;
  if (local?.pending && sent.kind !== 'unknown') local.pending.settle(sent);
  return sent;
}

/** What a channel end carries (`Sender<String>`: String), for a channel made where one is expected; else null. */
function carriedBy(type: RustType): RustType | null {
  return isHandle(type) && type.kind === 'named' ? (type.args[0] ?? null) : null;
}

/** What the methods of std's Utf8Error and FromUtf8Error give (runtime: std-utf8.ts); null for others. */
function utf8ErrorMethodType(name: string, method: string): RustType | null {
  if (name === 'Utf8Error' && method === 'valid_up_to') return USIZE;
  if (name === 'Utf8Error' && method === 'error_len') return option(USIZE);
  if (name === 'FromUtf8Error' && method === 'utf8_error') return named('Utf8Error');
  if (name === 'FromUtf8Error' && (method === 'into_bytes' || method === 'as_bytes'))
    return vec({ kind: 'int', name: 'u8' });
  return null;
}
