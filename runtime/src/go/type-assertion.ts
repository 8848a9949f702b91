// Go's single-value type assertion `x.(T)`, which panics when x does not hold a T (the
// comma-ok form `v, ok := x.(T)` never panics and needs none of this):
//   x.(int)          -> assertType(x, (v) => Number.isInteger(v), 'interface {}', 'int')
//   x.(fmt.Stringer) -> assertMethods(x, 'fmt.Stringer', { String: 'String' })
import { typeName } from '../fmt/go-values.js';
import { hasMethods } from './builtins.js';
import { RuntimeError } from './panic.js';

const GO_TYPE = Symbol.for('chan2ts.goType');

/** Go's *runtime.TypeAssertionError: a runtime.Error whose text has no `runtime error:` prefix. */
export class TypeAssertionError extends RuntimeError {
  constructor(message: string) {
    super(message, true);
  }

  get [GO_TYPE](): string {
    return '*runtime.TypeAssertionError';
  }
}

/**
 * `x.(T)` for a T that is not an interface: x itself when `holds` says it is a T (its
 * TypeScript type is the caller's to state, as with `x as T`); else the panic Go raises,
 * naming x's static type `from`, its dynamic type and T.
 */
export function assertType(value: unknown, holds: (v: unknown) => boolean, from: string, to: string): any {
  if (holds(value)) return value;
  const dynamic = value == null ? 'nil' : typeName(value);
  throw new TypeAssertionError(`interface conversion: ${from} is ${dynamic}, not ${to}`);
}

/**
 * `x.(I)` for an interface I: x when it has each of I's methods (`methods` maps each Go name
 * to its name in JavaScript); else Go's panic, naming the first method missing in Go's order.
 */
export function assertMethods(value: unknown, to: string, methods: Record<string, string>): any {
  const names = Object.values(methods);
  if (value != null && (names.length === 0 || hasMethods(value, ...names))) return value;
  if (value == null) throw new TypeAssertionError(`interface conversion: interface is nil, not ${to}`);
  const missing = Object.keys(methods)
    .sort()
    .find((name) => !hasMethods(value, methods[name]!));
  throw new TypeAssertionError(`interface conversion: ${typeName(value)} is not ${to}: missing method ${missing}`);
}
