// Calls of Tokio's and std's functions by path: constructors (Arc, Mutex, Vec, HashMap,
// Duration), time (sleep, interval, timeout), threads, process::exit; channels and spawn are
// in calls-channels.ts and calls-spawn.ts.
//   Arc::new(Mutex::new(0))       -> rs.arc(new Mutex(0))
//   sleep(Duration::from_millis(10)).await  -> await sleep(Duration.fromMillis(10))
//   timeout(d, rx.recv()).await   -> await timeout(d, rx.recvOp())
import { join, ts, typeOnly } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { RustContext, Typed } from './context.js';
import { channelCall } from './calls-channels.js';
import { spawnCall } from './calls-spawn.js';
import { guardMapCall } from './calls-guard-map.js';
import { syncCall } from './calls-sync.js';
import { expandAlias, pathFunction } from './paths.js';
import { pollCall } from './poll.js';
import { camelCase } from './names.js';
import { collectionClass, isPlain, pinnedFuture } from './values.js';
import { isWide } from './wide-integers.js';
import { BOOL, CHAR, named, NEVER, result, STRING, tsType, UNIT, UNKNOWN, USIZE, vec, type RustType } from './types.js';

/** Calls of Tokio's and std's functions: channels, spawn, time, process. */
export function runtimeCall(
  cx: RustContext,
  node: Node,
  segments: string[],
  args: Node[],
  turbofish: RustType[],
): Typed | null {
  const last = segments[segments.length - 1]!;
  const owner = segments[segments.length - 2] ?? '';
  if (owner === 'Box' && last === 'new') return cx.expr(args[0]!);
  const polled = pollCall(cx, segments, args, turbofish, expandAlias(cx.items, segments));
  if (polled) return polled;
  if (last === 'panic_any' && owner === 'panic' && args[0]) {
    const value = cx.expr(args[0]);
    cx.use('panicAny');
    const typeName = args[0].type === 'string_literal' ? '&str' : payloadTypeName(value.type);
    return { code: ts`panicAny(${value.code}, '${typeName}', '${cx.location(node)}')`, type: NEVER };
  }
  if (owner === 'Box' && last === 'pin' && args[0]) {
    const value = cx.expr(args[0]);
    return pinnedFuture(cx, value) ?? value;
  }
  if (last === 'Reverse' && expandAlias(cx.items, segments).join('::') === 'std::cmp::Reverse' && args[0]) {
    const value = cx.expr(args[0]);
    cx.use('rs');
    return { code: ts`new rs.Reverse(${value.code})`, type: named('Reverse', value.type) };
  }
  // `BufReader::new(io::stdin())`: Stdin reads a line at a time already.
  if (owner === 'BufReader' && last === 'new' && args[0]) {
    const inner = cx.expr(args[0]);
    if (inner.type.kind === 'named' && inner.type.name === 'std.Stdin') return inner;
  }
  if (owner === 'Builder' && last === 'new' && expandAlias(cx.items, segments).includes('thread')) {
    cx.use('thread');
    return { code: ts`new thread.Builder()`, type: named('thread.Builder') };
  }
  const sync = syncCall(cx, node, segments, args, turbofish) ?? guardMapCall(cx, segments, args);
  if (sync) return sync;
  if (owner === 'future' && last === 'ready') {
    // std::future::ready(v): a future that is ready at once with v.
    const value = args[0] ? cx.expr(args[0]) : { code: ts`null`, type: UNIT };
    return { code: value.code, type: named('Future', value.type) };
  }
  if ((owner === 'Arc' || owner === 'Rc') && args[0]) {
    const value = cx.expr(args[0]);
    cx.use('rs');
    if (last === 'new') {
      const boxed = isPlain(value.type) ? 'arcValue' : 'arc';
      // `Arc::new((Mutex::new(false), Condvar::new()))`: TypeScript would read the pair as an array of a union.
      const pairType = value.type.kind === 'tuple' ? tsType(value.type) : null;
      const cast = pairType ? typeOnly(` as ${pairType}`) : '';
      return { code: ts`rs.${boxed}(${value.code}${cast})`, type: named('Arc', value.type) };
    }
    if (last === 'clone') return { code: ts`rs.arcClone(${value.code})`, type: value.type };
    if (last === 'strong_count') return { code: ts`rs.strongCount(${value.code})`, type: USIZE };
    if (
      last === 'try_unwrap' &&
      value.type.kind === 'named' &&
      value.type.name === 'Arc' &&
      !isPlain(value.type.args[0] ?? UNKNOWN)
    ) {
      const inner = value.type.args[0] ?? UNKNOWN;
      return { code: ts`rs.arcTryUnwrap(${value.code})`, type: result(inner, value.type) };
    }
  }
  if (owner === 'Mutex' && last === 'new') {
    // `tokio::sync::Mutex::new` says whose it is; a bare `Mutex::new`, its `use`.
    const isStd = expandAlias(cx.items, segments)[0] === 'std';
    const value = cx.expr(args[0]!);
    const name = isStd ? 'StdMutex' : 'Mutex';
    cx.use(name);
    return { code: ts`new ${name}${emptyArrayGeneric(value)}(${value.code})`, type: named(name, value.type) };
  }
  if (owner === 'UnsafeCell' && last === 'new' && args[0]) {
    const value = cx.expr(args[0]);
    cx.use('rs');
    return {
      code: ts`new rs.UnsafeCell${emptyArrayGeneric(value)}(${value.code})`,
      type: named('rs.UnsafeCell', value.type),
    };
  }
  if (owner === 'Cell' && last === 'new' && args[0] && expandAlias(cx.items, segments).includes('cell')) {
    const value = cx.expr(args[0]);
    cx.use('rs');
    return { code: ts`new rs.Cell${emptyArrayGeneric(value)}(${value.code})`, type: named('rs.Cell', value.type) };
  }
  if (owner === 'RefCell' && last === 'new' && args[0]) {
    const value = cx.expr(args[0]);
    cx.use('rs');
    return {
      code: ts`new rs.RefCell${emptyArrayGeneric(value)}(${value.code})`,
      type: named('rs.RefCell', value.type),
    };
  }
  // `std::ptr::eq(a, b)`: the same object; equal numbers and strings count as the same place.
  if (owner === 'ptr' && last === 'eq' && args.length === 2) {
    const [a, b] = args.map((arg) => cx.expr(arg).code);
    return { code: ts`(${a} === ${b})`, type: BOOL };
  }
  if (owner === 'char' && last === 'from' && args[0])
    return { code: ts`String.fromCodePoint(${cx.expr(args[0]).code})`, type: CHAR };
  if (owner === 'Duration' || owner === 'Instant') {
    cx.use(owner);
    // std's Instant reads real time; Tokio's follows its clock, which may be paused.
    const isStdNow = owner === 'Instant' && last === 'now' && expandAlias(cx.items, segments)[0] === 'std';
    const method = isStdNow ? 'stdNow' : camelCase(last);
    // A Duration counts in numbers: a program's wide (bigint) u64 becomes one.
    const values = args.map((a) => {
      const value = cx.expr(a);
      return isWide(value.type) ? ts`Number(${value.code})` : value.code;
    });
    return { code: ts`${owner}.${method}(${join(values, ', ')})`, type: named(owner) };
  }
  if ((owner === 'String' && (last === 'new' || last === 'from')) || (owner === 'str' && last === 'to_string')) {
    return { code: args[0] ? cx.expr(args[0]).code : ts`''`, type: STRING };
  }
  if ((owner === 'Vec' || owner === 'VecDeque') && (last === 'new' || last === 'with_capacity'))
    return { code: ts`[]`, type: vec(turbofish[0] ?? cx.expectedElement ?? UNKNOWN) };
  if ((owner === 'HashMap' || owner === 'BTreeMap') && (last === 'new' || last === 'with_capacity')) {
    const sorted = owner === 'BTreeMap';
    const key = turbofish[0] ?? cx.expectedElement ?? UNKNOWN;
    return {
      code: ts`new ${collectionClass(cx, 'map', key, sorted)}()`,
      type: { kind: 'map', key, value: turbofish[1] ?? UNKNOWN, sorted },
    };
  }
  // `BinaryHeap::from(vec![4, 1, 3])`: the items heapified.
  if (owner === 'BinaryHeap' && last === 'from' && args[0]) {
    const items = cx.expr(args[0]);
    const elem = items.type.kind === 'vec' ? items.type.elem : UNKNOWN;
    cx.use('rs');
    return { code: ts`rs.BinaryHeap.from(${items.code})`, type: named('rs.BinaryHeap', elem) };
  }
  if (owner === 'BinaryHeap' && (last === 'new' || last === 'with_capacity')) {
    cx.use('rs');
    const elem = turbofish[0] ?? cx.expectedElement ?? UNKNOWN;
    const shown = tsType(elem);
    return { code: ts`new rs.BinaryHeap${typeOnly(shown ? `<${shown}>` : '')}()`, type: named('rs.BinaryHeap', elem) };
  }
  if ((owner === 'HashSet' || owner === 'BTreeSet') && (last === 'new' || last === 'with_capacity')) {
    const elem = turbofish[0] ?? cx.expectedElement ?? UNKNOWN;
    const sorted = owner === 'BTreeSet';
    return { code: ts`new ${collectionClass(cx, 'set', elem, sorted)}()`, type: { kind: 'set', elem, sorted } };
  }
  const fn = pathFunction(cx.items, segments);
  if (!fn) return null;
  cx.use(fn.uses.split('.')[0]!);
  if (fn.awaits) cx.awaits();
  const elem = turbofish[0] ?? UNKNOWN;
  switch (fn.name) {
    case 'mpsc.channel':
    case 'std.syncChannel':
    case 'std.channel':
    case 'mpsc.unboundedChannel':
    case 'oneshot.channel':
    case 'broadcast.channel':
    case 'watch.channel':
      return channelCall(cx, node, fn.name, args, elem);
    case 'spawn':
    case 'thread.spawn':
      return spawnCall(cx, node, fn.name, args[0]!);
    case 'timeout':
    case 'timeoutAt': {
      const limit = cx.expr(args[0]!);
      const future = cx.operation(args[1]!, 'function');
      return {
        code: ts`${fn.name}(${limit.code}, ${future.code})`,
        type: named('Future', result(future.type, named('Elapsed'))),
      };
    }
    case 'sleep':
    case 'sleepUntil':
      return { code: ts`${fn.name}(${cx.arguments(args, [])}${outsideAsync(cx, node)})`, type: named('Sleep') };
    case 'interval':
    case 'intervalAt':
      return { code: ts`${fn.name}(${cx.arguments(args, [])}${outsideAsync(cx, node)})`, type: named('Interval') };
    case 'time.pause':
    case 'time.resume':
    case 'time.advance': {
      // Tokio panics at the caller when the clock is not in the state these need.
      const leading = args.length > 0 ? ts`${cx.arguments(args, [])}, ` : '';
      const type = fn.name === 'time.advance' ? named('Future', UNIT) : UNIT;
      return { code: ts`${fn.name}(${leading}'${cx.location(node)}')`, type };
    }
    case 'thread.sleep':
    case 'thread.park':
    case 'thread.parkTimeout':
    case 'thread.yieldNow':
    case 'thread.spinLoop':
      return { code: ts`await ${fn.name}(${cx.arguments(args, [])})`, type: UNIT };
    case 'thread.current':
      return { code: ts`thread.current()`, type: named('thread.Thread') };
    case 'thread.scope': {
      const body = args[0] ? cx.closure(args[0], [named('thread.Scope')]) : { code: ts`() => null`, type: UNKNOWN };
      const resultType = body.type.kind === 'fn' ? body.type.result : UNKNOWN;
      return { code: ts`await thread.scope(${body.code}, '${cx.location(node)}')`, type: resultType };
    }
    case 'rs.exit':
      return { code: ts`rs.exit(${cx.arguments(args, [])})`, type: NEVER };
    case 'env.args':
      return { code: ts`env.args()`, type: vec(STRING) };
    case 'io.stdin':
      return { code: ts`io.stdin()`, type: named('std.Stdin') };
    default:
      return { code: ts`${fn.name}(${cx.arguments(args, [])})`, type: UNKNOWN };
  }
}

/** A timer made in sync code may be made outside any runtime, where Tokio panics: the caller's location, for the panic. */
function outsideAsync(cx: RustContext, node: Node): string {
  return cx.fn?.explicitAsync ? '' : `, '${cx.location(node)}'`;
}

/** `Mutex::new(Vec::new())`: TypeScript cannot tell what `[]` will hold; the Rust type says. */
function emptyArrayGeneric(value: Typed): ReturnType<typeof typeOnly> | '' {
  const text = tsType(value.type);
  return value.code.toString() === '[]' && text ? typeOnly(`<${text}>`) : '';
}

/** A value's Rust type as `downcast_ref::<T>()` names it (methods/runtime.ts compares the two). */
function payloadTypeName(type: RustType): string {
  switch (type.kind) {
    case 'int':
      return type.name;
    case 'float':
      return 'f64';
    case 'bool':
    case 'char':
      return type.kind;
    case 'string':
      return 'String';
    case 'named':
      return type.name;
    default:
      return type.kind;
  }
}
