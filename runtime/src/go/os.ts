import { activeProgram, exitProgram, input, output, type Program } from '../core/program.js';
import { copyBytes, EOF, type Bytes, type Result } from './io.js';
import { bytesOfString, stringFromBytes } from './string-bytes.js';

/** One of the program's output streams, as `os.Stdout` and `os.Stderr` are: an io.Writer. */
export class OutputStream {
  constructor(readonly stream: 'stdout' | 'stderr') {}

  write(p: Bytes): Result {
    output(this.stream, stringFromBytes(p instanceof Uint8Array ? p : Uint8Array.from(p)));
    return [p.length, null];
  }

  writeString(s: string): Result {
    output(this.stream, s);
    return [bytesOfString(s).length, null];
  }
}

/**
 * `os.Stdin`: an io.Reader of the program's standard input. A read waits until input comes
 * (the other goroutines run meanwhile) and gives what has come, at most len(p) bytes, as a
 * read(2) of a pipe does; the rest waits for the next read.
 */
export class InputStream {
  private pending: Uint8Array = new Uint8Array(0);
  private ended = false;
  /** The program whose input this is: a program run after it starts with its own. */
  private reader: Program | null = null;

  async read(p: Bytes): Promise<Result> {
    if (p.length === 0) return [0, null];
    if (this.reader !== activeProgram()) {
      this.reader = activeProgram();
      this.pending = new Uint8Array(0);
      this.ended = false;
    }
    while (this.pending.length === 0) {
      if (this.ended) return [0, EOF];
      const chunk = await input();
      if (chunk === null) this.ended = true;
      else this.pending = chunk;
    }
    const n = copyBytes(p, this.pending);
    this.pending = this.pending.subarray(n);
    return [n, null];
  }
}

/** `*os.File`, as far as the standard streams go. */
export type File = InputStream | OutputStream;

export const stdin = new InputStream();
export const stdout = new OutputStream('stdout');
export const stderr = new OutputStream('stderr');

/** `os.Exit(code)`: ends the program at once; deferred calls do not run. */
export function exit(code: number): never {
  return exitProgram(code);
}

/**
 * `os.Args`: the program's name, then its arguments (`chan2ts run prog.go -- a b` gives
 * `[prog.go a b]`); outside Node, an empty list.
 */
export const args: string[] = (globalThis as { process?: { argv?: string[] } }).process?.argv?.slice(1) ?? [];

const environment = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};

/** `os.Getenv(key)`: the variable's value, "" when unset. */
export function getenv(key: string): string {
  return environment[key] ?? '';
}

/** `os.LookupEnv(key)`: the value and whether the variable is set. */
export function lookupEnv(key: string): [string, boolean] {
  const value = environment[key];
  return value === undefined ? ['', false] : [value, true];
}
