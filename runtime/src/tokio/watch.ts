import { tracer } from '../core/tracer.js';
import type { Waiter } from '../core/waiter.js';
import { debugString, displayString, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { SendError, WatchRecvError } from './errors.js';
import { awaitOp, PENDING, Subscribers, type Poll, type Selectable } from './op.js';
import { Err, Ok, OK, type Result, type Unit } from './result.js';

export { SendError, WatchRecvError as RecvError };

/**
 * tokio::sync::watch: one value that the sender replaces; each receiver remembers the
 * version it last saw, so `changed()` waits for a newer one and changes in between
 * coalesce. `borrow()` gives the value itself (Rust's `Ref` derefs to it).
 */
class Shared<T> {
  version = 0;
  /** The sender is gone. */
  closed = false;
  receivers = 1;
  readonly changes = new Subscribers();
  readonly receiversGone = new Subscribers();

  constructor(public value: T) {}

  replace(value: T): T {
    const old = this.value;
    this.value = value;
    this.version++;
    tracer?.published(this, value, 0);
    this.changes.notifyAll();
    return old;
  }
}

/** What `borrow()` gives where its `has_changed()` is asked: the value, and whether it was unseen when borrowed. */
export class Ref<T> {
  constructor(
    readonly value: T,
    private readonly changed: boolean,
  ) {}

  hasChanged(): boolean {
    return this.changed;
  }

  /** Releasing a borrow changes nothing here. */
  drop(): void {}

  /** Display and Debug of a Ref are those of the value. */
  toString(): string {
    return displayString(this.value);
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'text', text: debugString(this.value) };
  }
}

/** `watch::channel(init)`: the receiver starts having seen `init`. */
export function channel<T>(init: T): [Sender<T>, Receiver<T>] {
  const shared = new Shared(init);
  tracer?.channelMade(shared, 'watch', 1);
  return [new Sender(shared), new Receiver(shared, shared.version)];
}

export class Sender<T> {
  private dropped = false;

  constructor(private readonly shared: Shared<T>) {}

  /** Err(SendError(value)) without receivers (the value is not stored then). */
  send(value: T): Result<Unit, SendError<T>> {
    if (this.shared.receivers === 0) return new Err(new SendError(value));
    this.shared.replace(value);
    return OK;
  }

  /** Stores `value` even without receivers, and gives back the old one. */
  sendReplace(value: T): T {
    return this.shared.replace(value);
  }

  /**
   * `send_modify(|v| ...)`: `modify` changes the value in place and returns nothing, or
   * returns the new value (a number cannot change in place; so undefined cannot be set
   * this way: use sendReplace). Notifies even without receivers.
   */
  sendModify(modify: (value: T) => T | void): void {
    const modified = modify(this.shared.value);
    this.shared.replace(modified === undefined ? this.shared.value : modified);
  }

  /**
   * `send_if_modified(|v| ...)`: `modify` changes the value in place and says whether it did;
   * only then do the receivers see a new version (and wake). Runs even without receivers.
   */
  sendIfModified(modify: (value: T) => boolean): boolean {
    const modified = modify(this.shared.value);
    if (modified) this.shared.replace(this.shared.value);
    return modified;
  }

  borrow(): T {
    return this.shared.value;
  }

  /** A sender's `Ref` never counts as changed. */
  borrowRef(): Ref<T> {
    return new Ref(this.shared.value, false);
  }

  /** A receiver that has seen the current value. */
  subscribe(): Receiver<T> {
    this.shared.receivers++;
    return new Receiver(this.shared, this.shared.version);
  }

  receiverCount(): number {
    return this.shared.receivers;
  }

  isClosed(): boolean {
    return this.shared.receivers === 0;
  }

  /** Completes once every receiver is dropped. */
  closed(): null | Promise<null> {
    return awaitOp(this.closedOp(), 'watch sender closed');
  }

  closedOp(): Selectable<null> {
    const shared = this.shared;
    return {
      poll: () => (shared.receivers === 0 ? null : PENDING),
      subscribe: (w) => shared.receiversGone.add(w),
      unsubscribe: (w) => shared.receiversGone.remove(w),
      describe: () => 'the receivers of a watch channel',
    };
  }

  /** Receivers see the last value, then Err(RecvError) from `changed()`. */
  drop(): void {
    if (this.dropped) return;
    this.dropped = true;
    tracer?.endpointDropped(this.shared, 'sender');
    this.shared.closed = true;
    this.shared.changes.notifyAll();
  }

  [Symbol.dispose](): void {
    this.drop();
  }
}

/** A receiver is its own `changed()` operation: `changedOp()` gives it to select!. */
export class Receiver<T> implements Selectable<Result<Unit, WatchRecvError>> {
  private dropped = false;

  /** @param seen the version this receiver has seen */
  constructor(
    private readonly shared: Shared<T>,
    private seen: number,
  ) {}

  borrow(): T {
    return this.shared.value;
  }

  /** The value, which this receiver has now seen. */
  borrowAndUpdate(): T {
    this.seen = this.shared.version;
    return this.shared.value;
  }

  /** `borrow()` as Rust's `Ref`, which also tells whether the value was unseen. */
  borrowRef(): Ref<T> {
    return new Ref(this.shared.value, this.seen !== this.shared.version);
  }

  borrowAndUpdateRef(): Ref<T> {
    const ref = this.borrowRef();
    this.seen = this.shared.version;
    return ref;
  }

  /** Whether both receivers belong to the same channel. */
  sameChannel(other: Receiver<T>): boolean {
    return this.shared === other.shared;
  }

  /** Ok(whether there is a value not seen yet); Err(RecvError) once the sender is gone, unseen value or not. */
  hasChanged(): Result<boolean, WatchRecvError> {
    if (this.shared.closed) return new Err(WatchRecvError.Closed);
    return new Ok(this.seen !== this.shared.version);
  }

  /** Waits for a value newer than the one seen, and marks it seen; Err(RecvError) once the sender is gone and none is. */
  changed(): Result<Unit, WatchRecvError> | Promise<Result<Unit, WatchRecvError>> {
    return awaitOp(this, 'watch changed');
  }

  changedOp(): Selectable<Result<Unit, WatchRecvError>> {
    return this;
  }

  /** Another receiver, which has seen what this one has. */
  clone(): Receiver<T> {
    this.shared.receivers++;
    return new Receiver(this.shared, this.seen);
  }

  drop(): void {
    if (this.dropped) return;
    this.dropped = true;
    if (--this.shared.receivers > 0) return;
    tracer?.endpointDropped(this.shared, 'receiver');
    this.shared.receiversGone.notifyAll();
  }

  [Symbol.dispose](): void {
    this.drop();
  }

  poll(): Poll<Result<Unit, WatchRecvError>> {
    const shared = this.shared;
    if (this.seen !== shared.version) {
      this.seen = shared.version;
      tracer?.delivered(shared, shared.value, 0);
      return OK;
    }
    if (!shared.closed) return PENDING;
    tracer?.receivedNothing(shared, null);
    return new Err(WatchRecvError.Closed);
  }

  subscribe(w: Waiter): void {
    this.shared.changes.add(w);
  }

  unsubscribe(w: Waiter): void {
    this.shared.changes.remove(w);
  }

  describe(): string {
    return 'a watch channel';
  }
}
