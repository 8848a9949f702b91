import { formatPanicValue } from '../fmt/go.js';

/** fmt's key for an object's Go type name (%T). */
const GO_TYPE = Symbol.for('chan2ts.goType');

/** A Go panic in flight: `panic(v)` throws one; `recover()` gives back `value`. */
export class GoPanic extends Error {
  /** Panics this one interrupted while deferred calls ran; Go prints them first. */
  earlier: { value: unknown; recovered: boolean }[] = [];

  constructor(readonly value: unknown) {
    super(formatPanicValue(value));
    this.name = 'GoPanic';
  }
}

/**
 * A panic raised by the runtime itself, and its own error value (Go's runtime.Error):
 * `runtime error: index out of range`, or without the prefix for Go's plain runtime
 * errors (`close of closed channel`, `send on closed channel`).
 */
export class RuntimeError extends GoPanic {
  constructor(
    message: string,
    private readonly plain = false,
  ) {
    super(plain ? message : `runtime error: ${message}`);
  }

  /** Its dynamic type, as %T prints it. */
  get [GO_TYPE](): string {
    if (this.plain) return 'runtime.plainError';
    return /^runtime error: (index|slice bounds) out of range/.test(this.message)
      ? 'runtime.boundsError'
      : 'runtime.errorString';
  }

  static plain(message: string): RuntimeError {
    return new RuntimeError(message, true);
  }

  Error(): string {
    return this.message;
  }

  /** What marks a runtime.Error. */
  runtimeError(): void {}
}

export function panic(value: unknown): never {
  throw new GoPanic(value);
}

/** An unrecoverable runtime failure: Go prints `fatal error: ...` and exits 2. */
export class FatalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FatalError';
  }
}

/**
 * `runtime.Goexit()` unwinding its goroutine: the deferred calls run (recover() gives nil, as
 * nothing panics), then the goroutine ends; main's Goexit leaves the others running.
 */
export class Goexit extends Error {
  constructor() {
    super('runtime.Goexit');
    this.name = 'Goexit';
  }
}

/** Go 1.21's *runtime.PanicNilError: what recover() gives back after `panic(nil)`. */
export class PanicNilError {
  readonly [GO_TYPE] = '*runtime.PanicNilError';

  Error(): string {
    return 'panic called with nil argument';
  }

  /** What marks a runtime.Error. */
  runtimeError(): void {}
}

/**
 * The Go value of a panic in flight, as recover() gives it back and a crash prints it: a
 * GoPanic's value (a runtime error is itself the error value, as Go's runtime.Error is;
 * panic(nil) gives a PanicNilError), and for errors thrown by JavaScript itself what Go
 * would have panicked with.
 */
export function panicValue(error: unknown): unknown {
  if (error instanceof RuntimeError) return error;
  if (error instanceof GoPanic) return error.value ?? new PanicNilError();
  if (error instanceof TypeError && /null|undefined/.test(error.message)) {
    return new RuntimeError('invalid memory address or nil pointer dereference');
  }
  // `make([]T, n)` with a negative n: `new Array(n)` throws.
  if (error instanceof RangeError && /Invalid array length/.test(error.message)) {
    return new RuntimeError('makeslice: len out of range');
  }
  return error instanceof Error ? error.message : error;
}
