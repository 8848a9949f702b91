import { safeName } from './names.js';
import type { GoType } from './types.js';

export interface Binding {
  type: GoType;
  /** The name in the TypeScript output (names.ts; a second declaration in one block gets `x2`). */
  tsName: string;
  /** Declared without a value (a nil map, say): reads must tolerate null. */
  maybeNil?: boolean;
  /** For a `for i := range xs` index: the text of xs, so `xs[i]` needs no bounds check. */
  indexOf?: string;
}

/** Lexical scopes of Go variables, constants and functions, with their types. */
export class Scope {
  private readonly bindings = new Map<string, Binding>();
  /** The TypeScript names this scope's block declares: JavaScript rejects a second one. */
  private readonly tsNames = new Set<string>();

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

  /** Keeps a TypeScript name that the translation declares in this block (`deferred`, a class) from Go's names; false if it is taken. */
  reserve(tsName: string): boolean {
    if (this.tsNames.has(tsName)) return false;
    this.tsNames.add(tsName);
    return true;
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
