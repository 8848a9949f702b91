// Runs a Tokio-flavoured program in-process, as `cargo run` would, and gives back what it
// printed and how it ended. Nothing exits the test process.
import { runMain, type Flavor } from '../../runtime/src/tokio/index.js';
import { runLimited, STILL_RUNNING, type ProgramOutput } from './run-limited.js';

export type TokioResult = ProgramOutput;
export { STILL_RUNNING };

export interface RunTokioOptions {
  /** `#[tokio::main(flavor = ...)]`; multi_thread by default, as `#[tokio::main]`. */
  flavor?: Flavor;
  /** After this long the program is ended and reported with code STILL_RUNNING, so no test can hang. */
  limitMs?: number;
  /** False for a plain `fn main`, outside any Tokio runtime. */
  runtime?: boolean;
  /** `#[tokio::main(start_paused = true)]` (needs flavor current_thread, as in Tokio). */
  startPaused?: boolean;
}

/** Runs `main`; the exit code is 0 when main returned, 101 after a panic in main, STALL_EXIT_CODE for a hang. */
export function runTokio(
  main: () => unknown,
  { flavor, limitMs = 5000, runtime, startPaused }: RunTokioOptions = {},
): Promise<TokioResult> {
  return runLimited((host) => runMain(main, { host, flavor, runtime, startPaused }), limitMs, 'runTokio');
}
