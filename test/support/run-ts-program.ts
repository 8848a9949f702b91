/**
 * Runs programs in child processes and collects what they print: a TypeScript program file
 * under Node with the project's loader (`runTsProgram`), or any executable (`runProcess`).
 *
 * A child that runs longer than its timeout is killed (SIGKILL) and the returned promise
 * rejects with an error that says which program hung and what it had printed so far, so a
 * hanging program fails its test clearly instead of hanging the test run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** What a finished child process left: its whole output and its exit code. */
export interface ProcessResult {
  stdout: string;
  stderr: string;
  /** The exit code; when the child was ended by a signal, 128 + the signal's number. */
  code: number;
  /** The signal that ended the child, if one did. */
  signal: NodeJS.Signals | null;
}

export interface RunOptions {
  /** Arguments after the program. */
  args?: readonly string[];
  /** Written to the child's stdin, which is then closed. Default: stdin is empty. */
  stdin?: string;
  /** Milliseconds before the child is killed and the run fails. Default 20 000. */
  timeoutMs?: number;
  /** The working directory. Default: this process's. */
  cwd?: string;
  /** Variables added to (or, when undefined, removed from) this process's environment. */
  env?: Record<string, string | undefined>;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * The project's root: the nearest folder at or above the working directory that holds
 * test/support/register.mjs. (Tests run from the root, as `npm test` runs them; `import.meta`
 * is not used because tsc compiles the project's .ts files as CommonJS.)
 */
export const PROJECT_ROOT: string = findProjectRoot(process.cwd());

/** The loader hook that lets Node run the project's TypeScript directly. */
export const REGISTER_MJS: string = join(PROJECT_ROOT, 'test', 'support', 'register.mjs');

function findProjectRoot(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'test', 'support', 'register.mjs'))) return dir;
    if (dirname(dir) === dir) {
      throw new Error(`no test/support/register.mjs at or above ${start}: run the tests from the chan2ts checkout`);
    }
  }
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGSEGV: 11,
  SIGPIPE: 13,
  SIGTERM: 15,
};

/**
 * Runs `command args...` and resolves with its stdout, stderr and exit code once it has
 * exited and both streams are closed. Rejects if it cannot be started, or if it outlives
 * `timeoutMs` (it is killed first).
 */
export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<ProcessResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return new Promise<ProcessResult>((resolvePromise, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.on('error', () => {}); // a child that exits without reading stdin
    child.stdin.end(options.stdin ?? '');

    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);

    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(
          new Error(
            `${[command, ...args].join(' ')} did not finish within ${timeoutMs} ms and was killed\n` +
              `--- stdout so far ---\n${stdout}\n--- stderr so far ---\n${stderr}`,
          ),
        );
        return;
      }
      resolvePromise({
        stdout,
        stderr,
        code: code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 0) : 0),
        signal,
      });
    });
  });
}

/**
 * Runs a TypeScript program file as its own Node process, exactly as a user would:
 * `node --import <test/support/register.mjs> FILE.ts`. The program's stdout, stderr and exit
 * code are returned; see `runProcess` for the timeout.
 */
export function runTsProgram(file: string, options: RunOptions = {}): Promise<ProcessResult> {
  const path = resolve(file);
  return runProcess(process.execPath, ['--import', REGISTER_MJS, path, ...(options.args ?? [])], {
    ...options,
    env: {
      // Under `node --test` these tell a child process it is a test file: ours is not.
      NODE_TEST_CONTEXT: undefined,
      NODE_OPTIONS: undefined,
      ...options.env,
    },
  });
}
