/** Where a program's output goes and how it ends: the real process, or a test's capture. */
export interface Host {
  write(stream: 'stdout' | 'stderr', text: string): void;
  exit(code: number): void;
  /** The next bytes of the program's standard input as they arrive, null at its end; absent: stdin is empty. */
  read?(): Promise<Uint8Array | null>;
}

interface NodeProcessLike {
  stdin?: AsyncIterable<Uint8Array>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  exit(code: number): never;
  once(event: 'beforeExit', listener: () => void): unknown;
}

export function nodeProcess(): NodeProcessLike | null {
  const proc = (globalThis as { process?: NodeProcessLike }).process;
  return proc && typeof proc.stdout?.write === 'function' ? proc : null;
}

/** The program's path and its arguments (Go's os.Args, Rust's std::env::args()); empty outside Node. */
export function programArguments(): string[] {
  return (globalThis as { process?: { argv?: string[] } }).process?.argv?.slice(1) ?? [];
}

/** Node's process where there is one; elsewhere the console, a line at a time. */
export function defaultHost(): Host {
  const proc = nodeProcess();
  if (proc) {
    return {
      write: (stream, text) => proc[stream].write(text),
      exit: (code) => proc.exit(code),
      read: stdinChunks(proc),
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

/**
 * Node's stdin a chunk at a time. It is opened on the first read only: a program that never
 * reads its input must not keep the process waiting for it. A read error ends the input.
 */
function stdinChunks(proc: NodeProcessLike): () => Promise<Uint8Array | null> {
  let chunks: AsyncIterator<Uint8Array> | undefined;
  return async () => {
    if (proc.stdin === undefined) return null;
    chunks ??= proc.stdin[Symbol.asyncIterator]();
    try {
      const next = await chunks.next();
      return next.done ? null : next.value;
    } catch {
      return null;
    }
  };
}

/** A host that keeps the output, for tests and for embedding; the program reads `input` as its stdin. */
export function captureHost(input = ''): Host & { stdout: string; stderr: string; code: number | null } {
  let unread: Uint8Array | null = new TextEncoder().encode(input);
  return {
    stdout: '',
    stderr: '',
    code: null,
    async read() {
      const chunk = unread?.length ? unread : null;
      unread = null;
      return chunk;
    },
    write(stream, text) {
      this[stream] += text;
    },
    exit(code) {
      this.code = code;
    },
  };
}
