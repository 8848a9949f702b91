import type { Code } from '../emit/code.js';
import { camelCase, safeName } from './names.js';
import type { RustType } from './types.js';

export interface Local {
  /** The name in the TypeScript output: camelCase, renamed when it shadows a visible name. */
  tsName: string;
  type: RustType;
  /** A `&mut` to a map's number or string (`entry().or_insert(0)`): read and written through the map. */
  place?: Place;
  /** A type the `let` waits for a use to tell (later-types.ts). */
  pending?: PendingType;
}

/** A type a `let` waits for: `settle` takes what a use tells (the pushed or sent value, what a task gives). */
export interface PendingType {
  settle(part: RustType): void;
  /** A clone (`let tx2 = tx.clone()`) waits for the same type. */
  share?(clone: Local): void;
}

export interface Place {
  get: Code;
  set: (value: Code) => Code;
  /** A map's slot (`entry(k).or_insert(v)`): the map and the key, which a `&mut` handed on reads and writes. */
  mapSlot?: { map: Code; key: Code };
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
    // A local of the same name (`let one = one();`) must not hide it.
    this.tsNames.add(tsName);
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
