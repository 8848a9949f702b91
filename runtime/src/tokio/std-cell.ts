// std::cell::RefCell: a value that `borrow()` and `borrow_mut()` reach through a guard, with
// Rust's borrow rules checked when the program runs: any number of `Ref`s, or one `RefMut`,
// until they are dropped (the translator drops them where Rust does: at the end of the
// statement for a temporary, at the end of the scope for a `let`). A borrow that breaks the
// rules panics with Rust's message, at the call's location; `try_borrow*` give an Err instead.
import { debugString, debugStruct, debugText, displayString, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { panic } from './panic.js';
import { Err, Ok, type Result } from './result.js';

/** `try_borrow()` while the cell is mutably borrowed. */
export class BorrowError {
  toString(): string {
    return 'RefCell already mutably borrowed';
  }
  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'unit', name: 'BorrowError' };
  }
}

/** `try_borrow_mut()` while the cell is borrowed. */
export class BorrowMutError {
  toString(): string {
    return 'RefCell already borrowed';
  }
  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'unit', name: 'BorrowMutError' };
  }
}

export class RefCell<T> {
  /** How many `Ref`s are alive, or -1 while a `RefMut` is. */
  private borrows = 0;

  /** The value itself, read and written without a borrow (`get_mut`, `into_inner`, `*cell.borrow()` the translator checked). */
  constructor(public value: T) {}

  /** `cell.borrow()`: panics while the cell is mutably borrowed. */
  borrow(location = ''): CellRef<T> {
    if (this.borrows < 0) panic(new BorrowError().toString(), location);
    this.borrows++;
    return new CellRef(this, () => this.borrows--);
  }

  /** `cell.borrow_mut()`: panics while the cell is borrowed at all. */
  borrowMut(location = ''): CellRefMut<T> {
    if (this.borrows !== 0) panic(new BorrowMutError().toString(), location);
    this.borrows = -1;
    return new CellRefMut(this, () => (this.borrows = 0));
  }

  /** `cell.try_borrow()`: Err(BorrowError) while the cell is mutably borrowed. */
  tryBorrow(): Result<CellRef<T>, BorrowError> {
    return this.borrows < 0 ? new Err(new BorrowError()) : new Ok(this.borrow());
  }

  /** `cell.try_borrow_mut()`: Err(BorrowMutError) while the cell is borrowed. */
  tryBorrowMut(): Result<CellRefMut<T>, BorrowMutError> {
    return this.borrows !== 0 ? new Err(new BorrowMutError()) : new Ok(this.borrowMut());
  }

  /** `cell.replace(v)`: the old value (a mutable borrow for the moment it takes). */
  replace(value: T, location = ''): T {
    this.borrowMut(location).drop();
    const old = this.value;
    this.value = value;
    return old;
  }

  /** `cell.into_inner()`. */
  intoInner(): T {
    return this.value;
  }

  [RUST_DEBUG](): RustDebugValue {
    const shown = this.borrows < 0 ? debugText('<borrowed>') : this.value;
    return debugStruct('RefCell', [['value', shown]])[RUST_DEBUG]();
  }
}

/** `Ref<T>`: a shared borrow of a RefCell, released by `drop()` (once). */
export class CellRef<T> {
  private released = false;

  constructor(
    protected readonly cell: RefCell<T>,
    private readonly release: () => void,
  ) {}

  get value(): T {
    return this.cell.value;
  }

  drop(): void {
    if (this.released) return;
    this.released = true;
    this.release();
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'text', text: debugString(this.cell.value) };
  }

  toString(): string {
    return displayString(this.cell.value);
  }
}

/** `RefMut<T>`: the one mutable borrow of a RefCell, released by `drop()` (once). */
export class CellRefMut<T> extends CellRef<T> {
  override get value(): T {
    return this.cell.value;
  }

  override set value(value: T) {
    this.cell.value = value;
  }
}

/** std::cell::Cell: a value read by copy (`get`) and written in place (`set`) through a shared reference. */
export class Cell<T> {
  constructor(private value: T) {}

  get(): T {
    return this.value;
  }

  set(value: T): void {
    this.value = value;
  }

  /** `cell.replace(v)`: the old value. */
  replace(value: T): T {
    const old = this.value;
    this.value = value;
    return old;
  }

  /** `cell.take()`: the value, leaving T's default (which the translator hands in). */
  take(empty: T): T {
    return this.replace(empty);
  }

  intoInner(): T {
    return this.value;
  }

  [RUST_DEBUG](): RustDebugValue {
    return debugStruct('Cell', [['value', this.value]])[RUST_DEBUG]();
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
