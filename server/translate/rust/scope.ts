import type { Code } from '../emit/code.js';
import type { RustType } from './types.js';

export interface Local {
  /** The name in the TypeScript output: camelCase, renamed when it shadows a visible name. */
  tsName: string;
  type: RustType;
  /** A `&mut` to a map's number or string (`entry().or_insert(0)`): read and written through the map. */
  place?: Place;
}

export interface Place {
  get: Code;
  set: (value: Code) => Code;
}

/** Lexical scopes of Rust bindings, with their TypeScript names and types. */
export class Scope {
  private readonly locals = new Map<string, Local>();
  /** Every TypeScript name declared in this scope, also those a later `let` shadowed. */
  private readonly tsNames = new Set<string>();

  constructor(readonly parent: Scope | null = null) {}

  declare(name: string, type: RustType): Local {
    const base = safeName(camelCase(name));
    let tsName = base;
    // `let tx = tx.clone();` in an inner block would read the new `tx` in JavaScript: rename.
    for (let n = 2; this.visible(tsName); n++) tsName = `${base}${n}`;
    const local = { tsName, type };
    this.tsNames.add(tsName);
    if (name !== '_') this.locals.set(name, local);
    return local;
  }

  /** A name for a binding of `_` (a parameter): `_`, unless this scope has one already. */
  discard(): string {
    let tsName = '_';
    for (let n = 2; this.tsNames.has(tsName); n++) tsName = `_${n}`;
    this.tsNames.add(tsName);
    return tsName;
  }

  /** Binds a pattern name to an expression (a match guard reads `cmd.key` for `key`). */
  alias(name: string, tsName: string, type: RustType): void {
    this.locals.set(name, { tsName, type });
  }

  /** Binds a name to a place in a map: no variable of its own. */
  place(name: string, type: RustType, place: Place): void {
    this.locals.set(name, { tsName: '', type, place });
  }

  lookup(name: string): Local | null {
    return this.locals.get(name) ?? this.parent?.lookup(name) ?? null;
  }

  private visible(tsName: string): boolean {
    for (let s: Scope | null = this; s; s = s.parent) if (s.tsNames.has(tsName)) return true;
    return false;
  }
}

export function camelCase(name: string): string {
  if (!name.includes('_') || /^_+$/.test(name)) return name;
  const lead = /^_*/.exec(name)![0];
  return lead + name.slice(lead.length).toLowerCase().replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** JavaScript's reserved words (with Rust's keywords, names only as raw identifiers `r#for` or where a file does not parse). */
const KEYWORDS = new Set([
  'arguments', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
  'eval', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import', 'in', 'instanceof', 'interface',
  'let', 'new', 'null', 'package', 'private', 'protected', 'public', 'return', 'static', 'super', 'switch', 'this', 'throw', 'true',
  'try', 'typeof', 'undefined', 'var', 'void', 'while', 'with', 'yield',
]);

/** Globals and runtime names the output uses: a variable of the program must not hide them. */
const GLOBALS = new Set([
  'Symbol', 'Map', 'Math', 'Array', 'Object', 'String', 'Number', 'Promise', 'Error', 'Set', 'spawn', 'select', 'println', 'print',
  'format', 'runMain', 'rs', 'mpsc', 'oneshot', 'broadcast', 'watch', 'std', 'thread', 'sleep', 'timeout', 'interval', 'unwrap',
  'expect', 'panic', 'option', 'tuple', 'char', 'f64', 'Ok', 'Err', 'OK', 'Duration', 'Instant', 'Mutex', 'StdMutex', 'eprintln',
  'eprint', 'some', 'yieldNow',
]);

/** TypeScript's own types: no class or type alias may take their names. */
const TYPE_KEYWORDS = new Set(['any', 'bigint', 'boolean', 'never', 'number', 'object', 'string', 'symbol', 'unknown']);

/** A Rust name as a JavaScript variable's name: a reserved word takes a `_` after it. */
export function safeName(name: string): string {
  const js = propertyName(name);
  return KEYWORDS.has(js) || GLOBALS.has(js) ? `${js}_` : js;
}

/** A Rust struct's, enum's or type alias's name as a TypeScript class's or type's name (`mpsc.Sender`: each part). */
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
  return [...bare].map((c, i) => (IDENTIFIER.test(i === 0 ? c : `_${c}`) ? c : `_u${c.codePointAt(0)!.toString(16)}`)).join('');
}
