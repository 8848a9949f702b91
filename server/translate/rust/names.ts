// How Rust names become JavaScript names: camelCase for values, a `_` after a reserved word or a
// runtime name the output uses, raw identifiers without `r#`, and characters JavaScript does not
// allow in a name spelled out. Plain functions of text; nothing here knows a program.
//   let r#type = 1;  -> const type = 1;
//   fn default()     -> function default_()
//   struct unwrap;   -> class unwrap_ {}

export function camelCase(name: string): string {
  if (!name.includes('_') || /^_+$/.test(name)) return name;
  const lead = /^_*/.exec(name)![0];
  return (
    lead +
    name
      .slice(lead.length)
      .toLowerCase()
      .replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase())
  );
}

/** JavaScript's reserved words (with Rust's keywords, names only as raw identifiers `r#for` or where a file does not parse). */
const KEYWORDS = new Set([
  'arguments',
  'await',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'eval',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'implements',
  'import',
  'in',
  'instanceof',
  'interface',
  'let',
  'new',
  'null',
  'package',
  'private',
  'protected',
  'public',
  'return',
  'static',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'undefined',
  'var',
  'void',
  'while',
  'with',
  'yield',
]);

/** Globals and the runtime's names the output uses: a variable of the program must not hide them. */
const GLOBALS = new Set([
  'Symbol',
  'Map',
  'Math',
  'Array',
  'Object',
  'String',
  'Number',
  'Promise',
  'Error',
  'Set',
  'spawn',
  'select',
  'println',
  'print',
  'format',
  'runMain',
  'rs',
  'mpsc',
  'oneshot',
  'broadcast',
  'watch',
  'std',
  'thread',
  'sleep',
  'time',
  'timeout',
  'interval',
  'unwrap',
  'expect',
  'panic',
  'panicAny',
  'PanicPayload',
  'option',
  'tuple',
  'char',
  'f64',
  'Ok',
  'Err',
  'OK',
  'Duration',
  'Instant',
  'Mutex',
  'StdMutex',
  'eprintln',
  'eprint',
  'some',
  'yieldNow',
  'unsupported',
  'join',
  'tryJoin',
  'Future',
  'sleepUntil',
  'timeoutAt',
  'SendError',
  'TrySendError',
  'TryRecvError',
  'Elapsed',
  'JoinError',
  'JoinHandle',
  'RustPanic',
  'TaskCancelled',
  'Sleep',
  'Interval',
  'MissedTickBehavior',
  'MutexGuard',
  'MappedMutexGuard',
  'TryLockError',
  'Notify',
  'Notified',
  'Semaphore',
  'SemaphorePermit',
  'AcquireError',
  'TryAcquireError',
  'RwLock',
  'RwLockReadGuard',
  'RwLockWriteGuard',
  'Barrier',
  'BarrierWaitResult',
  'OnceCell',
  'SetError',
  'LocalKey',
  'JoinSet',
  'Runtime',
  'Builder',
  'Handle',
  'EnterGuard',
  'TryCurrentError',
  'spawnBlocking',
]);

/** TypeScript's own types: no class or type alias may take their names. */
const TYPE_KEYWORDS = new Set(['any', 'bigint', 'boolean', 'never', 'number', 'object', 'string', 'symbol', 'unknown']);

/** A Rust name as a JavaScript variable's name: a reserved word takes a `_` after it. */
export function safeName(name: string): string {
  const js = propertyName(name);
  return KEYWORDS.has(js) || GLOBALS.has(js) ? `${js}_` : js;
}

/** A struct's name as a class, a value: it must not hide a runtime name or `main` either. */
export function className(name: string): string {
  const js = typeName(name);
  return GLOBALS.has(js) || js === 'main' ? `${js}_` : js;
}

/** Properties every JavaScript class has (`Account.name` is the class's name): a static method takes a `_`. */
const CLASS_PROPERTIES = new Set(['name', 'length', 'prototype', 'caller', 'arguments']);

/** An associated function's name as a class's static method (`fn name() -> &'static str` is `name_()`). */
export function staticName(method: string): string {
  const name = safeName(camelCase(method));
  return CLASS_PROPERTIES.has(name) ? `${name}_` : name;
}

/** A type's name as TypeScript writes it in a type (`mpsc.Sender`: each part). */
export function typeName(name: string): string {
  return name
    .split('.')
    .map((part) => propertyName(part))
    .map((js) => (KEYWORDS.has(js) || TYPE_KEYWORDS.has(js) ? `${js}_` : js))
    .join('.');
}

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

/**
 * A Rust name as a JavaScript property's name (a tuple's `0` stays): `r#type` is `type`, and
 * a character that JavaScript does not allow in a name (Rust's rules differ) becomes `_uXXXX`.
 */
export function propertyName(name: string): string {
  const bare = name.replace(/^r#/, '');
  if (IDENTIFIER.test(bare) || /^\d+$/.test(bare)) return bare;
  return [...bare]
    .map((c, i) => (IDENTIFIER.test(i === 0 ? c : `_${c}`) ? c : `_u${c.codePointAt(0)!.toString(16)}`))
    .join('');
}
