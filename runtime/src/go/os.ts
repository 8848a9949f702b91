import { exitProgram } from '../core/program.js';

/** `os.Exit(code)`: ends the program at once; deferred calls do not run. */
export function exit(code: number): never {
  return exitProgram(code);
}
