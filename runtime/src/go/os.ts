import { programArguments } from '../core/host.js';
import { exitProgram, output } from '../core/program.js';
import { standardInput } from '../core/stdin.js';
import { copyBytes, EOF, type Bytes, type Result } from './io.js';
import { bytesOfString, stringFromBytes } from './string-bytes.js';

export { ErrClosed, ErrExist, ErrInvalid, ErrNotExist, ErrPermission, PathError } from './fs.js';

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
  async read(p: Bytes): Promise<Result> {
    if (p.length === 0) return [0, null];
    const data = await standardInput.available();
    if (data.length === 0) return [0, EOF];
    const n = copyBytes(p, data);
    standardInput.take(n);
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
export const args: string[] = programArguments();

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
