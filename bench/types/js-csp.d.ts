// The part of js-csp 1.0.1 the bench uses (the package ships no types). It is CommonJS:
// import it as the default export.
declare module 'js-csp' {
  namespace csp {
    interface Channel<T> {
      close(): void;
      readonly closed: boolean;
      /** Phantom: the element type. */
      readonly __element?: T;
    }
    /** What a process yields: the process resumes with the operation's result. */
    interface Instruction<R> {
      readonly __result?: R;
    }
    interface AltResult {
      value: any;
      channel: Channel<any>;
    }
    /** A process body: yields instructions, resumes with their results (typed loosely). */
    type Process<R> = Generator<Instruction<unknown>, R, any>;
  }
  interface Csp {
    /** The value a take gives once the channel is closed (null). */
    readonly CLOSED: null;
    chan<T>(bufferOrSize?: number): csp.Channel<T>;
    go<A extends unknown[], R>(body: (...args: A) => csp.Process<R>, args?: A): csp.Channel<R>;
    put<T>(ch: csp.Channel<T>, value: T): csp.Instruction<boolean>;
    take<T>(ch: csp.Channel<T>): csp.Instruction<T | null>;
    alts(
      operations: readonly (csp.Channel<any> | [csp.Channel<any>, unknown])[],
      options?: { priority?: boolean; default?: unknown },
    ): csp.Instruction<csp.AltResult>;
    takeAsync<T>(ch: csp.Channel<T>, callback: (value: T | null) => void): void;
    putAsync<T>(ch: csp.Channel<T>, value: T, callback?: (ok: boolean) => void): void;
  }
  const csp: Csp;
  export = csp;
}
