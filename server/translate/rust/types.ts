import { field, type Node } from '../syntax.js';
import { valuesOf } from './facts.js';
import { typeName } from './names.js';

/** The slice of Rust's type system the translator needs: TypeScript types, dispatch, printing. */
export type RustType =
  /** `wide`: a bigint (see wide-integers.ts). */
  | { kind: 'int'; name: string; wide?: true }
  | { kind: 'float' }
  | { kind: 'bool' }
  | { kind: 'char' }
  | { kind: 'string' }
  | { kind: 'unit' }
  | { kind: 'never' }
  | { kind: 'tuple'; items: RustType[] }
  /** `length`: a fixed-size array's (`[u64; 8]`, `[u64; N as usize]`): a number or a constant's name. */
  | { kind: 'vec'; elem: RustType; length?: string }
  | { kind: 'map'; key: RustType; value: RustType; sorted: boolean }
  | { kind: 'set'; elem: RustType; sorted: boolean }
  | { kind: 'option'; elem: RustType }
  | { kind: 'result'; ok: RustType; err: RustType }
  /**
   * `settlesAtOnce`: a Future that is a runtime operation's result, the value itself when it completes at once, else a Promise.
   * `mutable`: written `&mut T` of a type without arguments (a type parameter): a Ref once `T` turns out a number or string.
   */
  | { kind: 'named'; name: string; args: RustType[]; settlesAtOnce?: true; mutable?: true }
  | { kind: 'fn'; params: RustType[]; result: RustType; isAsync: boolean }
  | { kind: 'unknown' };

export const UNKNOWN: RustType = { kind: 'unknown' };
export const UNIT: RustType = { kind: 'unit' };
export const BOOL: RustType = { kind: 'bool' };
export const STRING: RustType = { kind: 'string' };
export const CHAR: RustType = { kind: 'char' };
export const FLOAT: RustType = { kind: 'float' };
export const I32: RustType = { kind: 'int', name: 'i32' };
export const USIZE: RustType = { kind: 'int', name: 'usize' };
export const NEVER: RustType = { kind: 'never' };

export const named = (name: string, ...args: RustType[]): RustType => ({ kind: 'named', name, args });
/** The future of a runtime operation that completes at once when it can (emit/await-operation.ts). */
export const operation = (output: RustType): RustType => ({
  kind: 'named',
  name: 'Future',
  args: [output],
  settlesAtOnce: true,
});
export const option = (elem: RustType): RustType => ({ kind: 'option', elem });
export const result = (ok: RustType, err: RustType): RustType => ({ kind: 'result', ok, err });
export const vec = (elem: RustType): RustType => ({ kind: 'vec', elem });
export const tuple = (items: RustType[]): RustType => ({ kind: 'tuple', items });

const INTEGERS = new Set(['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize']);

/**
 * Channel and task types of Tokio and std, by the last segment of their path and the module
 * that qualifies them, to the runtime's TypeScript name.
 */
const RUNTIME_TYPES: Record<string, string> = {
  'mpsc::Sender': 'mpsc.Sender',
  'mpsc::Receiver': 'mpsc.Receiver',
  'mpsc::UnboundedSender': 'mpsc.UnboundedSender',
  'mpsc::UnboundedReceiver': 'mpsc.UnboundedReceiver',
  'mpsc::WeakSender': 'mpsc.WeakSender',
  'mpsc::WeakUnboundedSender': 'mpsc.WeakUnboundedSender',
  'mpsc::SyncSender': 'std.SyncSender',
  'mpsc::Permit': 'mpsc.Permit',
  'oneshot::Sender': 'oneshot.Sender',
  'oneshot::Receiver': 'oneshot.Receiver',
  'broadcast::Sender': 'broadcast.Sender',
  'broadcast::Receiver': 'broadcast.Receiver',
  'watch::Sender': 'watch.Sender',
  'watch::Receiver': 'watch.Receiver',
  'task::JoinHandle': 'JoinHandle',
  'thread::JoinHandle': 'thread.JoinHandle',
  'thread::Thread': 'thread.Thread',
  'thread::Builder': 'thread.Builder',
  JoinHandle: 'JoinHandle',
  Duration: 'Duration',
  Instant: 'Instant',
  Interval: 'Interval',
  Sleep: 'Sleep',
  Mutex: 'Mutex',
  MutexGuard: 'MutexGuard',
  OwnedMutexGuard: 'MutexGuard',
  MappedMutexGuard: 'MappedMutexGuard',
  Notify: 'Notify',
  Semaphore: 'Semaphore',
  SemaphorePermit: 'SemaphorePermit',
  OwnedSemaphorePermit: 'SemaphorePermit',
  RwLock: 'RwLock',
  RwLockReadGuard: 'RwLockReadGuard',
  RwLockWriteGuard: 'RwLockWriteGuard',
  OwnedRwLockReadGuard: 'RwLockReadGuard',
  OwnedRwLockWriteGuard: 'RwLockWriteGuard',
  RwLockMappedWriteGuard: 'MappedMutexGuard',
  Barrier: 'Barrier',
  BarrierWaitResult: 'BarrierWaitResult',
  JoinSet: 'JoinSet',
  Formatter: 'Formatter',
  Handle: 'Handle',
  EnterGuard: 'EnterGuard',
  OnceCell: 'OnceCell',
  SetError: 'SetError',
  LocalKey: 'LocalKey',
  UnsafeCell: 'rs.UnsafeCell',
  ExitCode: 'rs.ExitCode',
  AccessError: 'AccessError',
};

/** Runtime types only the TypeScript output names (as generic types, but for Unit): imported where the text names them. */
export const TYPE_NAMES = [
  'Option',
  'Result',
  'Unit',
  'JoinHandle',
  'MutexGuard',
  'MappedMutexGuard',
  'MutexValue',
  'RwLockReadGuard',
  'RwLockWriteGuard',
  'RwLock',
  'JoinSet',
  'Future',
  'OnceCell',
  'SetError',
  'LocalKey',
];
/** Runtime types without type arguments that only the TypeScript output names: imported where the text names them. */
export const PLAIN_TYPE_NAMES = [
  'PanicPayload',
  'SemaphorePermit',
  'BarrierWaitResult',
  'Notified',
  'Notify',
  'Semaphore',
  'Barrier',
  'DynError',
  'ParseIntError',
  'ParseFloatError',
  'TryFromIntError',
  'Elapsed',
  'JoinError',
];

/** The runtime's classes a type may name, imported by name as the values they also are. */
export const RUNTIME_CLASSES = new Set([
  'Duration',
  'Instant',
  'Sleep',
  'Interval',
  'Mutex',
  'StdMutex',
  'SendError',
  'TrySendError',
  'TryRecvError',
  'TryLockError',
  'AcquireError',
  'TryAcquireError',
  'LocalSet',
  'Runtime',
  'Handle',
  'EnterGuard',
  'TryCurrentError',
  'Formatter',
]);

/** The runtime's namespaces a type may be written in (`mpsc.Sender<T>`, `rs.Reverse<T>`). */
export const TYPE_NAMESPACES = new Set(['rs', 'mpsc', 'oneshot', 'broadcast', 'watch', 'std', 'thread', 'io', 'env']);

/** std types the runtime has in its `rs` namespace, by their Rust name. */
const RS_TYPES: Record<string, string> = {
  RefCell: 'rs.RefCell',
  Reverse: 'rs.Reverse',
  Utf8Error: 'rs.Utf8Error',
  FromUtf8Error: 'rs.FromUtf8Error',
};

/** `F::Output` of a type parameter: a projection that substitute() resolves once F is a known future. */
const FUTURE_OUTPUT = '<Output>';

/** The name of every named type in a type (`Vec<mpsc::Sender<Job>>`: `mpsc.Sender`, then Job's), as tsType writes them. */
export function namedParts(type: RustType, out: string[] = []): string[] {
  switch (type.kind) {
    case 'named':
      out.push(RS_TYPES[type.name] ?? type.name);
      for (const a of type.args) namedParts(a, out);
      break;
    case 'vec':
    case 'set':
    case 'option':
      namedParts(type.elem, out);
      break;
    case 'tuple':
      for (const t of type.items) namedParts(t, out);
      break;
    case 'result':
      namedParts(type.ok, out);
      namedParts(type.err, out);
      break;
    case 'map':
      namedParts(type.key, out);
      namedParts(type.value, out);
      break;
    case 'fn':
      for (const t of type.params) namedParts(t, out);
      namedParts(type.result, out);
      break;
  }
  return out;
}

/** Aliases from `use` declarations: `Sender` -> `mpsc::Sender` after `use tokio::sync::mpsc::Sender`. */
export type TypeAliases = Map<string, string>;

/** A type written in the source. `aliases` maps imported names and `type X = ...` declarations. */
export function parseType(
  node: Node | null,
  aliases: TypeAliases,
  typeAliases: Map<string, RustType> = new Map(),
  aliasParams: Map<string, string[]> = new Map(),
): RustType {
  // A type that does not parse says nothing sure.
  if (!node || node.hasError) return UNKNOWN;
  const recurse = (n: Node | null) => parseType(n, aliases, typeAliases, aliasParams);
  switch (node.type) {
    case 'primitive_type':
      return primitive(node.text);
    case 'unit_type':
      return UNIT;
    case 'never_type':
      return NEVER;
    case 'reference_type': {
      const inner = recurse(field(node, 'type'));
      // `&mut i32`, `&mut String`: JavaScript passes these by value, so they travel as a Ref.
      const isMut = node.children.some((c) => c?.type === 'mutable_specifier');
      if (isMut && inner.kind === 'named' && inner.args.length === 0) return { ...inner, mutable: true };
      return isMut && isScalar(inner) ? named('Ref', inner) : inner;
    }
    case 'pointer_type':
      return recurse(field(node, 'type'));
    case 'tuple_type': {
      // `(dyn Error + 'static)` is the type in parentheses; a tuple of one is written `(T,)`.
      const items = valuesOf(node);
      if (items.length === 1 && !/,\s*\)$/.test(node.text)) return recurse(items[0]!);
      return tuple(items.map((k) => recurse(k)));
    }
    case 'array_type': {
      const length = arrayLength(field(node, 'length')?.text ?? '');
      const elem = recurse(field(node, 'element'));
      return length === null ? vec(elem) : { kind: 'vec', elem, length };
    }
    case 'type_identifier':
    case 'scoped_type_identifier':
    case 'generic_type': {
      if (node.text === '_') return UNKNOWN;
      const base = node.type === 'generic_type' ? field(node, 'type') : node;
      const argsNode = node.type === 'generic_type' ? field(node, 'type_arguments') : null;
      const args = valuesOf(argsNode)
        .filter((k) => k.type !== 'lifetime')
        .map((k) => recurse(k));
      return fromPath(base?.text ?? '', args, aliases, typeAliases, aliasParams);
    }
    case 'function_type': {
      // `Fn(i32) -> i32` (in `impl ..`, `dyn ..`, a bound) and `fn(i32) -> i32`.
      const params = valuesOf(field(node, 'parameters')).map((p) =>
        recurse(p.type === 'parameter' ? field(p, 'type') : p),
      );
      const returns = field(node, 'return_type');
      return { kind: 'fn', params, result: returns ? recurse(returns) : UNIT, isAsync: false };
    }
    case 'dynamic_type': {
      // `dyn Shape + Send`: a trait declared here is its interface; std's traits say nothing.
      const bound = field(node, 'trait');
      if (bound?.type === 'function_type') return recurse(bound);
      const future = futureOutput(bound, recurse);
      if (future) return future;
      // `Box<dyn Any + Send>`: what a panic leaves (a thread's join, a JoinError's into_panic).
      if (bound?.text === 'Any') return named('PanicPayload');
      const declared = bound?.type === 'type_identifier' ? typeAliases.get(bound.text) : undefined;
      if (declared?.kind === 'named' && declared.name === bound!.text) return declared;
      if (printable(bound)) return PRINTABLE;
      // `Box<dyn Error + Send + Sync>`: any error, shown by its Display.
      return /^((std::)?error::)?Error$/.test(bound?.text ?? '') ? named('DynError') : UNKNOWN;
    }
    case 'bounded_type':
      // `dyn Shape + Send`: the first bound.
      return recurse(valuesOf(node)[0] ?? null);
    case 'abstract_type': {
      // `impl Fn(i32) -> i32`; other `impl Trait` types say nothing sure.
      const bound = field(node, 'trait');
      if (bound?.type === 'function_type') return recurse(bound);
      return futureOutput(bound, recurse) ?? iteratorBound(bound, recurse) ?? printable(bound) ?? UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

/** `dyn Future<Output = T>` / `impl Future<Output = T>`: a Future of T; null for another trait. */
function futureOutput(bound: Node | null, recurse: (n: Node | null) => RustType): RustType | null {
  if (bound?.type !== 'generic_type' || !/(^|::)Future$/.test(field(bound, 'type')?.text ?? '')) return null;
  const output = valuesOf(field(bound, 'type_arguments')).find(
    (k) => k.type === 'type_binding' && field(k, 'name')?.text === 'Output',
  );
  return named('Future', output ? recurse(field(output, 'type')) : UNIT);
}

/** `impl Display`, `&dyn Debug`: a value of any type, which the code can only format. */
const PRINTABLE: RustType = named('Printable');

function printable(bound: Node | null): RustType | null {
  return /^((std::)?fmt::)?(Display|Debug)$|^((std::)?string::)?ToString$/.test(bound?.text ?? '') ? PRINTABLE : null;
}

/** `impl Iterator<Item = T>` is a lazy iterator (`rs.Iter`); `impl IntoIterator<Item = T>` what callers mostly pass, a Vec. */
function iteratorBound(bound: Node | null, recurse: (n: Node | null) => RustType): RustType | null {
  const name = bound?.type === 'generic_type' ? field(bound, 'type')?.text : null;
  if (name !== 'Iterator' && name !== 'IntoIterator') return null;
  const binding = valuesOf(field(bound!, 'type_arguments')).find(
    (k) => k.type === 'type_binding' && field(k, 'name')?.text === 'Item',
  );
  const item = binding ? recurse(field(binding, 'type')) : UNKNOWN;
  return name === 'Iterator' ? { kind: 'named', name: 'rs.Iter', args: [item] } : vec(item);
}

export function primitive(name: string): RustType {
  if (INTEGERS.has(name)) return { kind: 'int', name };
  if (name === 'f32' || name === 'f64') return FLOAT;
  if (name === 'bool') return BOOL;
  if (name === 'char') return CHAR;
  if (name === 'str') return STRING;
  return UNKNOWN;
}

function fromPath(
  path: string,
  args: RustType[],
  aliases: TypeAliases,
  typeAliases: Map<string, RustType>,
  aliasParams: Map<string, string[]>,
): RustType {
  const segments = path.split('::');
  const last = segments[segments.length - 1]!;
  // `F::Output` of a type parameter `F: Future`: what F gives once F is known (see substitute);
  // `Self::Output` is the impl's associated type (items.ts).
  if (segments.length === 2 && last === 'Output' && segments[0] !== 'Self' && /^[A-Z]\w*$/.test(segments[0]!))
    return named(FUTURE_OUTPUT, named(segments[0]!));
  const local = typeAliases.get(path);
  if (local) {
    const params = aliasParams.get(path) ?? [];
    return params.length ? substitute(local, new Map(params.map((p, i) => [p, args[i] ?? UNKNOWN]))) : local;
  }
  const arg = (i: number) => args[i] ?? UNKNOWN;
  switch (last) {
    case 'String':
      return STRING;
    case 'Vec':
    case 'VecDeque':
      return vec(arg(0));
    case 'HashMap':
    case 'BTreeMap':
      return { kind: 'map', key: arg(0), value: arg(1), sorted: last === 'BTreeMap' };
    case 'HashSet':
    case 'BTreeSet':
      return { kind: 'set', elem: arg(0), sorted: last === 'BTreeSet' };
    case 'BinaryHeap':
      return { kind: 'named', name: 'rs.BinaryHeap', args: [arg(0)] };
    case 'Option':
      return option(arg(0));
    case 'Result':
      return result(arg(0), args[1] ?? named('Error'));
    case 'Box':
    case 'Cow':
      return arg(0);
    case 'Pin':
      // `Pin<Box<dyn Future<Output = T>>>`: what `Box::pin(async { .. })` makes.
      return isNamed(arg(0), 'Future') ? named('Pinned', ...(arg(0) as { args: RustType[] }).args) : arg(0);
    case 'RefCell':
      return named('rs.RefCell', arg(0));
    case 'Cell':
      return named('rs.Cell', arg(0));
    case 'Rc':
    case 'Arc':
      // Kept, so that clone() and drop count it; methods and fields reach the value through it.
      return named('Arc', arg(0));
  }
  const qualified = runtimeTypeName(segments, aliases);
  if (qualified) return named(qualified, ...args);
  return named(last, ...args);
}

/** A type with its parameters (a generic alias's, or `Self`) replaced by the types given. */
export function substitute(type: RustType, bindings: Map<string, RustType>): RustType {
  switch (type.kind) {
    case 'named': {
      if (type.name === FUTURE_OUTPUT) {
        const future = substitute(type.args[0] ?? UNKNOWN, bindings);
        return isNamed(future, 'Future', 'Pinned', 'AsyncFn') ? awaitedType(future) : { ...type, args: [future] };
      }
      const bound = type.args.length === 0 ? bindings.get(type.name) : undefined;
      // `&mut V` with V a number or string: JavaScript passes those by value, so it travels as a Ref.
      if (bound) return type.mutable && isScalar(bound) ? named('Ref', bound) : bound;
      return { ...type, args: type.args.map((a) => substitute(a, bindings)) };
    }
    case 'fn':
      return {
        ...type,
        params: type.params.map((p) => substitute(p, bindings)),
        result: substitute(type.result, bindings),
      };
    case 'vec':
    case 'set':
    case 'option':
      return { ...type, elem: substitute(type.elem, bindings) };
    case 'tuple':
      return { ...type, items: type.items.map((i) => substitute(i, bindings)) };
    case 'result':
      return { ...type, ok: substitute(type.ok, bindings), err: substitute(type.err, bindings) };
    case 'map':
      return { ...type, key: substitute(type.key, bindings), value: substitute(type.value, bindings) };
    default:
      return type;
  }
}

/**
 * `first` with its unknown parts taken from `other` where both have the same shape: the arms of
 * `match h { None => Err(e), Some(p) => p.parse::<u16>().map(|_| ()) }` tell `Result<(), String>` together.
 */
export function completed(first: RustType, other: RustType): RustType {
  if (first.kind === 'unknown') return other;
  if (first.kind !== other.kind) return first;
  switch (first.kind) {
    case 'vec':
    case 'set':
    case 'option': {
      const elem = completed(first.elem, (other as typeof first).elem);
      return elem === first.elem ? first : { ...first, elem };
    }
    case 'result': {
      const o = other as typeof first;
      const [ok, err] = [completed(first.ok, o.ok), completed(first.err, o.err)];
      return ok === first.ok && err === first.err ? first : { ...first, ok, err };
    }
    case 'tuple': {
      const o = other as typeof first;
      if (o.items.length !== first.items.length) return first;
      const items = first.items.map((t, i) => completed(t, o.items[i]!));
      return items.every((t, i) => t === first.items[i]) ? first : { ...first, items };
    }
    case 'map': {
      const o = other as typeof first;
      const [key, value] = [completed(first.key, o.key), completed(first.value, o.value)];
      return key === first.key && value === first.value ? first : { ...first, key, value };
    }
    default:
      return first;
  }
}

/** Whether a type names one of the type parameters. */
export function mentionsAny(type: RustType, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  switch (type.kind) {
    case 'named':
      return (type.args.length === 0 && names.has(type.name)) || type.args.some((a) => mentionsAny(a, names));
    case 'vec':
    case 'set':
    case 'option':
      return mentionsAny(type.elem, names);
    case 'tuple':
      return type.items.some((t) => mentionsAny(t, names));
    case 'result':
      return mentionsAny(type.ok, names) || mentionsAny(type.err, names);
    case 'map':
      return mentionsAny(type.key, names) || mentionsAny(type.value, names);
    case 'fn':
      return type.params.some((t) => mentionsAny(t, names)) || mentionsAny(type.result, names);
    default:
      return false;
  }
}

/** The runtime's name for a Tokio/std channel or task type, or null for a type of the program. */
export function runtimeTypeName(segments: string[], aliases: TypeAliases): string | null {
  const last = segments[segments.length - 1]!;
  // `mpsc::Receiver` after `use std::sync::mpsc`: the module's own path says whose it is.
  const head = aliases.get(segments[0]!) ?? segments[0]!;
  const full = segments.length === 1 ? head : [head, ...segments.slice(1)].join('::');
  const parts = full.split('::');
  const module = parts[parts.length - 2];
  const isStd = parts[0] === 'std';
  if (module === 'mpsc' && isStd) {
    if (last === 'Sender') return 'std.Sender';
    if (last === 'SyncSender') return 'std.SyncSender';
    if (last === 'Receiver') return 'std.Receiver';
  }
  if (last === 'Mutex' && isStd) return 'StdMutex';
  if (module === 'task' && isStd && (last === 'Poll' || last === 'Context' || last === 'Waker'))
    return last === 'Poll' ? 'rs.StdPoll' : `rs.${last}`;
  // `oneshot::error::TryRecvError` and the like: each channel module has errors of its own.
  const channelModule = ['oneshot', 'broadcast', 'watch'].find((m) => parts.includes(m));
  if (/Error$/.test(last) && (channelModule || (isStd && parts.includes('mpsc'))))
    return `${channelModule ?? 'std'}.${last}`;
  if (isStd && /^(RwLock|Barrier|Condvar|WaitTimeoutResult|Once|OnceLock|Atomic\w+)$/.test(last)) return `std.${last}`;
  if (isStd && (last === 'RwLockReadGuard' || last === 'RwLockWriteGuard')) return last;
  if (module && RUNTIME_TYPES[`${module}::${last}`]) return RUNTIME_TYPES[`${module}::${last}`]!;
  if (segments.length === 1 && aliases.has(last) && RUNTIME_TYPES[last]) return RUNTIME_TYPES[last]!;
  if (segments.length > 1 && RUNTIME_TYPES[last]) return RUNTIME_TYPES[last]!;
  if (segments.length === 1 && (last === 'Duration' || last === 'Instant')) return last;
  return null;
}

/** Numbers, booleans, chars and strings: JavaScript copies them, so clone() is the value itself. */
/** What `.await` gives for a value of this type (a JoinHandle gives a Result, a Future its output). */
export function awaitedType(t: RustType): RustType {
  if (t.kind !== 'named') return t;
  switch (t.name) {
    case 'Future':
    case 'Pinned':
    case 'AsyncFn':
      return t.args[0] ?? UNKNOWN;
    case 'JoinHandle':
      return result(t.args[0] ?? UNKNOWN, named('JoinError'));
    case 'oneshot.Receiver':
      return result(t.args[0] ?? UNKNOWN, named('RecvError'));
    case 'Sleep':
    case 'Notified':
      return UNIT;
    default:
      return t;
  }
}

export function isScalar(t: RustType): boolean {
  return t.kind === 'int' || t.kind === 'float' || t.kind === 'bool' || t.kind === 'char' || t.kind === 'string';
}

export function isInteger(t: RustType): boolean {
  return t.kind === 'int';
}

export function isNumeric(t: RustType): boolean {
  return t.kind === 'int' || t.kind === 'float';
}

export function isNamed(t: RustType, ...names: string[]): boolean {
  return t.kind === 'named' && names.includes(t.name);
}

/** The TypeScript for a Rust type; `null` when nothing better than leaving it out exists. */
export function tsType(t: RustType): string | null {
  switch (t.kind) {
    case 'int':
      return t.wide ? 'bigint' : 'number';
    case 'float':
      return 'number';
    case 'bool':
      return 'boolean';
    case 'char':
    case 'string':
      return 'string';
    case 'unit':
      return 'void';
    case 'never':
      return 'never';
    case 'tuple': {
      const items = t.items.map(valueType);
      return items.some((i) => i === null) ? null : `[${items.join(', ')}]`;
    }
    case 'vec': {
      const elem = valueType(t.elem);
      return elem === null ? null : `${wrapUnion(elem)}[]`;
    }
    case 'map': {
      const [k, v] = [valueType(t.key), valueType(t.value)];
      return k === null || v === null ? null : `Map<${k}, ${v}>`;
    }
    case 'set': {
      const e = valueType(t.elem);
      return e === null ? null : `Set<${e}>`;
    }
    case 'option': {
      const e = valueType(t.elem);
      return e === null ? null : `Option<${e}>`;
    }
    case 'result': {
      const [o, e] = [tsType(t.ok), tsType(t.err)];
      return o === null || e === null ? null : `Result<${o === 'void' ? 'Unit' : o}, ${e}>`;
    }
    case 'named': {
      if (t.name === 'Error') return 'Error';
      if (t.name === 'Printable') return 'unknown';
      if (t.name === FUTURE_OUTPUT) return `rs.FutureOutput<${tsType(t.args[0] ?? UNKNOWN) ?? 'unknown'}>`;
      // std::cmp::Ordering is the comparator's number here (see ORDERINGS).
      if (t.name === 'Ordering') return 'number';
      // An async block kept to be awaited later is the function that starts it (functions.ts).
      if (t.name === 'AsyncFn') {
        const output = tsType(t.args[0] ?? UNKNOWN);
        return output === null ? null : `() => Promise<${output}>`;
      }
      if (t.name === 'Arc') {
        const inner = tsType(t.args[0] ?? UNKNOWN);
        // An Arc of a plain value is the runtime's box (see rs.arcValue).
        const plain = ['int', 'float', 'bool', 'char', 'string', 'unit'].includes(t.args[0]?.kind ?? '');
        return plain && inner ? `rs.ArcValue<${inner === 'void' ? 'Unit' : inner}>` : inner;
      }
      if (t.name === 'Ref') return `rs.Ref<${tsType(t.args[0] ?? UNKNOWN) ?? 'unknown'}>`;
      if (t.name === 'Pinned') return `Future<${tsType(t.args[0] ?? UNKNOWN) ?? 'unknown'}>`;
      const args = t.args.map(tsType);
      if (args.some((a) => a === null)) return null;
      // A task's or thread's `()` is what its function returns: `void`, not the runtime's `Unit`.
      const returned = t.name === 'JoinHandle' || t.name === 'thread.JoinHandle';
      const shown = args.map((a) => (a === 'void' && !returned ? 'Unit' : a));
      const name = RS_TYPES[t.name] ?? typeName(t.name);
      return shown.length ? `${name}<${shown.join(', ')}>` : name;
    }
    case 'fn': {
      // `impl Fn(i32) -> i32`, `Box<dyn Fn(f64, f64) -> f64>`: an arrow type, when every part is known.
      return [...t.params, t.result].some((p) => tsType(p) === null) ? null : callableType(t);
    }
    case 'unknown':
      return null;
  }
}

/** A type as the type of a value held in something (a tuple's item, an element): `()` is the runtime's `Unit` (null) there, not `void`. */
function valueType(t: RustType): string | null {
  const text = tsType(t);
  return text === 'void' ? 'Unit' : text;
}

function wrapUnion(text: string): string {
  return text.includes('|') || text.includes('=>') ? `(${text})` : text;
}

/** A function value's type as TypeScript: `(arg0: number) => string`, `any` where a part is unknown. */
export function callableType(t: Extract<RustType, { kind: 'fn' }>): string {
  const text = (part: RustType) => (part.kind === 'unit' ? 'void' : (tsType(part) ?? 'any'));
  const result = t.isAsync ? `Promise<${text(t.result)}>` : text(t.result);
  return `(${t.params.map((p, i) => `arg${i}: ${text(p)}`).join(', ')}) => ${result}`;
}

export function describe(t: RustType): string {
  return tsType(t) ?? t.kind;
}

/** `Default::default()` of a type, as TypeScript text (`undefined` where the type has none here). */
/** An array type's length as JavaScript: digits, or a constant (`N`, `N as usize`); null for anything else. */
function arrayLength(text: string): string | null {
  const digits = text.replace(/_/g, '').replace(/(usize|u\d+|i\d+)$/, '');
  if (/^\d+$/.test(digits)) return digits;
  const constant = /^([A-Z][A-Z0-9_]*)(\s+as\s+usize)?$/.exec(text.trim());
  return constant ? constant[1]! : null;
}

export function defaultValueText(type: RustType): string {
  switch (type.kind) {
    case 'int':
      return type.wide ? '0n' : '0';
    case 'float':
      return '0';
    case 'bool':
      return 'false';
    case 'string':
      return "''";
    case 'vec':
      return type.length === undefined
        ? '[]'
        : `Array.from({ length: ${type.length} }, () => ${defaultValueText(type.elem)})`;
    case 'map':
      return 'new Map()';
    default:
      return 'undefined';
  }
}

/** std::cmp::Ordering's variants, as the comparator results (-1, 0, 1) an `Ordering` is here. */
export const ORDERINGS: Record<string, string> = { Less: '-1', Equal: '0', Greater: '1' };

/**
 * Binds the type parameters `names` that `pattern` mentions to what `actual` has in their place
 * (`Vec2<T>` against `Vec2<f64>`: T is f64); a name already bound keeps its first type.
 */
export function unify(
  pattern: RustType,
  actual: RustType,
  names: ReadonlySet<string>,
  out: Map<string, RustType>,
): void {
  if (actual.kind === 'unknown') return;
  switch (pattern.kind) {
    case 'named':
      if (pattern.args.length === 0 && names.has(pattern.name)) {
        if (!out.has(pattern.name))
          out.set(
            pattern.name,
            actual.kind === 'named' && actual.name === 'Ref' ? (actual.args[0] ?? UNKNOWN) : actual,
          );
        return;
      }
      if (pattern.name === 'Ref' && pattern.args[0]) return unify(pattern.args[0], actual, names, out);
      if (actual.kind === 'named' && actual.name === pattern.name)
        pattern.args.forEach((p, i) => unify(p, actual.args[i] ?? UNKNOWN, names, out));
      return;
    case 'vec':
    case 'set':
    case 'option':
      if (actual.kind === pattern.kind) unify(pattern.elem, actual.elem, names, out);
      return;
    case 'tuple':
      if (actual.kind === 'tuple') pattern.items.forEach((p, i) => unify(p, actual.items[i] ?? UNKNOWN, names, out));
      return;
    case 'map':
      if (actual.kind === 'map') {
        unify(pattern.key, actual.key, names, out);
        unify(pattern.value, actual.value, names, out);
      }
      return;
    case 'result':
      if (actual.kind === 'result') {
        unify(pattern.ok, actual.ok, names, out);
        unify(pattern.err, actual.err, names, out);
      }
      return;
    default:
      return;
  }
}
