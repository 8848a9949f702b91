// Go's defer, panic and recover for one function call. The translator writes:
//
//   const deferred = new DeferStack();
//   try {
//     deferred.push(() => wg.done());
//     deferred.push(f, a, b);            // defer f(a, b): a and b evaluated now
//     ...
//   } catch (e) {
//     deferred.panicked(e);
//   } finally {
//     await deferred.run();              // a sync function may call deferred.run() alone
//   }
//
// and inside a deferred function literal, `recover()` becomes `deferred.recover()`.

import { ProgramExit } from '../core/program.js';
import { FatalError, Goexit, GoPanic, panicValue } from './panic.js';

/** os.Exit and fatal errors end the program at once: no deferred call runs, nothing recovers. */
function isUnrecoverable(error: unknown): boolean {
  return (
    error instanceof ProgramExit ||
    error instanceof FatalError ||
    (error instanceof RangeError && /call stack/.test(error.message)) // Go: fatal error: stack overflow
  );
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** The deferred calls of one function call, and the panic (if any) that is unwinding it. */
export class DeferStack {
  private readonly calls: (() => unknown)[] = [];
  private panicking = false;
  private error: unknown = undefined;
  /** True while the deferred calls run: only then can recover() stop a panic. */
  private running = false;
  /** The last panic a deferred call recovered: a later panic prints it as `[recovered]`. */
  private recovered: unknown = undefined;

  /** `defer fn(args...)`: the arguments are evaluated now, the call made by run(). */
  push<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): void {
    this.calls.push(() => fn(...args));
  }

  /** Records what the function body threw: the panic that run() rethrows unless recovered. */
  panicked(error: unknown): void {
    this.panicking = true;
    this.error = error;
  }

  /**
   * `recover()` inside a deferred call: stops the panic and gives its value (an error value
   * for runtime errors, as Go's runtime.Error); null when not panicking.
   */
  recover(): any {
    if (!this.running || !this.panicking || isUnrecoverable(this.error) || this.error instanceof Goexit) return null;
    const value = panicValue(this.error);
    this.recovered = this.error;
    this.panicking = false;
    this.error = undefined;
    return value;
  }

  /**
   * Runs the deferred calls, last pushed first, then rethrows the panic unless a deferred
   * call recovered it. A deferred call that panics replaces the panic, and the remaining
   * ones still run. Synchronous (returns undefined) until a deferred call returns a
   * promise; from then on it awaits each call in turn and returns a promise.
   * After os.Exit (ProgramExit) or a fatal error it runs nothing and rethrows at once.
   */
  run(): void | Promise<void> {
    if (this.panicking && isUnrecoverable(this.error)) throw this.error;
    this.running = true;
    while (this.calls.length > 0) {
      const call = this.calls.pop()!;
      let result: unknown;
      try {
        result = call();
      } catch (error) {
        this.replacePanic(error);
        continue;
      }
      if (isThenable(result)) return this.runAsync(result);
    }
    this.finish();
  }

  private async runAsync(pending: PromiseLike<unknown>): Promise<void> {
    try {
      await pending;
    } catch (error) {
      this.replacePanic(error);
    }
    while (this.calls.length > 0) {
      const call = this.calls.pop()!;
      try {
        await call();
      } catch (error) {
        this.replacePanic(error);
      }
    }
    this.finish();
  }

  private replacePanic(error: unknown): void {
    if (isUnrecoverable(error)) {
      this.running = false;
      this.calls.length = 0;
      throw error;
    }
    const interrupted = this.panicking ? this.error : this.recovered;
    if (interrupted !== undefined && error instanceof GoPanic && error !== interrupted && error.earlier.length === 0) {
      const before = interrupted instanceof GoPanic ? interrupted.earlier : [];
      error.earlier = [...before, { value: panicValue(interrupted), recovered: !this.panicking }];
    }
    this.panicking = true;
    this.error = error;
  }

  private finish(): void {
    this.running = false;
    if (this.panicking) throw this.error;
  }
}
