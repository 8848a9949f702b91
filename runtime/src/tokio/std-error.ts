// `Box<dyn Error>`: any error value (a string, a runtime error, a boxed enum), and one made from a program's error enum by `?`: enum values are plain objects, so
// the box carries the enum's Display (its `fmt`) and `source`, which the plain value lacks.
import { debugString, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import type { Option } from './result.js';

/** What a `Box<dyn Error>` holds: anything with a Display (its toString). */
export interface DynError {
  toString(): string;
}

/** `e.source()` of a `dyn Error`: the runtime's errors and strings have none. */
export function errorSource(e: DynError): Option<DynError> {
  const withSource = e as { source?: () => Option<DynError> };
  return typeof withSource.source === 'function' ? withSource.source() : undefined;
}

export class BoxedError<T> {
  constructor(
    readonly value: T,
    private readonly display: (value: T) => string,
    private readonly sourceOf?: (value: T) => unknown,
  ) {}
  toString(): string {
    return this.display(this.value);
  }
  source(): Option<DynError> {
    return this.sourceOf?.(this.value) as Option<DynError>;
  }
  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'text', text: debugString(this.value) };
  }
}

/** `Err(e)?` into a `Box<dyn Error>`: `e` with its enum's fmt and source. */
export function boxError<T>(value: T, display: (value: T) => string, source?: (value: T) => unknown): BoxedError<T> {
  return new BoxedError(value, display, source);
}
