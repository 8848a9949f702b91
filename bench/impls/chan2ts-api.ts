/**
 * Loads the runtime from source. Preferably through its public entry (go/index.js); while a
 * module that entry needs is missing (the runtime is being written next to the bench), from
 * the channel modules directly, and as a last resort with `go` built on the scheduler's
 * spawnTask exactly as go/goroutine.ts builds it, minus the program hooks.
 */
import type { Chan, SelectResult } from '../../runtime/src/go/chan.js';
import type { SelectCase } from '../../runtime/src/go/select.js';

export interface CaptureHost {
  stdout: string;
  stderr: string;
  code: number | null;
  write(stream: 'stdout' | 'stderr', text: string): void;
  exit(code: number): void;
}

export interface Chan2tsApi {
  makeChan<T>(capacity?: number, zero?: T): Chan<T>;
  go<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): void;
  select(cases: readonly SelectCase[], hasDefault?: boolean): SelectResult | Promise<SelectResult>;
  recvCase<T>(ch: Chan<T> | null): SelectCase;
  close(ch: Chan<unknown> | null): void;
  /** Null when go/goroutine.js (or its imports) does not load yet. */
  runMain: ((main: () => unknown, options: { host: CaptureHost }) => Promise<number>) | null;
  captureHost: (() => CaptureHost) | null;
  /** Which modules were loaded, for the legend. */
  source: string;
}

/** The API of a loaded copy of the runtime's public entry (go/index.js), from source or a bundle. */
export function apiOf(m: typeof import('../../runtime/src/go/index.js'), source: string): Chan2tsApi {
  return {
    makeChan: (capacity, zero) => m.makeChan(capacity, zero),
    go: m.go,
    select: m.select,
    recvCase: m.recvCase,
    close: m.close,
    runMain: m.runMain,
    captureHost: m.captureHost,
    source,
  };
}

export async function loadChan2ts(): Promise<Chan2tsApi> {
  try {
    return apiOf(await import('../../runtime/src/go/index.js'), 'runtime/src/go/index.js');
  } catch (error) {
    process.stderr.write(
      `bench: runtime/src/go/index.js does not load (${(error as Error).message}); using the channel modules\n`,
    );
  }
  let builtins: typeof import('../../runtime/src/go/builtins.js');
  let sel: typeof import('../../runtime/src/go/select.js');
  try {
    builtins = await import('../../runtime/src/go/builtins.js');
    sel = await import('../../runtime/src/go/select.js');
  } catch (error) {
    throw new Error(`the runtime's channel modules do not load either: ${(error as Error).message}`);
  }
  const parts = {
    makeChan: <T>(capacity?: number, zero?: T) => builtins.makeChan<T>(capacity, zero),
    select: sel.select,
    recvCase: sel.recvCase,
    close: builtins.close,
  };
  try {
    const g = await import('../../runtime/src/go/goroutine.js');
    const host = await import('../../runtime/src/core/host.js');
    return {
      ...parts,
      go: g.go,
      runMain: g.runMain,
      captureHost: host.captureHost,
      source: 'runtime/src/go/{builtins,select,goroutine}.js',
    };
  } catch (error) {
    process.stderr.write(
      `bench: runtime/src/go/goroutine.js does not load (${(error as Error).message}); go() = core/scheduler spawnTask\n`,
    );
  }
  const { spawnTask } = await import('../../runtime/src/core/scheduler.js');
  let nextId = 6;
  const hooks = {
    returned() {},
    threw(_task: unknown, error: unknown) {
      throw error;
    },
  };
  return {
    ...parts,
    go: (fn, ...args) => {
      spawnTask(nextId++, fn.name || 'func', () => fn(...args), hooks);
    },
    runMain: null,
    captureHost: null,
    source: 'runtime/src/go/{builtins,select}.js + core/scheduler.js spawnTask',
  };
}
