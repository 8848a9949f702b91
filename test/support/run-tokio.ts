// Runs a Tokio-flavoured program in-process, as `cargo run` would, and gives back what it
// printed and how it ended. Nothing exits the test process.
import { activeProgram } from '../../runtime/src/core/program.js';
import { captureHost, runMain, type Flavor } from '../../runtime/src/tokio/index.js';

export interface TokioResult {
  /** The exit code: 0 when main returned, 101 after a panic in main, STALL_EXIT_CODE for a hang. */
  code: number;
  stdout: string;
  stderr: string;
}

/** The code reported for a program that had not ended within the limit (no Rust program exits with it). */
export const STILL_RUNNING = -1;

export interface RunTokioOptions {
  /** `#[tokio::main(flavor = ...)]`; multi_thread by default, as `#[tokio::main]`. */
  flavor?: Flavor;
  /** After this long the program is ended and reported with code STILL_RUNNING, so no test can hang. */
  limitMs?: number;
}

export async function runTokio(main: () => unknown, { flavor, limitMs = 5000 }: RunTokioOptions = {}): Promise<TokioResult> {
  const host = captureHost();
  const exited = runMain(main, { host, flavor });
  let guard: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<number>((resolve) => {
    guard = setTimeout(() => resolve(STILL_RUNNING), limitMs);
  });
  const code = await Promise.race([exited, limit]);
  clearTimeout(guard);
  if (code === STILL_RUNNING) {
    // Stops the program's tasks and timers, so that the test process can still end.
    activeProgram()?.end(STILL_RUNNING);
    host.stderr += `\n[runTokio: still running after ${limitMs} ms]\n`;
  }
  return { code, stdout: host.stdout, stderr: host.stderr };
}
