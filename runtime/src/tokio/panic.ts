/** A Rust panic in flight: `panic!`, `unwrap()` on None or Err, `expect`. */
export class RustPanic extends Error {
  /**
   * @param location where Rust reports it, `src/main.rs:12:9` (the translator passes the
   * position of the panic!, unwrap or expect call); empty when unknown
   */
  constructor(
    message: string,
    readonly location = '',
    /** The payload's Rust type, for `downcast_ref::<T>()`: `&str` for a literal message, `String` for a formatted one. */
    readonly payloadType = 'String',
    readonly payload: unknown = message,
  ) {
    super(message);
    this.name = 'RustPanic';
  }
}

/** `panic!(...)` with the message already formatted (`&str` when the message was a literal). */
export function panic(message = 'explicit panic', location = '', payloadType = 'String'): never {
  throw new RustPanic(message, location, payloadType);
}

/** `std::panic::panic_any(value)`: a payload of any type; Rust reports a message only for a string. */
export function panicAny(value: unknown, payloadType: string, location = ''): never {
  const message = typeof value === 'string' ? value : 'Box<dyn Any>';
  throw new RustPanic(message, location, payloadType, value);
}

/**
 * Code chan2ts could not translate, left in its place: reaching it panics as Rust panics, at
 * the construct's location (`src/main.rs:12:9`). Its type is `never`, so it stands for any
 * expression.
 */
export function unsupported(what: string, location: string): never {
  throw new RustPanic(`chan2ts: ${what} is not supported`, location);
}

/** The message Rust prints for a panic, and for errors JavaScript itself threw. */
export function panicMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * The `thread '...' panicked at LOCATION:` header and message, as Rust prints them: the
 * first panic of a program ends with the backtrace note, later ones start with a blank line.
 * (Rust 1.88+ adds the thread's OS id after its name; a translation has none to print.)
 */
export function panicReport(thread: string, error: unknown, first = true): string {
  const location =
    error instanceof RustPanic && error.location ? error.location : (sourceFrame(error) ?? 'src/main.rs');
  const report = `thread '${thread}' panicked at ${location}:\n${panicMessage(error)}\n`;
  return first
    ? `${report}note: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace\n`
    : `\n${report}`;
}

/**
 * Where in the .rs file JavaScript threw an error of its own (a gap of the translation, not a
 * Rust panic): the first frame of its stack that `chan2ts run`'s source map placed in a .rs
 * file, relative to the working folder.
 */
function sourceFrame(error: unknown): string | null {
  if (!(error instanceof Error) || error instanceof RustPanic) return null;
  const at = /[( ]([^\s()]+\.rs:\d+:\d+)\)?$/m.exec(error.stack ?? '')?.[1];
  if (at === undefined) return null;
  const cwd = (globalThis as { process?: { cwd?(): string } }).process?.cwd?.();
  return cwd !== undefined && at.startsWith(`${cwd}/`) ? at.slice(cwd.length + 1) : at;
}
