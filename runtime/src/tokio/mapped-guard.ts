import { debugString, displayString, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { RustPanic } from './panic.js';

/*
 * `MutexGuard::map(guard, |v| &mut v.field)`: a guard on a part of the locked value. It reads
 * and writes that part (`*mapped`) through the accessors the closure's place gave, and holds
 * the lock until it is dropped.
 */

/** What a mapped guard holds on to: the guard it was made from, which unlocks when dropped. */
interface Held {
  drop(): void;
}

export class MappedMutexGuard<U> {
  constructor(
    private readonly held: Held,
    private readonly read: () => U,
    private readonly write?: (part: U) => void,
  ) {}

  get value(): U {
    return this.read();
  }

  set value(part: U) {
    if (!this.write) throw new RustPanic('chan2ts cannot assign through this mapped guard: its closure gives no place');
    this.write(part);
  }

  /** `MappedMutexGuard::map`: a part of the part, under the same lock. */
  static map<U, V>(guard: MappedMutexGuard<U>, read: (value: U) => V, write?: (value: U, part: V) => void) {
    return mapGuard(guard, read, write);
  }

  drop(): void {
    this.held.drop();
  }

  [Symbol.dispose](): void {
    this.drop();
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'text', text: debugString(this.read()) };
  }

  toString(): string {
    return displayString(this.read());
  }
}

/** A guard on `read(guard.value)`, assigned through `write` when the closure's body is a place. */
export function mapGuard<T, U>(
  guard: Held & { readonly value: T },
  read: (value: T) => U,
  write?: (value: T, part: U) => void,
): MappedMutexGuard<U> {
  return new MappedMutexGuard(guard, () => read(guard.value), write && ((part) => write(guard.value, part)));
}
