import { Timer as HostTimer } from '../core/timers.js';
import { isRef } from '../fmt/go-values.js';
import { equal } from './builtins.js';
import { Chan } from './chan.js';
import { go } from './goroutine.js';
import { ErrorString, type GoError } from './errors.js';
import type { Duration } from './time.js';
import { now, Time } from './time.js';

export const Canceled: GoError = new ErrorString('context canceled');
const GO_TYPE = Symbol.for('chan2ts.goType');

/** Go's context.deadlineExceededError: a net.Error-like value that says it is a timeout. */
class DeadlineExceededError implements GoError {
  readonly [GO_TYPE] = 'context.deadlineExceededError';
  Error(): string {
    return 'context deadline exceeded';
  }
  timeout(): boolean {
    return true;
  }
  temporary(): boolean {
    return true;
  }
}

export const DeadlineExceeded: GoError = new DeadlineExceededError();

export type CancelFunc = () => void;
export type CancelCauseFunc = (cause: GoError | null) => void;

/**
 * Go's context.Context. done() is a nil channel (null) for contexts that can never be
 * cancelled; it is typed as a channel because a nil channel is one in Go (select skips it,
 * the free function `recv` blocks on it forever).
 */
export interface Context {
  done(): Chan<object> | null;
  err(): GoError | null;
  /** The deadline, or the zero Time and false when there is none (as Go's). */
  deadline(): [Time, boolean];
  // any, as Go's: the type assertion that follows gives the value its type.
  value(key: unknown): any;
}

class EmptyContext implements Context {
  constructor(private readonly label: string) {}
  done(): null {
    return null;
  }
  err(): null {
    return null;
  }
  deadline(): [Time, boolean] {
    return [new Time(), false];
  }
  value(_key: unknown): unknown {
    return null;
  }
  String(): string {
    return this.label;
  }
}

const backgroundContext = new EmptyContext('context.Background');
const todoContext = new EmptyContext('context.TODO');

export function background(): Context {
  return backgroundContext;
}

export function todo(): Context {
  return todoContext;
}

/** A context that is cancelled by its cancel function, its deadline, or its parent. */
class CancelContext implements Context {
  private readonly doneChan = new Chan<object>(0, {}, 'ctx.Done()', 'chan struct {}');
  private error: GoError | null = null;
  /** Why it was cancelled (WithCancelCause's cause, else the error); inherited by children. */
  cause: GoError | null = null;
  private readonly children = new Set<CancelContext>();
  /** AfterFunc's functions, each started in its own goroutine on cancel. */
  readonly afterFuncs = new Set<() => void>();
  timer: HostTimer | null = null;

  constructor(
    private readonly parent: Context,
    private readonly deadlineAt: Time | null,
  ) {
    const ancestor = nearestCancelable(parent);
    const parentErr = parent.err();
    if (parentErr !== null) this.cancel(parentErr, cause(parent));
    else ancestor?.children.add(this);
  }

  done(): Chan<object> {
    return this.doneChan;
  }

  err(): GoError | null {
    return this.error;
  }

  deadline(): [Time, boolean] {
    if (this.deadlineAt !== null) return [this.deadlineAt, true];
    return this.parent.deadline();
  }

  value(key: unknown): unknown {
    return this.parent.value(key);
  }

  cancel(reason: GoError, why: GoError | null = reason): void {
    if (this.error !== null) return;
    this.error = reason;
    this.cause = why ?? reason;
    this.timer?.stop();
    this.doneChan.close();
    for (const child of this.children) child.cancel(reason, this.cause);
    this.children.clear();
    for (const f of this.afterFuncs) go(f);
    this.afterFuncs.clear();
    nearestCancelable(this.parent)?.children.delete(this);
  }
}

class ValueContext implements Context {
  constructor(
    private readonly parent: Context,
    private readonly key: unknown,
    private readonly val: unknown,
  ) {}
  done(): Chan<object> | null {
    return this.parent.done();
  }
  err(): GoError | null {
    return this.parent.err();
  }
  deadline(): [Time, boolean] {
    return this.parent.deadline();
  }
  value(key: unknown): unknown {
    return sameKey(key, this.key) ? this.val : this.parent.value(key);
  }
  parentContext(): Context {
    return this.parent;
  }
}

/** Go compares keys as interfaces: struct and boxed named values by type and value, pointers by identity. */
function sameKey(a: unknown, b: unknown): boolean {
  return a === b || (!isRef(a) && !isRef(b) && equal(a, b));
}

function nearestCancelable(ctx: Context): CancelContext | null {
  while (ctx instanceof ValueContext) ctx = ctx.parentContext();
  return ctx instanceof CancelContext ? ctx : null;
}

/** `ctx, cancel := context.WithCancel(parent)` */
export function withCancel(parent: Context): [Context, CancelFunc] {
  const ctx = new CancelContext(parent, null);
  return [ctx, () => ctx.cancel(Canceled)];
}

/** `context.WithCancelCause(parent)`: cancel(cause) records why; cancel(nil) means Canceled. */
export function withCancelCause(parent: Context): [Context, CancelCauseFunc] {
  const ctx = new CancelContext(parent, null);
  return [ctx, (why) => ctx.cancel(Canceled, why)];
}

/** `context.WithDeadline(parent, t)`: cancelled with DeadlineExceeded at t. */
export function withDeadline(parent: Context, at: Time): [Context, CancelFunc] {
  return withDeadlineCause(parent, at, null);
}

/** `context.WithDeadlineCause(parent, t, cause)`: at t, cancelled with DeadlineExceeded and that cause. */
export function withDeadlineCause(parent: Context, at: Time, why: GoError | null): [Context, CancelFunc] {
  const [parentDeadline, has] = parent.deadline();
  if (has && parentDeadline !== null && parentDeadline.before(at)) return withCancel(parent);
  const ctx = new CancelContext(parent, at);
  const remaining = at.sub(now());
  if (remaining <= 0) ctx.cancel(DeadlineExceeded, why);
  else if (ctx.err() === null) {
    ctx.timer = new HostTimer(() => ctx.cancel(DeadlineExceeded, why));
    ctx.timer.start(remaining / 1e6);
  }
  return [ctx, () => ctx.cancel(Canceled)];
}

/** `context.WithTimeout(parent, d)` */
export function withTimeout(parent: Context, d: Duration): [Context, CancelFunc] {
  return withDeadline(parent, now().add(d));
}

/** `context.WithTimeoutCause(parent, d, cause)` */
export function withTimeoutCause(parent: Context, d: Duration, why: GoError | null): [Context, CancelFunc] {
  return withDeadlineCause(parent, now().add(d), why);
}

/** `context.WithoutCancel(parent)`: the parent's values, never cancelled. */
class DetachedContext extends EmptyContext {
  constructor(private readonly parent: Context) {
    super('context.WithoutCancel');
  }
  override value(key: unknown): unknown {
    return this.parent.value(key);
  }
}

export function withoutCancel(parent: Context): Context {
  return new DetachedContext(parent);
}

/**
 * `stop := context.AfterFunc(ctx, f)`: f runs in its own goroutine once ctx is done (at once if
 * it is already); stop() keeps it from running, true if it did.
 */
export function afterFunc(ctx: Context, f: () => void): () => boolean {
  const owner = nearestCancelable(ctx);
  let state: 'waiting' | 'started' | 'stopped' = 'waiting';
  const start = () => {
    state = 'started';
    f();
  };
  if (owner === null) return () => state === 'waiting' && ((state = 'stopped'), true);
  if (owner.err() !== null) go(start);
  else owner.afterFuncs.add(start);
  return () => {
    if (state !== 'waiting' || !owner.afterFuncs.delete(start)) return false;
    state = 'stopped';
    return true;
  };
}

/** `context.WithValue(parent, key, value)` */
export function withValue(parent: Context, key: unknown, val: unknown): Context {
  return new ValueContext(parent, key, val);
}

/** `context.Cause(ctx)`: why ctx was cancelled; without WithCancelCause, that is ctx.Err(). */
export function cause(ctx: Context): GoError | null {
  const owner = nearestCancelable(ctx);
  return owner === null ? ctx.err() : owner.cause;
}
