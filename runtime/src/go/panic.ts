/** A Go panic in flight: `panic(v)` throws one; `recover()` gives back `value`. */
export class GoPanic extends Error {
  constructor(readonly value: unknown) {
    super(typeof value === 'string' ? value : String((value as { Error?: () => string })?.Error?.() ?? value));
    this.name = 'GoPanic';
  }
}

/** A panic raised by the runtime itself; Go prints these after `panic: runtime error: `. */
export class RuntimeError extends GoPanic {
  constructor(message: string) {
    super(`runtime error: ${message}`);
  }

  Error(): string {
    return this.message;
  }
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
