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
