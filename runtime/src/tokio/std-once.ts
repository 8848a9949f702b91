// std::sync::Once and OnceLock: one-time initialisation, typically of a `static`. One thread
// runs at a time here, and the initializer runs to its end without waiting, so no other thread
// can see a half-done initialisation.
import { debugText, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { Err, OK, type Option, type Result, type Unit } from './result.js';

export class Once {
  private done = false;

  /** Runs `f` the first time only. */
  callOnce(f: () => void): void {
    if (this.done) return;
    f();
    this.done = true;
  }

  isCompleted(): boolean {
    return this.done;
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'text', text: 'Once { .. }' };
  }
}

export class OnceLock<T> {
  private value: Option<T> = undefined;

  get(): Option<T> {
    return this.value;
  }

  /** Err(value) when the lock holds one already. */
  set(value: T): Result<Unit, T> {
    if (this.value !== undefined) return new Err(value);
    this.value = value;
    return OK;
  }

  getOrInit(f: () => T): T {
    if (this.value === undefined) this.value = f();
    return this.value;
  }

  intoInner(): Option<T> {
    return this.value;
  }

  take(): Option<T> {
    const value = this.value;
    this.value = undefined;
    return value;
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'tuple-struct', name: 'OnceLock', fields: [this.value ?? debugText('<uninit>')] };
  }
}
