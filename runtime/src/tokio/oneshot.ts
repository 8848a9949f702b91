// tokio::sync::oneshot (Tokio 1.24): one value, from one sender to one receiver.
import { forbidBlocking } from './context.js';
import { wake } from '../core/scheduler.js';
import { tracer } from '../core/tracer.js';
import type { Describable, Waiter } from '../core/waiter.js';
import { OneshotTryRecvError as TryRecvError, RecvError } from './errors.js';
import { awaitOp, PENDING, Subscribers, type Poll, type Selectable } from './op.js';
import { RustPanic } from './panic.js';
import { Err, Ok, OK, type Result, type Unit } from './result.js';

export { RecvError, TryRecvError };

const NOTHING: unique symbol = Symbol('nothing sent');

class Inner<T> implements Describable {
  value: T | typeof NOTHING = NOTHING;
  /** The sender sent its value or was dropped. */
  complete = false;
  /** The receiver closed or was dropped. */
  closed = false;
  /** The receive waiting for the value: one slot, as Tokio's rx_task. */
  receiver: Waiter | null = null;
  closeWatchers: Subscribers | null = null;

  finish(): void {
    this.complete = true;
    const w = this.receiver;
    this.receiver = null;
    if (w !== null) wake(w, undefined);
  }

  close(): void {
    this.closed = true;
    if (!this.complete) this.closeWatchers?.notifyAll();
  }

  describe(): string {
    if (this.value !== NOTHING) return 'oneshot channel (value sent)';
    if (this.complete) return 'oneshot channel (sender dropped)';
    return `oneshot channel (nothing sent yet${this.closed ? ', receiver closed' : ''})`;
  }
}

/** `oneshot::channel()` */
export function channel<T>(): [Sender<T>, Receiver<T>] {
  const inner = new Inner<T>();
  tracer?.channelMade(inner, 'oneshot', 1);
  return [new Sender(inner), new Receiver(inner)];
}

export class Sender<T> implements Describable, Disposable {
  constructor(private inner: Inner<T> | null) {}

  /** Consumes the sender: Ok(()), or Err(value) back when the receiver is closed or gone. */
  send(value: T): Result<Unit, T> {
    const inner = this.inner;
    if (inner === null) throw new Error('oneshot sender used after it was sent or dropped');
    this.inner = null;
    if (inner.closed) return new Err(value);
    inner.value = value;
    tracer?.buffered(inner, value, null);
    inner.finish();
    return OK;
  }

  /** `closed().await`: completes once the receiver is closed or dropped. */
  closed(): null | Promise<null> {
    return awaitOp(this.closedOp(), 'oneshot closed');
  }

  /** `tx.closed()` as a select! branch. */
  closedOp(): Selectable<null> {
    return new ClosedOp(this.live());
  }

  isClosed(): boolean {
    return this.live().closed;
  }

  /** Dropped unsent: the receiver gets Err(RecvError). */
  drop(): void {
    const inner = this.inner;
    if (inner === null) return;
    this.inner = null;
    tracer?.endpointDropped(inner, 'sender');
    inner.finish();
  }

  [Symbol.dispose](): void {
    this.drop();
  }

  describe(): string {
    return this.inner?.describe() ?? 'a spent oneshot sender';
  }

  private live(): Inner<T> {
    if (this.inner === null) throw new Error('oneshot sender used after it was sent or dropped');
    return this.inner;
  }
}

/**
 * Awaiting it (`await rx`) gives Ok(value), or Err(RecvError) when the sender was dropped
 * unsent or the receiver closed first; usable as a select! branch.
 */
export class Receiver<T> implements Selectable<Result<T, RecvError>>, PromiseLike<Result<T, RecvError>>, Disposable {
  /** Null once the receiver has completed (as Tokio's `inner: None`). */
  private inner: Inner<T> | null;

  constructor(inner: Inner<T>) {
    this.inner = inner;
  }

  poll(): Poll<Result<T, RecvError>> {
    const inner = this.inner;
    if (inner === null) throw new RustPanic('called after complete');
    if (inner.value !== NOTHING) return new Ok(this.takeValue(inner));
    if (!inner.complete && !inner.closed) return PENDING;
    this.inner = null;
    tracer?.receivedNothing(inner, null);
    return new Err(new RecvError());
  }

  subscribe(w: Waiter): void {
    this.inner!.receiver = w;
  }

  unsubscribe(w: Waiter): void {
    const inner = this.inner;
    if (inner !== null && inner.receiver === w) inner.receiver = null;
  }

  /** `blocking_recv()` from a thread outside the runtime (inside it, Tokio panics at `location`). */
  blockingRecv(location?: string): Result<T, RecvError> | Promise<Result<T, RecvError>> {
    forbidBlocking(location);
    return awaitOp(this, 'oneshot receive');
  }

  /** What `await rx` gives: at once when the value (or the sender's drop) is there, else a promise. */
  outcome(): Result<T, RecvError> | Promise<Result<T, RecvError>> {
    return awaitOp(this, 'oneshot receive');
  }

  then<R1 = Result<T, RecvError>, R2 = never>(
    onFulfilled?: ((value: Result<T, RecvError>) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    return Promise.resolve(this.outcome()).then(onFulfilled, onRejected);
  }

  /** Ok(value); Err(Empty) while nothing is sent; Err(Closed) once nothing can come. */
  tryRecv(): Result<T, TryRecvError> {
    const inner = this.inner;
    if (inner === null) return new Err(TryRecvError.Closed);
    if (inner.value !== NOTHING) return new Ok(this.takeValue(inner));
    if (!inner.complete && !inner.closed) return new Err(TryRecvError.Empty);
    this.inner = null;
    return new Err(TryRecvError.Closed);
  }

  /** The sender can no longer send (a value already sent stays receivable). */
  close(): void {
    this.inner?.close();
  }

  drop(): void {
    const inner = this.inner;
    if (inner === null) return;
    this.inner = null;
    tracer?.endpointDropped(inner, 'receiver');
    inner.close();
  }

  [Symbol.dispose](): void {
    this.drop();
  }

  describe(): string {
    return this.inner?.describe() ?? 'a completed oneshot receiver';
  }

  private takeValue(inner: Inner<T>): T {
    const value = inner.value as T;
    inner.value = NOTHING;
    tracer?.unbuffered(inner, value, null);
    this.inner = null;
    return value;
  }
}

class ClosedOp implements Selectable<null> {
  constructor(private readonly inner: Inner<unknown>) {}

  poll(): Poll<null> {
    return this.inner.closed ? null : PENDING;
  }

  subscribe(w: Waiter): void {
    (this.inner.closeWatchers ??= new Subscribers()).add(w);
  }

  unsubscribe(w: Waiter): void {
    this.inner.closeWatchers?.remove(w);
  }

  describe(): string {
    return this.inner.describe();
  }
}
