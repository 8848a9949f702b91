// Constructors of Tokio's and std's synchronisation types, the task set, the runtime builder,
// and `spawn_blocking`.
//   let notify = Arc::new(Notify::new());        -> const notify = rs.arc(new Notify());
//   let lock = std::sync::RwLock::new(5);         -> const lock = new std.RwLock(5);
//   RwLock::with_max_readers(v, 3)                -> RwLock.withMaxReaders(v, 3)
//   let hits = AtomicUsize::new(0);               -> const hits = new std.AtomicUsize(0);
//   let rt = Runtime::new().unwrap();             -> const rt = Runtime.new().unwrap(..);
//   tokio::task::spawn_blocking(move || work())   -> spawnBlocking(() => work())
import { ts, typeOnly } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { RustContext, Typed } from './context.js';
import { atomicType, atomicValue, newAtomic } from './atomics.js';
import { expandAlias } from './paths.js';
import { named, result, tsType, UNKNOWN, type RustType } from './types.js';
import { isWide, toWide } from './wide-integers.js';

/** Tokio's types: the same name as the runtime's export. */
const TOKIO_TYPES = new Set(['Notify', 'Semaphore', 'RwLock', 'Barrier', 'JoinSet', 'LocalSet']);
/** std's types, in the runtime's `std` namespace. */
const STD_TYPES = new Set(['RwLock', 'Barrier', 'Condvar']);
const ATOMICS = /^Atomic(Bool|Usize|Isize|[UI](8|16|32|64))$/;

/** `Type::new(..)` of a synchronisation type, `Runtime::new()`, `Builder::new_*()`, `spawn_blocking(f)`; null for other calls. */
export function syncCall(
  cx: RustContext,
  node: Node,
  segments: string[],
  args: Node[],
  turbofish: RustType[],
): Typed | null {
  const last = segments[segments.length - 1]!;
  const owner = segments[segments.length - 2] ?? '';
  if (last === 'spawn_blocking' && expandAlias(cx.items, segments).slice(-2)[0] === 'task')
    return spawnBlocking(cx, args);
  if (owner === 'Runtime' && last === 'new') {
    cx.use('Runtime');
    return { code: ts`Runtime.new()`, type: result(named('Runtime'), named('io.Error')) };
  }
  if (owner === 'Handle' && (last === 'current' || last === 'try_current')) {
    cx.use('Handle');
    if (last === 'try_current')
      return { code: ts`Handle.tryCurrent()`, type: result(named('Handle'), named('TryCurrentError')) };
    return { code: ts`Handle.current('${cx.location(node)}')`, type: named('Handle') };
  }
  if (owner === 'Builder' && (last === 'new_current_thread' || last === 'new_multi_thread')) {
    cx.use('Builder');
    return {
      code: ts`Builder.${last === 'new_current_thread' ? 'newCurrentThread' : 'newMultiThread'}()`,
      type: named('Builder'),
    };
  }
  const isStd = expandAlias(cx.items, segments)[0] === 'std';
  if (owner === 'RwLock' && last === 'with_max_readers' && !isStd) {
    cx.use('RwLock');
    const value = args[0] ? cx.expr(args[0]) : { code: ts`null`, type: UNKNOWN };
    return {
      code: ts`RwLock.withMaxReaders${generic(owner, value.type)}(${value.code}, ${cx.arguments(args.slice(1), [])})`,
      type: named('RwLock', value.type),
    };
  }
  const once = onceCall(cx, owner, last, isStd, args, turbofish);
  if (once) return once;
  const isOurs = ATOMICS.test(owner) || (isStd ? STD_TYPES : TOKIO_TYPES).has(owner);
  if (last !== 'new' || !isOurs) return null;
  // Translated once it is ours: translating a value has effects (a temporary's statement before it).
  const values = args.map((a) => cx.expr(a));
  const argCode = values.map((v) => v.code);
  if (ATOMICS.test(owner)) {
    cx.use('std');
    const name = `std.${owner}`;
    const initial = values[0] && isWide(atomicValue(cx.items, name)) ? toWide(values[0]) : (argCode[0] ?? ts``);
    return { code: newAtomic(cx.items, name, initial), type: atomicType(cx.items, name) };
  }
  if (isStd) {
    cx.use('std');
    const value = values[0]?.type ?? UNKNOWN;
    const type = owner === 'RwLock' ? named('std.RwLock', value) : named(`std.${owner}`);
    return { code: ts`new std.${owner}${generic(owner, value)}(${argCode[0] ?? ts``})`, type };
  }
  cx.use(owner);
  const value = owner === 'JoinSet' ? (turbofish[0] ?? UNKNOWN) : (values[0]?.type ?? UNKNOWN);
  const type = owner === 'RwLock' || owner === 'JoinSet' ? named(owner, value) : named(owner);
  return { code: ts`new ${owner}${generic(owner, value)}(${argCode[0] ?? ts``})`, type };
}

/** Tokio's `OnceCell::new()`/`const_new()`/`new_with(v)`, std's `Once::new()` and `OnceLock::new()`; null for other calls. */
function onceCall(
  cx: RustContext,
  owner: string,
  last: string,
  isStd: boolean,
  args: Node[],
  turbofish: RustType[],
): Typed | null {
  if (isStd && (owner === 'Once' || owner === 'OnceLock') && last === 'new') {
    cx.use('std');
    const value = turbofish[0] ?? cx.expectedElement ?? UNKNOWN;
    const type = owner === 'Once' ? named('std.Once') : named('std.OnceLock', value);
    return { code: ts`new std.${owner}${typeArgument(owner !== 'Once', value)}()`, type };
  }
  if (isStd || owner !== 'OnceCell') return null;
  cx.use('OnceCell');
  if (last === 'new' || last === 'const_new') {
    const value = turbofish[0] ?? cx.expectedElement ?? UNKNOWN;
    return { code: ts`new OnceCell${typeArgument(true, value)}()`, type: named('OnceCell', value) };
  }
  if (last !== 'new_with' || !args[0]) return null;
  const initial = cx.expr(args[0]);
  const value = initial.type.kind === 'option' ? initial.type.elem : (turbofish[0] ?? UNKNOWN);
  return {
    code: ts`OnceCell.newWith${typeArgument(true, value)}(${initial.code})`,
    type: named('OnceCell', value),
  };
}

/** `<T>` for a generic runtime type whose value type is known. */
function typeArgument(generic: boolean, value: RustType): ReturnType<typeof typeOnly> | '' {
  const text = generic && value.kind !== 'unknown' ? tsType(value) : null;
  return text ? typeOnly(`<${text === 'void' ? 'Unit' : text}>`) : '';
}

/** `RwLock::new(Vec::new())`: TypeScript cannot tell what `[]` will hold; the Rust type says. */
function generic(owner: string, value: RustType): ReturnType<typeof typeOnly> | '' {
  if (owner !== 'RwLock' && owner !== 'JoinSet') return '';
  const text = tsType(value);
  return text && value.kind !== 'unknown' ? typeOnly(`<${text === 'void' ? 'Unit' : text}>`) : '';
}

/** The closure runs as a task of its own (a thread of the blocking pool); its handle is a JoinHandle. */
function spawnBlocking(cx: RustContext, args: Node[]): Typed {
  cx.use('spawnBlocking');
  const body = args[0] ? cx.closure(args[0], []) : { code: ts`() => null`, type: UNKNOWN };
  const produced = body.type.kind === 'fn' ? body.type.result : UNKNOWN;
  return { code: ts`spawnBlocking(${body.code})`, type: named('JoinHandle', produced) };
}
