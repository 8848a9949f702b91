/**
 * Runs translated programs one after another in one process, each with a host of the
 * caller's: the programs import a stand-in runtime module that re-exports the runtime but
 * wraps its runMain with `hosted` (see test/support/traced-corpus-child.ts).
 *
 *     // the stand-in:  export * from RUNTIME; export const runMain = hosted(realRunMain);
 *     const code = await runHosted(`${programUrl}?run=1`, captureHost());
 */
import type { Host } from '../../runtime/src/core/host.js';

type RunMain = (main: () => unknown, options?: { host?: Host }) => Promise<number>;

let waiting: { host: Host; started: (exit: Promise<number>) => void } | null = null;

/** The runtime's `runMain`, giving the program the host that `runHosted` was called with. */
export function hosted(runMain: RunMain): RunMain {
  return (main, options = {}) => {
    const run = waiting;
    waiting = null;
    if (run === null) throw new Error('a program started outside runHosted');
    const exit = runMain(main, { ...options, host: run.host });
    run.started(exit);
    return exit;
  };
}

/**
 * Imports the program at `url` (a URL not imported before, so that its module runs) and
 * resolves with its exit code once it has ended.
 */
export async function runHosted(url: string, host: Host): Promise<number> {
  const started = new Promise<number>((resolve) => (waiting = { host, started: resolve }));
  await import(url);
  if (waiting !== null) {
    waiting = null;
    throw new Error(`${url} did not call runMain`);
  }
  return started;
}
