import { captureHost, runMain } from '../../runtime/src/go/index.js';

export interface ProgramResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a Go-flavoured program in this process, capturing its output and exit code. */
export async function runProgram(main: () => unknown): Promise<ProgramResult> {
  const host = captureHost();
  const code = await runMain(main, { host });
  return { code, stdout: host.stdout, stderr: host.stderr };
}
