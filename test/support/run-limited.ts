// Runs an in-process program (Go or Tokio flavour) with a time limit, so that a broken
// runtime can never hang a test: past the limit the program is ended with STILL_RUNNING.
import { activeProgram } from '../../runtime/src/core/program.js';
import { captureHost, type Host } from '../../runtime/src/core/host.js';

export interface ProgramOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** The code reported for a program that had not ended within the limit (no real program exits with it). */
export const STILL_RUNNING = -1;

export async function runLimited(
  start: (host: Host) => Promise<number>,
  limitMs: number,
  label: string,
): Promise<ProgramOutput> {
  const host = captureHost();
  const exited = start(host);
  let guard: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<number>((resolve) => {
    guard = setTimeout(() => resolve(STILL_RUNNING), limitMs);
  });
  const code = await Promise.race([exited, limit]);
  clearTimeout(guard);
  if (code === STILL_RUNNING) {
    // Stops the program's tasks and timers, so that the test process can still end.
    activeProgram()?.end(STILL_RUNNING);
    host.stderr += `\n[${label}: still running after ${limitMs} ms]\n`;
  }
  return { code, stdout: host.stdout, stderr: host.stderr };
}
