import type { Exact } from './exact.js';
import { safeName } from './names.js';
import type { GoType } from './types.js';

export interface Binding {
  type: GoType;
  /** The name in the TypeScript output (names.ts; a second declaration in one block gets `x2`). */
  tsName: string;
  /** Its TypeScript type admits null (Go's nil): uses that need a value go through `!` or a nil-safe helper. */
  maybeNil?: boolean;
  /** Declared from a generic call whose type arguments the translation could not write (context.ts, `looseType`). */
  looseType?: boolean;
  /** A constant holding a function literal: the literal's key, whose parameters calls of it reach (nil-slots.ts). */
  functionKey?: string;
  /** Where a nil stored in it is recorded (nil-slots.ts), for a variable, parameter or named result that may be given nil later. */
  slot?: string;
  /** For a `for i := range xs` index: the text of xs, so `xs[i]` needs no bounds check. */
  indexOf?: string;
  /** A constant's exact value (constants.ts). */
  constant?: Exact;
}

/** Lexical scopes of Go variables, constants and functions, with their types. */
export class Scope {
  private readonly bindings = new Map<string, Binding>();
  /** The TypeScript names this scope's block declares: JavaScript rejects a second one. */
  private readonly tsNames = new Set<string>();
  /** Variables and field paths from them (`.Left`) known not nil here (narrowing.ts). */
  private readonly notNil = new Map<Binding, Set<string>>();
  /** The scope of a function's parameters: what an enclosing function knows not nil, a function literal does not. */
  functionBoundary = false;

  /** `renamed`: names that take a `_` (package-level names that the runtime import also binds). */
  constructor(
    readonly parent: Scope | null = null,
    private readonly renamed: ReadonlySet<string> = new Set(),
  ) {}

  declare(name: string, type: GoType): Binding {
    const binding = { type, tsName: this.unused(this.renamed.has(name) ? `${safeName(name)}_` : safeName(name)) };
    this.tsNames.add(binding.tsName);
    if (name !== '_') this.bindings.set(name, binding);
    return binding;
  }

  /** Declares `name` under a TypeScript name that no enclosing scope binds (`v, ok := wrap(v)` reads the outer v while declaring a new one). */
  declareBesidesOuter(name: string, type: GoType): Binding {
    const base = safeName(name);
    let tsName = base;
    for (let i = 2; this.bindsTsName(tsName); i++) tsName = `${base}${i}`;
    const binding = { type, tsName };
    this.tsNames.add(tsName);
    if (name !== '_') this.bindings.set(name, binding);
    return binding;
  }

  private bindsTsName(tsName: string): boolean {
    for (let s: Scope | null = this; s; s = s.parent) if (s.tsNames.has(tsName)) return true;
    return false;
  }

  /** Keeps a TypeScript name that the translation declares in this block (`deferred`, a class) from Go's names; false if it is taken. */
  reserve(tsName: string): boolean {
    if (this.tsNames.has(tsName)) return false;
    this.tsNames.add(tsName);
    return true;
  }

  /** Knows the variable (or a field path from it) not nil in this scope. */
  narrow(binding: Binding, path: string): void {
    const paths = this.notNil.get(binding) ?? new Set<string>();
    paths.add(path);
    this.notNil.set(binding, paths);
  }

  /** Whether the variable (or the field path from it) is known not nil here, in this function. */
  knowsNotNil(binding: Binding, path: string): boolean {
    for (let s: Scope | null = this; s; s = s.functionBoundary ? null : s.parent)
      if (s.notNil.get(binding)?.has(path)) return true;
    return false;
  }

  lookup(name: string): Binding | null {
    return this.bindings.get(name) ?? this.parent?.lookup(name) ?? null;
  }

  declaresHere(name: string): boolean {
    return this.bindings.has(name);
  }

  /** This scope's own bindings, by Go name. */
  bindingsHere(): ReadonlyMap<string, Binding> {
    return this.bindings;
  }

  /** `tsName`, or `tsName2`, `tsName3`... if this block declares it already (several `_` parameters, or invalid Go). */
  private unused(tsName: string): string {
    let name = tsName;
    for (let i = 2; this.tsNames.has(name) || (name !== tsName && this.lookup(name) !== null); i++)
      name = `${tsName}${i}`;
    return name;
  }
}
