/** Where a program's output goes and how it ends: the real process, or a test's capture. */
export interface Host {
  write(stream: 'stdout' | 'stderr', text: string): void;
  exit(code: number): void;
}

interface NodeProcessLike {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  exit(code: number): never;
  once(event: 'beforeExit', listener: () => void): unknown;
}

export function nodeProcess(): NodeProcessLike | null {
  const proc = (globalThis as { process?: NodeProcessLike }).process;
  return proc && typeof proc.stdout?.write === 'function' ? proc : null;
}

/** Node's process where there is one; elsewhere the console, a line at a time. */
export function defaultHost(): Host {
  const proc = nodeProcess();
  if (proc) {
    return {
      write: (stream, text) => proc[stream].write(text),
      exit: (code) => proc.exit(code),
    };
  }
  const pending = { stdout: '', stderr: '' };
  return {
    write(stream, text) {
      const lines = (pending[stream] + text).split('\n');
      pending[stream] = lines.pop()!;
      for (const line of lines) (stream === 'stdout' ? console.log : console.error)(line);
    },
    exit() {
      for (const stream of ['stdout', 'stderr'] as const) {
        if (pending[stream]) this.write(stream, '\n');
      }
    },
  };
}

/** A host that keeps the output, for tests and for embedding. */
export function captureHost(): Host & { stdout: string; stderr: string; code: number | null } {
  return {
    stdout: '',
    stderr: '',
    code: null,
    write(stream, text) {
      this[stream] += text;
    },
    exit(code) {
      this.code = code;
    },
  };
}
