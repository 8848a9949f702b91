// std::io's standard input. What Rust blocks its thread for, a task here awaits, as any I/O:
// the other tasks run meanwhile.
//   io::stdin().read_line(&mut line)   -> await io.stdin().readLine((text) => (line += text))
//   for line in io::stdin().lock().lines() { .. }
//   -> for await (const line of io.stdin().lock().lines()) { .. }
import { standardInput } from '../core/stdin.js';
import { RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { Err, Ok, type Result } from './result.js';

/** std::io::Error, as reading text that is not UTF-8 gives it. */
export class IoError {
  private constructor(
    readonly kind: string,
    readonly message: string,
  ) {}

  static readonly invalidUtf8 = new IoError('InvalidData', 'stream did not contain valid UTF-8');

  [RUST_DEBUG](): RustDebugValue {
    return {
      kind: 'struct',
      name: 'Error',
      fields: [
        ['kind', { [RUST_DEBUG]: () => ({ kind: 'unit', name: this.kind }) }],
        ['message', this.message],
      ],
    };
  }

  toString(): string {
    return this.message;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decoded(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** std::io::Stdin, and its lock (the same reader here). */
export class Stdin {
  lock(): this {
    return this;
  }

  /** `read_line(&mut s)`: appends the next line with its newline (nothing at the end); Ok(bytes read). */
  async readLine(append: (text: string) => void): Promise<Result<number, IoError>> {
    const bytes = await standardInput.takeLine();
    const text = decoded(bytes);
    if (text === null) return new Err(IoError.invalidUtf8);
    append(text);
    return new Ok(bytes.length);
  }

  /** `read_to_string(&mut s)`: appends everything up to the end; Ok(bytes read). */
  async readToString(append: (text: string) => void): Promise<Result<number, IoError>> {
    const bytes = await standardInput.takeAll();
    const text = decoded(bytes);
    if (text === null) return new Err(IoError.invalidUtf8);
    append(text);
    return new Ok(bytes.length);
  }

  /** `lines()`: each line without its `\n` or `\r\n`, until the end. */
  async *lines(): AsyncGenerator<Result<string, IoError>> {
    for (let bytes = await standardInput.takeLine(); bytes.length > 0; bytes = await standardInput.takeLine()) {
      const text = decoded(bytes);
      if (text === null) {
        yield new Err(IoError.invalidUtf8);
        continue;
      }
      yield new Ok(text.replace(/\r?\n$/, ''));
    }
  }
}

const theStdin = new Stdin();

/** `std::io::stdin()`. */
export function stdin(): Stdin {
  return theStdin;
}
