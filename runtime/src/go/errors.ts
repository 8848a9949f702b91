import type { Named } from '../fmt/go-values.js';
const GO_TYPE = Symbol.for('chan2ts.goType');

/** A Go `error`: anything with an Error() method. */
export interface GoError {
  Error(): string;
}

/** The value `errors.New` makes: compared by identity, as Go compares the pointers. */
export class ErrorString implements GoError {
  readonly [GO_TYPE] = '*errors.errorString';
  constructor(private readonly text: string) {}

  Error(): string {
    return this.text;
  }
}

/** What `fmt.Errorf` makes when its format has `%w`: an error that wraps others. */
export class WrapError implements GoError {
  readonly [GO_TYPE]: string;
  constructor(
    private readonly text: string,
    private readonly wrapped: readonly GoError[],
    goType = wrapped.length === 1 ? '*fmt.wrapError' : '*fmt.wrapErrors',
  ) {
    this[GO_TYPE] = goType;
  }

  Error(): string {
    return this.text;
  }

  /** Unwrap() error for one wrapped error, Unwrap() []error for several (and errors.Join's). */
  unwrap(): GoError | GoError[] | null {
    return this[GO_TYPE] === '*fmt.wrapError' ? this.wrapped[0]! : [...this.wrapped];
  }
}

function newError(text: string): GoError {
  return new ErrorString(text);
}
export { newError as new };

export function isError(value: unknown): value is GoError {
  return typeof (value as GoError | null)?.Error === 'function';
}

/**
 * Calls an error's optional method (Unwrap, Is): camelCase (`unwrap`) as a translated program's
 * and the runtime's are, or Go's name where a field has the camelCase one; undefined when err lacks it.
 */
function callMethod(err: GoError, name: 'Unwrap' | 'Is', ...args: unknown[]): unknown {
  const methods = err as unknown as Record<string, unknown>;
  const camel = name[0]!.toLowerCase() + name.slice(1);
  const method = typeof methods[name] === 'function' ? methods[name] : methods[camel];
  return typeof method === 'function' ? (method as (...a: unknown[]) => unknown).apply(err, args) : undefined;
}

/** `errors.Unwrap`: only a single wrapped error, as in Go. */
export function unwrap(err: GoError | null): GoError | null {
  const inner = err === null ? null : callMethod(err, 'Unwrap');
  return isError(inner) ? inner : null;
}

/** `errors.Is`: err or anything it wraps equals target (or says it Is target). */
export function is(err: GoError | null, target: GoError | null): boolean {
  if (err === null || target === null) return err === target;
  if (err === target) return true;
  if (callMethod(err, 'Is', target) === true) return true;
  const inner = callMethod(err, 'Unwrap');
  if (Array.isArray(inner)) return inner.some((e) => is(e, target));
  return isError(inner) && is(inner, target);
}

/** `errors.As` with a class for the target type; gives the first match in the chain or null. */
export function as<E extends GoError>(err: GoError | null, type: abstract new (...args: never[]) => E): E | null {
  if (err === null) return null;
  if (err instanceof type) return err;
  const inner = callMethod(err, 'Unwrap');
  if (Array.isArray(inner)) {
    for (const e of inner) {
      const found = as(e, type);
      if (found) return found;
    }
    return null;
  }
  return isError(inner) ? as(inner, type) : null;
}

/**
 * `errors.As` with an interface target (`var t interface{ Timeout() bool }`): the first error
 * in the chain that passes the type test, or null.
 */
export function asMatching<T>(err: GoError | null, test: (e: GoError) => boolean): T | null {
  if (err === null) return null;
  if (test(err)) return err as unknown as T;
  const inner = callMethod(err, 'Unwrap');
  if (Array.isArray(inner)) {
    for (const e of inner) {
      const found = asMatching<T>(e, test);
      if (found !== null) return found;
    }
    return null;
  }
  return isError(inner) ? asMatching<T>(inner, test) : null;
}

/** `errors.As` with a target that takes what is found (a struct value's copy): whether an error of `type` was found. */
export function asInto<E extends GoError>(
  err: GoError | null,
  type: abstract new (...args: never[]) => E,
  set: (found: E) => void,
): boolean {
  const found = as(err, type);
  if (found !== null) set(found);
  return found !== null;
}

/** `errors.As` with a named non-struct error type (its class carries the value): sets the target to the value found. */
export function asValue<T>(
  err: GoError | null,
  type: abstract new (...args: never[]) => Named<T> & GoError,
  set: (value: T) => void,
): boolean {
  return asInto(err, type, (found) => set(found.value));
}

/** `errors.Join` */
export function join(...errs: (GoError | null)[]): GoError | null {
  const present = errs.filter((e): e is GoError => e !== null);
  if (present.length === 0) return null;
  return new WrapError(present.map((e) => e.Error()).join('\n'), present, '*errors.joinError');
}
