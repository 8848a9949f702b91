// Runs a Go-flavoured program in-process, as `go run` would, and gives back what it printed
// and how it ended. Nothing exits the test process.
import { runMain } from '../../runtime/src/go/index.js';
import { runLimited, STILL_RUNNING, type ProgramOutput } from './run-limited.js';

export type ProgramResult = ProgramOutput;
export { STILL_RUNNING };

export interface RunOptions {
  /** After this long the program is ended and reported with code STILL_RUNNING, so no test can hang. */
  limitMs?: number;
}

/** Runs `main`; the exit code is 0 when main returned, 2 after a panic, fatal error or deadlock. */
export function runProgram(main: () => unknown, { limitMs = 5000 }: RunOptions = {}): Promise<ProgramResult> {
  return runLimited((host) => runMain(main, { host }), limitMs, 'runProgram');
}

/** The lines a program printed, without the final newline's empty string. */
export function lines(stdout: string): string[] {
  const all = stdout.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}
