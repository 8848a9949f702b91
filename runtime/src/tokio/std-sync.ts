import { Ring } from '../core/ring.js';
import { wake } from '../core/scheduler.js';
import { tracer } from '../core/tracer.js';
import type { Waiter } from '../core/waiter.js';
import { RecvTimeoutError, StdRecvError, StdSendError, StdTrySendError, TryRecvError } from './errors.js';
import { awaitOp, PENDING, Subscribers, type Poll, type Selectable } from './op.js';
import { Err, Ok, OK, type Result, type Unit } from './result.js';
import { RealSleep } from './std-time.js';
import { within, type Duration } from './time.js';

export { StdMutex as Mutex, MutexGuard } from './sync.js';
export {
  StdSendError as SendError,
  StdTrySendError as TrySendError,
  StdRecvError as RecvError,
  TryRecvError,
  RecvTimeoutError,
};

/*
 * std::sync: mpsc's channels (`std.channel()`, `std.syncChannel(0)`) and Mutex (sync.ts), on
 * the task machinery (threads are tasks: see std-thread.ts). What blocks the thread in Rust
 * is awaited here: `send` on a sync channel, `recv`, `recv_timeout`, `lock`.
 */

/** One channel: buffered values, the sends waiting for room, and its one receiver. */
class Channel<T> {
  readonly buffer = new Ring<T>();
  /** Sends waiting for room (sync channels only), in arrival order. */
  readonly offers = new Set<SendOp<T>>();
  senders = 1;
  receiverGone = false;
  readonly receiving = new Subscribers();

  /** @param capacity Infinity for `channel()`; 0 is a rendezvous */
  constructor(readonly capacity: number) {
    tracer?.channelMade(this, 'std mpsc', capacity);
  }

  /**
   * A value can go in without waiting: there is buffer space and nobody waits before it, or,
   * on a rendezvous channel, the receiver waits for one (the value then goes straight to it).
   */
  hasRoom(): boolean {
    if (this.offers.size > 0) return false;
    if (this.buffer.length < this.capacity) return true;
    return this.capacity === 0 && this.buffer.length === 0 && this.receiving.size > 0;
  }

  push(value: T): void {
    this.buffer.push(value);
    tracer?.buffered(this, value, null);
    this.receiving.notifyOne();
  }

  /** The next value: buffered first, then from the longest waiting send. */
  take(): Poll<Result<T, StdRecvError>> {
    if (this.buffer.length > 0) {
      const value = this.buffer.shift();
      tracer?.unbuffered(this, value, null);
      const next = this.firstOffer();
      if (next !== undefined && this.buffer.length < this.capacity) {
        this.buffer.push(next.value);
        tracer?.buffered(this, next.value, next.waiter);
        this.accept(next);
      }
      return new Ok(value);
    }
    const offer = this.firstOffer();
    if (offer !== undefined) {
      tracer?.handedOver(this, offer.value, offer.waiter, null);
      this.accept(offer);
      return new Ok(offer.value);
    }
    if (this.senders > 0) return PENDING;
    tracer?.receivedNothing(this, null);
    return new Err(StdRecvError.Closed);
  }

  dropSender(): void {
    if (--this.senders > 0) return;
    tracer?.endpointDropped(this, 'sender');
    this.receiving.notifyAll();
  }

  dropReceiver(): void {
    tracer?.endpointDropped(this, 'receiver');
    this.receiverGone = true;
    this.buffer.clear();
    for (const offer of this.offers) wake(offer.waiter!, undefined);
  }

  describe(): string {
    if (this.capacity === Infinity) return 'a std::sync::mpsc channel';
    return `a std::sync::mpsc sync_channel(${this.capacity})`;
  }

  private firstOffer(): SendOp<T> | undefined {
    for (const offer of this.offers) return offer;
    return undefined;
  }

  /** The value of `offer` is in: its sender completes when it polls again. */
  private accept(offer: SendOp<T>): void {
    this.offers.delete(offer);
    offer.taken = true;
    wake(offer.waiter!, undefined);
  }
}

/** A send on a sync channel. While it waits its value is on offer: the receiver takes it from there. */
class SendOp<T> implements Selectable<Result<Unit, StdSendError<T>>> {
  waiter: Waiter | null = null;
  taken = false;

  constructor(
    private readonly channel: Channel<T>,
    readonly value: T,
  ) {}

  poll(): Poll<Result<Unit, StdSendError<T>>> {
    if (this.taken) return OK;
    const channel = this.channel;
    if (channel.receiverGone) return new Err(new StdSendError(this.value));
    if (!channel.hasRoom()) return PENDING;
    channel.push(this.value);
    return OK;
  }

  subscribe(w: Waiter): void {
    this.waiter = w;
    this.channel.offers.add(this);
    this.channel.receiving.notifyOne();
  }

  unsubscribe(): void {
    this.waiter = null;
    this.channel.offers.delete(this);
  }

  describe(): string {
    return this.channel.describe();
  }
}

/** `channel()`: unbounded. */
export function channel<T>(): [Sender<T>, Receiver<T>] {
  const shared = new Channel<T>(Infinity);
  return [new Sender(shared), new Receiver(shared)];
}

/** `sync_channel(bound)`: sends wait while `bound` values are buffered; with 0 each send waits for its receive. */
export function syncChannel<T>(bound: number): [SyncSender<T>, Receiver<T>] {
  const shared = new Channel<T>(bound);
  return [new SyncSender(shared), new Receiver(shared)];
}

/** What both sending halves share: the channel stays open while one of them is alive. */
abstract class SenderBase<T> {
  private dropped = false;

  constructor(protected readonly channel: Channel<T>) {}

  /** One more sender of the same channel, for clone(). */
  protected retain(): Channel<T> {
    this.channel.senders++;
    return this.channel;
  }

  drop(): void {
    if (this.dropped) return;
    this.dropped = true;
    this.channel.dropSender();
  }

  [Symbol.dispose](): void {
    this.drop();
  }
}

/** The sending half of `channel()`: its sends never wait. */
export class Sender<T> extends SenderBase<T> {
  /** Err(SendError(value)) once the receiver is dropped. */
  send(value: T): Result<Unit, StdSendError<T>> {
    if (this.channel.receiverGone) return new Err(new StdSendError(value));
    this.channel.push(value);
    return OK;
  }

  clone(): Sender<T> {
    return new Sender(this.retain());
  }
}

/** The sending half of `sync_channel(bound)`. */
export class SyncSender<T> extends SenderBase<T> {
  /** Waits for room (for a receiver, on a rendezvous channel); Err(SendError(value)) once the receiver is dropped. */
  send(value: T): Result<Unit, StdSendError<T>> | Promise<Result<Unit, StdSendError<T>>> {
    return awaitOp(new SendOp(this.channel, value), 'send');
  }

  /** Err(Full(value)) without room, Err(Disconnected(value)) once the receiver is dropped. */
  trySend(value: T): Result<Unit, StdTrySendError<T>> {
    const channel = this.channel;
    if (channel.receiverGone) return new Err(new StdTrySendError('Disconnected', value));
    if (!channel.hasRoom()) return new Err(new StdTrySendError('Full', value));
    channel.push(value);
    return OK;
  }

  clone(): SyncSender<T> {
    return new SyncSender(this.retain());
  }
}

/** The receiving half; it is its own `recv()` operation. `for (const v of rx)` is `for await (const v of rx)`. */
export class Receiver<T> implements Selectable<Result<T, StdRecvError>>, AsyncIterable<T> {
  private dropped = false;

  constructor(private readonly channel: Channel<T>) {}

  /** Waits for a value; Err(RecvError) once every sender is dropped and nothing is left. */
  recv(): Result<T, StdRecvError> | Promise<Result<T, StdRecvError>> {
    return awaitOp(this, 'receive');
  }

  tryRecv(): Result<T, TryRecvError> {
    const polled = this.poll();
    if (polled === PENDING) return new Err(TryRecvError.Empty);
    return polled.isOk() ? polled : new Err(TryRecvError.Disconnected);
  }

  async recvTimeout(d: Duration): Promise<Result<T, RecvTimeoutError>> {
    const received = await within(this, () => new RealSleep(d));
    if (received.isErr()) return new Err(RecvTimeoutError.Timeout);
    return received.value.isOk() ? received.value : new Err(RecvTimeoutError.Disconnected);
  }

  /** The values until every sender is dropped. */
  async *iter(): AsyncGenerator<T, void, undefined> {
    for (;;) {
      const received = await this.recv();
      if (received.isErr()) return;
      yield received.value;
    }
  }

  /** The values already sent, without waiting: ends at the first empty or disconnected receive. */
  *tryIter(): Generator<T, void, undefined> {
    for (;;) {
      const received = this.tryRecv();
      if (received.isErr()) return;
      yield received.value;
    }
  }

  [Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    return this.iter();
  }

  /** Senders fail from now on; buffered values are dropped. */
  drop(): void {
    if (this.dropped) return;
    this.dropped = true;
    this.channel.dropReceiver();
  }

  [Symbol.dispose](): void {
    this.drop();
  }

  poll(): Poll<Result<T, StdRecvError>> {
    return this.channel.take();
  }

  subscribe(w: Waiter): void {
    this.channel.receiving.add(w);
  }

  unsubscribe(w: Waiter): void {
    this.channel.receiving.remove(w);
  }

  describe(): string {
    return this.channel.describe();
  }
}
export { StdRwLock as RwLock } from './rwlock.js';
export { PoisonError } from './std-poison.js';
export { Barrier } from './barrier.js';
export { Condvar, WaitTimeoutResult } from './std-condvar.js';
export { Once, OnceLock } from './std-once.js';
export {
  AtomicNumber as AtomicUsize,
  AtomicNumber as AtomicIsize,
  AtomicNumber as AtomicU8,
  AtomicNumber as AtomicU16,
  AtomicNumber as AtomicU32,
  AtomicNumber as AtomicU64,
  AtomicNumber as AtomicI8,
  AtomicNumber as AtomicI16,
  AtomicNumber as AtomicI32,
  AtomicSigned64 as AtomicI64,
  AtomicBool,
  type Ordering as AtomicOrdering,
} from './std-atomic.js';
