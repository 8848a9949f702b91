import { Ring } from '../core/ring.js';
import { completed, fail, park, taskWaiter, wake } from '../core/scheduler.js';
import { tracer } from '../core/tracer.js';
import { pushWaiter, removeWaiter, Waiter, type Describable } from '../core/waiter.js';
import { RuntimeError } from './panic.js';

const RECV = 0;
const RECV_OK = 1;
const NEXT = 2;
const SEND = 3;
const RANGE = 4;

/** The result of a committed select: which case (-1 for default), and what it received. */
export class SelectResult {
  constructor(
    readonly index: number,
    readonly value: any,
    readonly ok: boolean,
  ) {}
}

export const NOT_READY: unique symbol = Symbol('not ready');
/** What `rangeNext` gives once the channel is closed and drained: the end of `for v := range ch`. */
export const RANGE_END: unique symbol = Symbol('range end');
/** Whether the last successful `take` got a sent value (true) or a closed channel's zero. */
let lastOk = true;

const CHAN_TAG = Symbol.for('chan2ts.chan');
const GO_TYPE = Symbol.for('chan2ts.goType');

/**
 * A Go channel. `capacity` 0 is a rendezvous: a send completes only when a receiver takes the
 * value. Every operation returns its result directly when it needs no waiting, else a promise:
 * `await` works on both.
 */
export class Chan<T> implements AsyncIterable<T> {
  /** Set on the prototype: how fmt tells a channel, whatever realm or bundle made it. */
  declare readonly [CHAN_TAG]: true;
  private readonly buffer: Ring<T> | null;
  /** The first waiting receiver and sender: wait queues (see core/waiter.ts). */
  private recvq: Waiter | null = null;
  private sendq: Waiter | null = null;
  private closed = false;
  /** Only a timer's channel has one (see watchReceivers): the others read null from the prototype. */
  declare private onReceivers: ((waiting: boolean) => void) | null;

  static {
    this.prototype.onReceivers = null;
  }

  /**
   * @param zero what a receive gives once the channel is closed and drained (Go's zero value)
   * @param name how deadlock reports name the channel, e.g. the variable's name
   * @param goType the Go type, e.g. "chan int", for reports and `%T`
   */
  constructor(
    capacity: number = 0,
    readonly zero: T = null as T,
    readonly name: string = '',
    goType: string = 'chan',
  ) {
    if (!Number.isInteger(capacity) || capacity < 0) throw RuntimeError.plain('makechan: size out of range');
    this.buffer = capacity > 0 ? new Ring<T>(capacity) : null;
    this[GO_TYPE] = goType;
    tracer?.channelMade(this, 'go chan', capacity, name);
  }

  readonly [GO_TYPE]: string;

  /** The buffer's size (0: unbuffered), kept by the buffer alone. */
  get capacity(): number {
    return this.buffer?.limit ?? 0;
  }

  /** `ch <- v` */
  send(value: T): void | Promise<void> {
    if (this.offer(value)) return completed(undefined);
    const w = taskWaiter();
    w.kind = SEND;
    w.value = value;
    this.sendq = pushWaiter(this.sendq, w);
    return park(w, 'chan send', this);
  }

  /** `<-ch` */
  recv(): T | Promise<T> {
    const value = this.take();
    if (value !== NOT_READY) return completed(value);
    return this.parkReceiver(RECV);
  }

  /** `v, ok := <-ch`: ok is false once the channel is closed and drained. */
  recvOk(): [T, boolean] | Promise<[T, boolean]> {
    const value = this.take();
    if (value !== NOT_READY) return completed([value, lastOk]);
    return this.parkReceiver(RECV_OK);
  }

  /** `close(ch)`: wakes every waiting receiver (zero value, ok false); waiting senders panic. */
  close(): void {
    if (this.closed) throw RuntimeError.plain('close of closed channel');
    this.closed = true;
    tracer?.closed(this);
    for (let r = this.shiftReceiver(); r !== null; r = this.shiftReceiver()) {
      tracer?.receivedNothing(this, r);
      deliver(r, this.zero, false);
    }
    for (let s = this.shiftSender(); s !== null; s = this.shiftSender()) {
      const parked = s.owner ?? s;
      if (s.owner) commit(s, null);
      fail(parked, RuntimeError.plain('send on closed channel'));
    }
  }

  /** `len(ch)`: values buffered now. */
  len(): number {
    return this.buffered();
  }

  /** Values in the buffer, whatever `len` reports (a timer channel's len is always 0). */
  buffered(): number {
    return this.buffer?.length ?? 0;
  }

  /** `cap(ch)` */
  cap(): number {
    return this.capacity;
  }

  /** `for v := range ch`: ends when the channel is closed and drained. */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    // for-await reads each result before asking for the next, so one object serves them all.
    const result = { value: undefined as T | undefined, done: false };
    return {
      next: () => {
        const value = this.take();
        if (value === NOT_READY) return this.parkReceiver(NEXT);
        result.done = !lastOk;
        result.value = lastOk ? value : undefined;
        return completed(result) as Promise<IteratorResult<T>>;
      },
    };
  }

  /**
   * The next value of `for v := range ch`, or RANGE_END once the channel is closed and drained:
   * directly when it needs no waiting, else a promise. A loop that awaits only what waits:
   * `for (let v, p; (v = (p = ch.rangeNext()) instanceof Promise ? await p : p) !== RANGE_END; ) {}`
   */
  rangeNext(): T | typeof RANGE_END | Promise<T | typeof RANGE_END> {
    const value = this.take();
    if (value === NOT_READY) return this.parkReceiver(RANGE);
    return completed(lastOk ? value : RANGE_END);
  }

  /** Whether `offer` would complete now: a receiver waits, the buffer has room, or it panics. */
  sendReady(): boolean {
    return this.closed || this.recvq !== null || (this.buffer !== null && !this.buffer.isFull);
  }

  /** Whether `take` would complete now: a value is buffered or offered, or the channel is closed. */
  recvReady(): boolean {
    return (this.buffer !== null && this.buffer.length > 0) || this.sendq !== null || this.closed;
  }

  /** Sends without waiting if a receiver waits or the buffer has room; panics if closed. */
  offer(value: T): boolean {
    if (this.closed) throw RuntimeError.plain('send on closed channel');
    const r = this.shiftReceiver();
    if (r !== null) {
      tracer?.handedOver(this, value, null, r);
      deliver(r, value, true);
      return true;
    }
    if (this.buffer !== null && !this.buffer.isFull) {
      this.buffer.push(value);
      tracer?.buffered(this, value, null);
      return true;
    }
    return false;
  }

  /** Receives without waiting if possible; `lastOk` tells a sent value from a closed zero. */
  take(): T | typeof NOT_READY {
    const buffer = this.buffer;
    if (buffer !== null && buffer.length > 0) {
      const value = buffer.shift();
      tracer?.unbuffered(this, value, null);
      const s = this.shiftSender();
      if (s !== null) {
        buffer.push(s.value as T);
        tracer?.buffered(this, s.value, s);
        release(s);
      }
      lastOk = true;
      return value;
    }
    const s = this.shiftSender();
    if (s !== null) {
      const value = s.value as T;
      tracer?.handedOver(this, value, s, null);
      release(s);
      lastOk = true;
      return value;
    }
    if (this.closed) {
      tracer?.receivedNothing(this, null);
      lastOk = false;
      return this.zero;
    }
    return NOT_READY;
  }

  /** The outcome of the last successful `take`. */
  static lastTakeOk(): boolean {
    return lastOk;
  }

  /** Queues a waiter that `offer` or `take` will complete. */
  enqueue(w: Waiter, sending: boolean): void {
    if (sending) this.sendq = pushWaiter(this.sendq, w);
    else this.pushReceiver(w);
  }

  /** Takes a queued waiter out again (a select that committed to another case). */
  cancel(w: Waiter, sending: boolean): void {
    if (w.next === null) return;
    if (sending) this.sendq = removeWaiter(this.sendq!, w);
    else this.removeReceiver(w);
  }

  /** Tells `listener` when receivers start waiting (true) and when none are left (false). */
  watchReceivers(listener: (waiting: boolean) => void): void {
    this.onReceivers = listener;
  }

  /** Drops buffered values nobody took (a stopped timer's stale tick); true if there were any. */
  drain(): boolean {
    const had = (this.buffer?.length ?? 0) > 0;
    this.buffer?.clear();
    tracer?.bufferCleared(this);
    return had;
  }

  describe(): string {
    const label = this.name ? `${this.name} ` : '';
    const detail = this.buffer ? `buffer ${this.buffered()}/${this.capacity}` : 'unbuffered';
    return `${label}(${this[GO_TYPE]}, ${detail}${this.closed ? ', closed' : ''})`;
  }

  private parkReceiver<R>(kind: number): Promise<R> {
    const w = taskWaiter();
    w.kind = kind;
    this.pushReceiver(w);
    return park(w, 'chan receive', this);
  }

  private pushReceiver(w: Waiter): void {
    const wasEmpty = this.recvq === null;
    this.recvq = pushWaiter(this.recvq, w);
    if (wasEmpty && this.onReceivers !== null) this.onReceivers(true);
  }

  private removeReceiver(w: Waiter): void {
    this.recvq = removeWaiter(this.recvq!, w);
    if (this.recvq === null && this.onReceivers !== null) this.onReceivers(false);
  }

  private shiftReceiver(): Waiter | null {
    const r = this.recvq;
    if (r !== null) this.removeReceiver(r);
    return r;
  }

  private shiftSender(): Waiter | null {
    const s = this.sendq;
    if (s !== null) this.sendq = removeWaiter(s, s);
    return s;
  }
}

Object.defineProperty(Chan.prototype, CHAN_TAG, { value: true });

/** Hands a received value (or a closed channel's zero, ok false) to a parked receiver. */
function deliver(r: Waiter, value: unknown, ok: boolean): void {
  if (r.owner !== null) {
    const owner = r.owner;
    commit(r, new SelectResult(r.kind, value, ok));
    wake(owner, owner.value);
    return;
  }
  if (r.kind === RECV) wake(r, value);
  else if (r.kind === RANGE) wake(r, ok ? value : RANGE_END);
  else if (r.kind === RECV_OK) wake(r, [value, ok]);
  else wake(r, ok ? { value, done: false } : { value: undefined, done: true });
}

/** Completes a parked sender whose value was taken. */
function release(s: Waiter): void {
  if (s.owner !== null) {
    const owner = s.owner;
    commit(s, new SelectResult(s.kind, undefined, true));
    wake(owner, owner.value);
  } else {
    wake(s, undefined);
  }
}

/** What a parked select waits on (select.ts): it takes its other cases out of their queues. */
export interface SelectTarget extends Describable {
  readonly caseCount: number;
  withdraw(): void;
}

/** Commits a select to one case: the other cases leave their channels' wait queues. */
function commit(chosen: Waiter, result: SelectResult | null): void {
  const owner = chosen.owner!;
  const target = owner.target as SelectTarget;
  owner.value = result;
  target.withdraw();
  tracer?.selectCompleted(owner, target.caseCount, chosen.kind);
}
