// std::cell::RefCell: a value that `borrow()` and `borrow_mut()` reach, as `cell.value`.
// One task runs at a time here, so the borrow rules (a second `borrow_mut` panics in Rust
// while the first is alive) are not checked.
import { debugStruct, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';

export class RefCell<T> {
  constructor(public value: T) {}

  /** `cell.replace(v)`: the old value. */
  replace(value: T): T {
    const old = this.value;
    this.value = value;
    return old;
  }

  /** `cell.into_inner()`. */
  intoInner(): T {
    return this.value;
  }

  [RUST_DEBUG](): RustDebugValue {
    return debugStruct('RefCell', [['value', this.value]])[RUST_DEBUG]();
  }
}

/**
 * std::cell::UnsafeCell: `get()` gives a raw pointer, which here is the cell itself (`*ptr` is
 * `ptr.value`); what Rust leaves to `unsafe` code is not checked.
 */
export class UnsafeCell<T> {
  constructor(public value: T) {}

  get(): UnsafePointer<T> {
    return this;
  }

  getMut(): UnsafePointer<T> {
    return this;
  }

  intoInner(): T {
    return this.value;
  }
}

/** What `UnsafeCell::get` gives: `*ptr` reads and writes `ptr.value`. */
export type UnsafePointer<T> = UnsafeCell<T>;
