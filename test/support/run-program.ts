// Runs a Go-flavoured program in-process, as `go run` would, and gives back what it printed
// and how it ended. Nothing exits the test process.
import { activeProgram } from '../../runtime/src/core/program.js';
import { captureHost, runMain } from '../../runtime/src/go/index.js';

export interface ProgramResult {
  /** The exit code: 0 when main returned, 2 after a panic, fatal error or deadlock. */
  code: number;
  stdout: string;
  stderr: string;
}

/** The code reported for a program that had not ended within the limit (no Go program exits with it). */
export const STILL_RUNNING = -1;

export interface RunOptions {
  /** After this long the program is ended and reported with code STILL_RUNNING, so no test can hang. */
  limitMs?: number;
}

export async function runProgram(main: () => unknown, { limitMs = 5000 }: RunOptions = {}): Promise<ProgramResult> {
  const host = captureHost();
  const exited = runMain(main, { host });
  let guard: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<number>((resolve) => {
    guard = setTimeout(() => resolve(STILL_RUNNING), limitMs);
  });
  const code = await Promise.race([exited, limit]);
  clearTimeout(guard);
  if (code === STILL_RUNNING) {
    // Stops the program's goroutines and timers, so that the test process can still end.
    activeProgram()?.end(STILL_RUNNING);
    host.stderr += `\n[runProgram: still running after ${limitMs} ms]\n`;
  }
  return { code, stdout: host.stdout, stderr: host.stderr };
}

/** The lines a program printed, without the final newline's empty string. */
export function lines(stdout: string): string[] {
  const all = stdout.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}
