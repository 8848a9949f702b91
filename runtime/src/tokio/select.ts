import { park, yieldNow } from '../core/scheduler.js';
import { tracer } from '../core/tracer.js';
import { PlainWaiter, type Waiter } from '../core/waiter.js';
import { checkAborted } from './cancel.js';
import { awaitOp, PENDING, type Selectable } from './op.js';
import { RustPanic } from './panic.js';
import { Err, Ok, type Result } from './result.js';
import { FutureTask } from './task.js';

/**
 * One branch of `tokio::select!`: the operation, or null when its `, if` precondition is
 * false; `matches` is the branch's pattern (`Some(v) = rx.recv()`): a value that does not
 * match disables the branch and the select keeps waiting on the others.
 */
export interface Branch {
  readonly op: Selectable<unknown> | null;
  readonly matches?: (value: any) => boolean;
}

export interface SelectOptions {
  /** `biased;`: poll in the order written instead of from a random branch. */
  biased?: boolean;
  /** Has an `else =>` branch: taken (index -1) once every branch is disabled. */
  hasElse?: boolean;
}

export interface Selected {
  readonly index: number;
  readonly value: any;
}

const ELSE: Selected = { index: -1, value: undefined };

/**
 * `tokio::select!`: polls the enabled branches, from a random one round the list (or in
 * order when biased), and completes with the first ready value that matches its pattern.
 * Waits until one does; losing branches take nothing.
 */
export async function select(branches: readonly Branch[], options: SelectOptions = {}): Promise<Selected> {
  const disabled = branches.map((b) => b.op === null);
  let owner: Waiter | null = null;
  for (;;) {
    // Each poll starts from a random branch, as Tokio's does (in order when biased).
    const start = options.biased ? 0 : Math.floor(Math.random() * branches.length);
    const ready = await pollBranches(branches, disabled, start);
    if (ready !== null) {
      // select! stops polling at the first ready branch: whether others were ready is unknown.
      tracer?.selected(branches.length, [ready.index], 1, ready.index);
      return ready;
    }
    if (disabled.every(Boolean)) {
      if (options.hasElse) {
        tracer?.selected(branches.length, [], 0, -1);
        return ELSE;
      }
      throw new RustPanic('all branches are disabled and there is no else branch');
    }
    checkAborted();
    const waiting = branches.filter((_, i) => !disabled[i]).map((b) => b.op!);
    if (waiting.some((op) => op.hasWork?.())) {
      // A future yielded: poll again once the others have run.
      await yieldNow();
      checkAborted();
      continue;
    }
    owner ??= new PlainWaiter();
    for (const op of waiting) op.subscribe(owner);
    try {
      await park(owner, 'select', { describe: () => waiting.map((op) => op.describe()).join(', ') });
    } finally {
      for (const op of waiting) op.unsubscribe(owner);
    }
    checkAborted();
  }
}

/** Polls the enabled branches once, from `start` round the list; a future runs its next step when its turn comes. */
async function pollBranches(branches: readonly Branch[], disabled: boolean[], start: number): Promise<Selected | null> {
  const n = branches.length;
  for (let k = 0; k < n; k++) {
    const index = (start + k) % n;
    if (disabled[index]) continue;
    const branch = branches[index]!;
    const step = branch.op!.step?.();
    if (step) await step;
    const value = branch.op!.poll();
    if (value === PENDING) continue;
    if (branch.matches && !branch.matches(value)) {
      disabled[index] = true;
      continue;
    }
    return { index, value };
  }
  return null;
}

/**
 * An `async { ... }` block or async function call as a select! branch: it runs as a hidden
 * task; `cancel()` drops it when another branch wins, as select! drops its losing futures.
 */
export class Future<T> implements Selectable<T>, PromiseLike<T> {
  private task: FutureTask<T>;

  constructor(body: () => T | Promise<T>) {
    this.task = new FutureTask(body);
  }

  /** `Pin::set`: drops the future and puts `body` in its place. */
  set(body: () => T | Promise<T>): void {
    this.task.cancel();
    this.task = new FutureTask(body);
  }

  /** A pinned future awaited in place (`(&mut fut).await`). */
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    return Promise.resolve(awaitOp(this, 'future')).then(onFulfilled, onRejected);
  }

  step(): void | Promise<void> {
    return this.task.step();
  }

  hasWork(): boolean {
    return this.task.hasWork();
  }

  poll(): T | typeof PENDING {
    const outcome = this.task.poll();
    if (outcome === PENDING) return PENDING;
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  subscribe(w: Waiter): void {
    this.task.subscribe(w);
  }

  unsubscribe(w: Waiter): void {
    this.task.unsubscribe(w);
  }

  describe(): string {
    return 'a future';
  }

  cancel(): void {
    this.task.cancel();
  }

  /** `drop(fut)`: a pinned future dropped before it completes stops where it waits. */
  drop(): void {
    this.task.cancel();
  }
}

/**
 * `tokio::join!(a, b, ...)`: polls every future not yet done, each poll starting one further
 * along the list (1, 2, 3, then 2, 3, 1...) as Tokio's does, and gives all their values, in
 * order, once every one is done; a panic in one is the caller's.
 */
export async function join<T extends unknown[]>(...bodies: { [K in keyof T]: () => T[K] | Promise<T[K]> }): Promise<T> {
  return (await joinUntil(bodies as (() => unknown)[], () => false)) as T;
}

/**
 * `tokio::try_join!(a, b, ...)`: as `join`, but the first Err ends it at once (the futures
 * still running are dropped) and is its value; else Ok of every value, in order.
 */
export async function tryJoin<R extends Result<unknown, unknown>[]>(
  ...bodies: { [K in keyof R]: () => R[K] | Promise<R[K]> }
): Promise<Result<{ [K in keyof R]: OkOf<R[K]> }, ErrOf<R[number]>>> {
  const results = await joinUntil(bodies as (() => unknown)[], (value) => value instanceof Err);
  const failed = results.find((value): value is Err<ErrOf<R[number]>> => value instanceof Err);
  return failed ?? new Ok(results.map((value) => (value as Ok<unknown>).value) as { [K in keyof R]: OkOf<R[K]> });
}

type OkOf<R> = R extends Ok<infer T> ? T : never;
type ErrOf<R> = R extends Err<infer E> ? E : never;

/** Polls the futures as `join!` does until all are done, or one gives a value `stops` at (the rest are dropped). */
async function joinUntil(bodies: (() => unknown)[], stops: (value: unknown) => boolean): Promise<unknown[]> {
  const futures = bodies.map((body) => new Future(body));
  const values = new Array<unknown>(futures.length);
  const done = futures.map(() => false);
  const owner = new PlainWaiter();
  try {
    for (let skip = 0; ; skip = (skip + 1) % futures.length) {
      for (let k = 0; k < futures.length; k++) {
        const index = (skip + k) % futures.length;
        if (done[index]) continue;
        const future = futures[index]!;
        await future.step();
        const value = future.poll();
        if (value === PENDING) continue;
        values[index] = value;
        done[index] = true;
        if (stops(value)) {
          for (const f of futures) f.cancel();
          return values;
        }
      }
      if (done.every(Boolean)) return values;
      const pending = futures.filter((_, i) => !done[i]);
      if (pending.some((f) => f.hasWork())) {
        await yieldNow();
        continue;
      }
      for (const f of pending) f.subscribe(owner);
      try {
        await park(owner, 'join!', { describe: () => pending.map((f) => f.describe()).join(', ') });
      } finally {
        for (const f of pending) f.unsubscribe(owner);
      }
    }
  } catch (error) {
    for (const future of futures) future.cancel();
    throw error;
  }
}
