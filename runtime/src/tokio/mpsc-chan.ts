import { Ring } from '../core/ring.js';
import { RESOLVED, wake } from '../core/scheduler.js';
import { tracer } from '../core/tracer.js';
import type { Describable, Waiter } from '../core/waiter.js';
import { PENDING, Subscribers, type Poll, type Selectable } from './op.js';

/**
 * What the handles of one mpsc channel share: Tokio's Chan and its semaphore. A bounded
 * channel has `bound` permits: a buffered value holds one until it is received, a reserved
 * permit one until it sends or is dropped. An unbounded channel is one with infinite permits.
 */
export class Chan<T> implements Describable {
  readonly buffer: Ring<T>;
  /** Free permits. */
  permits: number;
  /** Strong senders alive, owned permits included (Tokio's tx_count). */
  senders = 1;
  /** Permits reserved and neither used nor dropped. */
  reserved = 0;
  /** Receiver::close or the receiver dropped: no more permits are given. */
  rxClosed = false;
  rxDropped = false;
  /**
   * The receive waiting for a value or the channel's end. One slot, as Tokio's rx_waker: a
   * channel has one receiver, which waits in one place at a time.
   */
  receiver: Waiter | null = null;
  /** Waiting on `closed()`. */
  closeWatchers: Subscribers | null = null;
  /** Senders waiting for a permit, oldest first. */
  private first: Acquire<unknown> | null = null;
  private last: Acquire<unknown> | null = null;

  constructor(readonly bound: number) {
    this.buffer = new Ring<T>(bound);
    this.permits = bound;
    tracer?.channelMade(this, bound === Infinity ? 'unbounded mpsc' : 'mpsc', bound);
  }

  tryAcquire(): boolean {
    if (this.permits === 0) return false;
    this.permits--;
    return true;
  }

  /** Buffers a value whose permit was acquired. */
  push(value: T): void {
    if (this.rxDropped) {
      this.release();
      return;
    }
    this.buffer.push(value);
    tracer?.buffered(this, value, null);
    if (this.receiver !== null) this.wakeReceiver();
  }

  /** Gives a permit back: to the oldest waiting sender, else to the pool. */
  release(): void {
    const waiting = this.first;
    if (waiting === null) {
      this.permits++;
      return;
    }
    this.unqueue(waiting);
    waiting.grant();
  }

  /** A value, undefined (None) once the channel is closed and drained, or PENDING. */
  pollRecv(): Poll<T | undefined> {
    if (this.buffer.length > 0) {
      const value = this.buffer.shift();
      tracer?.unbuffered(this, value, null);
      this.release();
      return value;
    }
    if (!this.isDone()) return PENDING;
    tracer?.receivedNothing(this, null);
    return undefined;
  }

  /** Nothing buffered, and nothing can be: no sender left, or the receiver closed. */
  isDone(): boolean {
    return this.buffer.length === 0 && this.reserved === 0 && (this.senders === 0 || this.rxClosed);
  }

  dropSender(): void {
    if (--this.senders > 0) return;
    tracer?.endpointDropped(this, 'sender');
    if (this.reserved === 0) this.wakeReceiver();
  }

  /** A reserved permit was used or dropped. */
  unreserve(): void {
    if (--this.reserved === 0 && (this.senders === 0 || this.rxClosed)) this.wakeReceiver();
  }

  wakeReceiver(): void {
    const w = this.receiver;
    this.receiver = null;
    if (w !== null) wake(w, undefined);
  }

  closeRx(): void {
    if (this.rxClosed) return;
    this.rxClosed = true;
    tracer?.closed(this);
    for (let w = this.first; w !== null; w = this.first) {
      this.unqueue(w);
      w.wakeUp();
    }
    this.closeWatchers?.notifyAll();
  }

  /** The receiver is gone: its buffered values are dropped, their permits freed. */
  dropRx(): void {
    tracer?.endpointDropped(this, 'receiver');
    this.closeRx();
    this.rxDropped = true;
    this.permits += this.buffer.length;
    this.buffer.clear();
  }

  enqueue(w: Acquire<unknown>): void {
    w.prev = this.last;
    if (this.last !== null) this.last.next = w;
    else this.first = w;
    this.last = w;
    w.queued = true;
  }

  unqueue(w: Acquire<unknown>): void {
    const { prev, next } = w;
    if (prev !== null) prev.next = next;
    else this.first = next;
    if (next !== null) next.prev = prev;
    else this.last = prev;
    w.prev = w.next = null;
    w.queued = false;
  }

  describe(): string {
    const kind = this.bound === Infinity ? 'unbounded' : `bounded ${this.bound}`;
    const senders = `${this.senders} sender${this.senders === 1 ? '' : 's'} alive`;
    const reserved = this.reserved > 0 ? `, ${this.reserved} permit${this.reserved === 1 ? '' : 's'} reserved` : '';
    const closed = this.rxDropped ? ', receiver dropped' : this.rxClosed ? ', receiver closed' : '';
    return `mpsc channel (${kind}, ${this.buffer.length} queued, ${senders}${reserved}${closed})`;
  }
}

/**
 * Waiting for a permit, as Tokio's semaphore Acquire does: waiters queue in order and a freed
 * permit is granted to the oldest one (so try_send cannot overtake it); its task then polls
 * to use it. A wait given up (a losing select branch, an aborted task) leaves the queue and
 * passes on a permit it was granted.
 */
export abstract class Acquire<R> implements Selectable<R> {
  prev: Acquire<unknown> | null = null;
  next: Acquire<unknown> | null = null;
  queued = false;
  private granted = false;
  private done = false;
  private waker: Waiter | null = null;

  constructor(protected readonly chan: Chan<any>) {}

  /** Completes with the permit just acquired. */
  protected abstract acquired(): R;
  /** Completes with the receiver gone. */
  protected abstract closed(): R;
  /** The wait was given up without completing. */
  protected abandoned(): void {}

  poll(): Poll<R> {
    const chan = this.chan;
    if (chan.rxClosed) {
      this.leave();
      return this.closed();
    }
    if (this.granted || (!this.queued && chan.tryAcquire())) {
      this.granted = false;
      this.done = true;
      return this.acquired();
    }
    return PENDING;
  }

  subscribe(w: Waiter): void {
    this.waker = w;
    if (!this.queued && !this.granted) this.chan.enqueue(this);
  }

  unsubscribe(w: Waiter): void {
    if (this.waker === w) this.waker = null;
    // Whoever unsubscribes polls again at once if it still wants the permit.
    if (!this.done) RESOLVED.then(() => this.abandonIfUnclaimed());
  }

  grant(): void {
    this.granted = true;
    this.wakeUp();
  }

  wakeUp(): void {
    const w = this.waker;
    this.waker = null;
    if (w !== null) wake(w, undefined);
  }

  describe(): string {
    return this.chan.describe();
  }

  private abandonIfUnclaimed(): void {
    if (this.waker !== null || this.done) return;
    this.leave();
    this.abandoned();
  }

  /** Done without a permit: out of the queue, and a permit granted meanwhile passed on. */
  private leave(): void {
    this.done = true;
    if (this.queued) this.chan.unqueue(this);
    if (this.granted) {
      this.granted = false;
      this.chan.release();
    }
  }
}

/** `rx.recv()` as a select! branch: Some(value), or None once closed and drained. */
export class RecvOp<T> implements Selectable<T | undefined> {
  constructor(private readonly chan: Chan<T>) {}

  poll(): Poll<T | undefined> {
    return this.chan.pollRecv();
  }

  subscribe(w: Waiter): void {
    this.chan.receiver = w;
  }

  unsubscribe(w: Waiter): void {
    if (this.chan.receiver === w) this.chan.receiver = null;
  }

  describe(): string {
    return this.chan.describe();
  }
}

/** `tx.closed()`: completes once the receiver is closed or dropped. */
export class ClosedOp implements Selectable<null> {
  constructor(private readonly chan: Chan<unknown>) {}

  poll(): Poll<null> {
    return this.chan.rxClosed ? null : PENDING;
  }

  subscribe(w: Waiter): void {
    (this.chan.closeWatchers ??= new Subscribers()).add(w);
  }

  unsubscribe(w: Waiter): void {
    this.chan.closeWatchers?.remove(w);
  }

  describe(): string {
    return this.chan.describe();
  }
}
