// tokio::task_local!: a value each task sees only inside `KEY.scope(value, future)` (or
// `sync_scope`), kept per task, so tasks running in turn never see each other's; a task
// spawned inside a scope does not inherit it.
import { sched } from '../core/scheduler.js';
import { RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { RustPanic } from './panic.js';
import { Err, Ok, type Result } from './result.js';

const NOT_SET = 'cannot access a task-local storage value without setting it first';

/** `try_with` outside a scope. */
export class AccessError {
  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'struct', name: 'AccessError', fields: [] };
  }

  toString(): string {
    return 'task-local value not set';
  }
}

/** Code outside any task (main outside a runtime) has a scope of its own. */
const OUTSIDE_TASKS = {};

export class LocalKey<T> {
  /** The values set by the scopes each task is in, innermost last. */
  private readonly scopes = new WeakMap<object, T[]>();

  /** `KEY.scope(value, future).await`: the future sees `value`. */
  async scope<R>(value: T, future: () => R | Promise<R>): Promise<R> {
    const values = this.enter(value);
    try {
      return await future();
    } finally {
      values.pop();
    }
  }

  /** `KEY.sync_scope(value, || ..)` */
  syncScope<R>(value: T, f: () => R): R {
    const values = this.enter(value);
    try {
      return f();
    } finally {
      values.pop();
    }
  }

  tryWith<R>(f: (value: T) => R): Result<R, AccessError> {
    const values = this.scopes.get(currentTask());
    if (!values?.length) return new Err(new AccessError());
    return new Ok(f(values[values.length - 1]!));
  }

  /** As `tryWith`, but outside a scope it panics at the caller's `location`. */
  with<R>(f: (value: T) => R, location?: string): R {
    const got = this.tryWith(f);
    if (got.isErr()) throw new RustPanic(NOT_SET, location);
    return got.value;
  }

  /** `KEY.get()` of a Copy value. */
  get(location?: string): T {
    return this.with((value) => value, location);
  }

  private enter(value: T): T[] {
    const task = currentTask();
    let values = this.scopes.get(task);
    if (!values) this.scopes.set(task, (values = []));
    values.push(value);
    return values;
  }
}

function currentTask(): object {
  return sched.current ?? OUTSIDE_TASKS;
}
