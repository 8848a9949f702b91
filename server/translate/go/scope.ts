import type { GoType } from './types.js';

export interface Binding {
  type: GoType;
  /** The name in the TypeScript output (Go names that are JavaScript keywords get a `_`). */
  tsName: string;
  /** Declared without a value (a nil map, say): reads must tolerate null. */
  maybeNil?: boolean;
  /** For a `for i := range xs` index: the text of xs, so `xs[i]` needs no bounds check. */
  indexOf?: string;
}

/** Lexical scopes of Go variables, constants and functions, with their types. */
export class Scope {
  private readonly bindings = new Map<string, Binding>();

  constructor(readonly parent: Scope | null = null) {}

  declare(name: string, type: GoType): Binding {
    const binding = { type, tsName: safeName(name) };
    if (name !== '_') this.bindings.set(name, binding);
    return binding;
  }

  lookup(name: string): Binding | null {
    return this.bindings.get(name) ?? this.parent?.lookup(name) ?? null;
  }

  declaresHere(name: string): boolean {
    return this.bindings.has(name);
  }
}

const RESERVED = new Set([
  'arguments', 'async', 'await', 'catch', 'class', 'debugger', 'delete', 'do', 'enum', 'eval', 'export', 'extends',
  'finally', 'function', 'implements', 'in', 'instanceof', 'let', 'new', 'null', 'private', 'protected', 'public',
  'static', 'super', 'this', 'throw', 'try', 'typeof', 'undefined', 'void', 'while', 'with', 'yield', 'Chan',
  'GoError', 'DeferStack', 'runMain', 'makeChan', 'recvCase', 'sendCase', 'select', 'go', 'panic', 'Symbol', 'Map',
  'Math', 'Array', 'Object', 'String', 'Number', 'Promise', 'Error',
]);

export function safeName(name: string): string {
  return RESERVED.has(name) ? `${name}_` : name;
}
