import { exitProgram } from '../core/program.js';

/** One of the program's output streams, as `os.Stdout` and `os.Stderr` are. */
export class OutputStream {
  constructor(readonly stream: 'stdout' | 'stderr') {}
}

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
