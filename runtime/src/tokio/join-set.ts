import type { Waiter } from '../core/waiter.js';
import type { JoinError } from './errors.js';
import { awaitOp, PENDING, type Poll, type Selectable } from './op.js';
import { Ok, type Option, type Result } from './result.js';
import { spawn, type Droppable, type JoinHandle } from './task.js';

/*
 * tokio::task::JoinSet: tasks spawned into a set; `join_next` gives the result of the next one
 * to finish, in the order they finish (None once the set is empty); dropping the set (or
 * `shutdown`, `abort_all`) aborts the tasks still in it.
 */

type Joined<T> = Option<Result<T, JoinError>>;

export class JoinSet<T> {
  private readonly tasks = new Set<JoinHandle<T>>();
  /** Tasks whose body ended, in the order they ended (an aborted task that never ran is not here). */
  private readonly ended: JoinHandle<T>[] = [];

  len(): number {
    return this.tasks.size;
  }

  isEmpty(): boolean {
    return this.tasks.size === 0;
  }

  /** Gives the task's handle as its AbortHandle; `name` as `spawn`'s. */
  spawn(body: () => T | Promise<T>, owned: readonly Droppable[] = [], name = body.name): JoinHandle<T> {
    const handle: JoinHandle<T> = spawn(
      async () => {
        try {
          return await body();
        } finally {
          this.ended.push(handle);
        }
      },
      owned,
      name,
    );
    this.tasks.add(handle);
    return handle;
  }

  joinNext(): Joined<T> | Promise<Joined<T>> {
    return awaitOp(new JoinNextOp(this, (_handle, result) => result), 'join_next');
  }

  joinNextWithId(): Option<Result<[number, T], JoinError>> | Promise<Option<Result<[number, T], JoinError>>> {
    const withId = (handle: JoinHandle<T>, result: Result<T, JoinError>): Result<[number, T], JoinError> =>
      result.isOk() ? new Ok([handle.id(), result.value]) : result;
    return awaitOp(new JoinNextOp(this, withId), 'join_next');
  }

  /** The next finished task's result, taken out of the set; undefined (None) when the set is empty. */
  takeFinished(): Poll<{ handle: JoinHandle<T>; result: Result<T, JoinError> } | undefined> {
    if (this.tasks.size === 0) return undefined;
    for (const handle of [...this.ended, ...this.tasks]) {
      const result = handle.poll();
      if (result === PENDING || !this.tasks.has(handle)) continue;
      this.tasks.delete(handle);
      const at = this.ended.indexOf(handle);
      if (at >= 0) this.ended.splice(at, 1);
      return { handle, result };
    }
    return PENDING;
  }

  handles(): Iterable<JoinHandle<T>> {
    return this.tasks;
  }

  abortAll(): void {
    for (const handle of this.tasks) handle.abort();
  }

  /** Removes every task from the set without aborting it. */
  detachAll(): void {
    this.tasks.clear();
    this.ended.length = 0;
  }

  /** Aborts every task and waits until all of them have ended. */
  async shutdown(): Promise<void> {
    this.abortAll();
    while ((await this.joinNext()) !== undefined);
  }

  drop(): void {
    this.abortAll();
  }

  [Symbol.dispose](): void {
    this.drop();
  }
}

class JoinNextOp<T, R> implements Selectable<Option<R>> {
  private watched: JoinHandle<T>[] = [];

  constructor(
    private readonly set: JoinSet<T>,
    private readonly joined: (handle: JoinHandle<T>, result: Result<T, JoinError>) => R,
  ) {}

  poll(): Poll<Option<R>> {
    const finished = this.set.takeFinished();
    if (finished === PENDING || finished === undefined) return finished;
    return this.joined(finished.handle, finished.result);
  }

  subscribe(w: Waiter): void {
    this.watched = [...this.set.handles()];
    for (const handle of this.watched) handle.subscribe(w);
  }

  unsubscribe(w: Waiter): void {
    for (const handle of this.watched) handle.unsubscribe(w);
  }

  describe(): string {
    return 'a JoinSet';
  }
}
