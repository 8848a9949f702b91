// tokio::sync::mpsc (Tokio 1.24): bounded and unbounded channels, their senders, permits
// and receiver. The shared state and the waiting operations are in mpsc-chan.ts.
import { forbidBlocking } from './context.js';
import { completed } from '../core/scheduler.js';
import type { Describable } from '../core/waiter.js';
import { SendError, SendTimeoutError, TryRecvError, TrySendError } from './errors.js';
import { Acquire, Chan, ClosedOp, RecvOp } from './mpsc-chan.js';
import { awaitOp, PENDING, type Selectable } from './op.js';
import { RustPanic } from './panic.js';
import { Err, Ok, OK, type Option, type Result, type Unit } from './result.js';
import { timeout, type Duration } from './time.js';

export { SendError, SendTimeoutError, TryRecvError, TrySendError };

/** A value now, or a promise of it when the operation has to wait. */
export type Async<T> = T | Promise<T>;

/** `mpsc::channel(buffer)`: at most `buffer` values queued; `send` waits for room. */
export function channel<T>(buffer: number, location?: string): [Sender<T>, Receiver<T>] {
  if (!(buffer > 0)) throw new RustPanic('mpsc bounded channel requires buffer > 0', location);
  const chan = new Chan<T>(buffer);
  return [new Sender(chan), new Receiver(chan)];
}

/** `mpsc::unbounded_channel()`: `send` never waits. */
export function unboundedChannel<T>(): [UnboundedSender<T>, UnboundedReceiver<T>] {
  const chan = new Chan<T>(Infinity);
  return [new UnboundedSender(chan), new Receiver(chan)];
}

/** What bounded and unbounded senders share. Each handle is one strong sender until dropped. */
abstract class SenderHandle<T> implements Describable, Disposable {
  constructor(protected chan: Chan<T> | null) {}

  /** `closed().await`: completes once the receiver is closed or dropped. */
  closed(): Async<null> {
    return awaitOp(this.closedOp(), 'mpsc closed');
  }

  /** `tx.closed()` as a select! branch. */
  closedOp(): Selectable<null> {
    return new ClosedOp(this.live());
  }

  isClosed(): boolean {
    return this.live().rxClosed;
  }

  sameChannel(other: SenderHandle<T>): boolean {
    return this.live() === other.live();
  }

  /** `drop(tx)`: the channel closes for the receiver when the last sender is dropped. */
  drop(): void {
    const chan = this.chan;
    if (chan === null) return;
    this.chan = null;
    chan.dropSender();
  }

  [Symbol.dispose](): void {
    this.drop();
  }

  describe(): string {
    return this.chan?.describe() ?? 'a dropped mpsc sender';
  }

  protected live(): Chan<T> {
    if (this.chan === null) throw new Error('mpsc sender used after it was dropped or moved');
    return this.chan;
  }

  /** A new strong sender of the same channel. */
  protected retain(): Chan<T> {
    const chan = this.live();
    chan.senders++;
    return chan;
  }
}

/** The sending half of a bounded channel. */
export class Sender<T> extends SenderHandle<T> {
  /** Waits for room; Err(SendError(value)) once the receiver is closed or dropped. */
  send(value: T): Async<Result<Unit, SendError<T>>> {
    const chan = this.live();
    if (chan.rxClosed) return completed(new Err(new SendError(value)));
    if (chan.tryAcquire()) {
      chan.push(value);
      return completed(OK);
    }
    return awaitOp(new SendOp(chan, value), 'mpsc send');
  }

  /** `blocking_send(value)` from a thread outside the runtime (inside it, Tokio panics at `location`). */
  blockingSend(value: T, location?: string): Async<Result<Unit, SendError<T>>> {
    forbidBlocking(location);
    return this.send(value);
  }

  /** `tx.send(value)` as a select! branch: a losing branch sends nothing. */
  sendOp(value: T): Selectable<Result<Unit, SendError<T>>> {
    return new SendOp(this.live(), value);
  }

  trySend(value: T): Result<Unit, TrySendError<T>> {
    const chan = this.live();
    if (chan.rxClosed) return new Err(new TrySendError('Closed', value));
    if (!chan.tryAcquire()) return new Err(new TrySendError('Full', value));
    chan.push(value);
    return OK;
  }

  /** Waits at most `d` for room: Err(Timeout(value)) or Err(Closed(value)). */
  async sendTimeout(value: T, d: Duration): Promise<Result<Unit, SendTimeoutError<T>>> {
    const outcome = await timeout(d, this.reserveOp());
    if (outcome.isErr()) return new Err(new SendTimeoutError('Timeout', value));
    if (outcome.value.isErr()) return new Err(new SendTimeoutError('Closed', value));
    outcome.value.value.send(value);
    return OK;
  }

  /** Waits for a slot and holds it: the permit's `send` cannot fail or wait. */
  reserve(): Async<Result<Permit<T>, SendError<Unit>>> {
    return awaitOp(this.reserveOp(), 'mpsc reserve');
  }

  /** `tx.reserve()` as a select! branch: a losing branch reserves nothing. */
  reserveOp(): Selectable<Result<Permit<T>, SendError<Unit>>> {
    return new ReserveOp(this.live());
  }

  tryReserve(): Result<Permit<T>, TrySendError<Unit>> {
    const chan = this.live();
    if (chan.rxClosed) return new Err(new TrySendError('Closed', null));
    if (!chan.tryAcquire()) return new Err(new TrySendError('Full', null));
    return new Ok(new Permit(chan));
  }

  /** `reserve_owned(self)`: consumes this sender; the permit holds it and gives it back. */
  reserveOwned(): Async<Result<OwnedPermit<T>, SendError<Unit>>> {
    const chan = this.live();
    this.chan = null;
    try {
      return awaitOp(new ReserveOwnedOp(chan), 'mpsc reserve');
    } catch (error) {
      // The task was aborted before it could wait: Rust drops the future and the sender in it.
      chan.dropSender();
      throw error;
    }
  }

  /** Consumes this sender on success; on failure gives it back in the error. */
  tryReserveOwned(): Result<OwnedPermit<T>, TrySendError<Sender<T>>> {
    const chan = this.live();
    if (chan.rxClosed) return new Err(new TrySendError('Closed', this));
    if (!chan.tryAcquire()) return new Err(new TrySendError('Full', this));
    this.chan = null;
    return new Ok(new OwnedPermit(chan));
  }

  /** Free slots now: `maxCapacity()` less queued values and reserved permits. */
  capacity(): number {
    return this.live().permits;
  }

  maxCapacity(): number {
    return this.live().bound;
  }

  clone(): Sender<T> {
    return new Sender(this.retain());
  }

  downgrade(): WeakSender<T> {
    return new WeakSender(this.live());
  }
}

/** The sending half of an unbounded channel: `send` never waits. */
export class UnboundedSender<T> extends SenderHandle<T> {
  /** Err(SendError(value)) once the receiver is closed or dropped. */
  send(value: T): Result<Unit, SendError<T>> {
    const chan = this.live();
    if (chan.rxClosed) return new Err(new SendError(value));
    chan.push(value);
    return OK;
  }

  clone(): UnboundedSender<T> {
    return new UnboundedSender(this.retain());
  }

  downgrade(): WeakUnboundedSender<T> {
    return new WeakUnboundedSender(this.live());
  }
}

/** Does not keep the channel open; `upgrade()` gives a Sender while a strong one is alive. */
export class WeakSender<T> {
  constructor(private readonly chan: Chan<T>) {}

  upgrade(): Option<Sender<T>> {
    return upgrade(this.chan) ? new Sender(this.chan) : undefined;
  }

  clone(): WeakSender<T> {
    return new WeakSender(this.chan);
  }

  /** A weak sender holds nothing open: dropping it changes nothing. */
  drop(): void {}

  [Symbol.dispose](): void {}
}

export class WeakUnboundedSender<T> {
  constructor(private readonly chan: Chan<T>) {}

  upgrade(): Option<UnboundedSender<T>> {
    return upgrade(this.chan) ? new UnboundedSender(this.chan) : undefined;
  }

  clone(): WeakUnboundedSender<T> {
    return new WeakUnboundedSender(this.chan);
  }

  drop(): void {}

  [Symbol.dispose](): void {}
}

function upgrade(chan: Chan<unknown>): boolean {
  if (chan.senders === 0) return false;
  chan.senders++;
  return true;
}

/**
 * One reserved slot. It counts as a sender until used or dropped (in Rust it borrows one,
 * which cannot be dropped first).
 */
export class Permit<T> implements Disposable {
  private chan: Chan<T> | null;

  constructor(chan: Chan<T>) {
    chan.reserved++;
    this.chan = chan;
  }

  /** Sends into the reserved slot: never waits, never fails. Consumes the permit. */
  send(value: T): void {
    const chan = this.chan;
    if (chan === null) throw new Error('mpsc permit used after it was sent or dropped');
    this.chan = null;
    chan.push(value);
    chan.unreserve();
  }

  /** Frees the slot. */
  drop(): void {
    const chan = this.chan;
    if (chan === null) return;
    this.chan = null;
    chan.release();
    chan.unreserve();
  }

  [Symbol.dispose](): void {
    this.drop();
  }
}

/** A reserved slot that owns the sender it came from (`reserve_owned`). */
export class OwnedPermit<T> implements Disposable {
  private chan: Chan<T> | null;

  constructor(chan: Chan<T>) {
    chan.reserved++;
    this.chan = chan;
  }

  /** Sends into the slot and gives the sender back. */
  send(value: T): Sender<T> {
    const chan = this.take();
    chan.push(value);
    chan.unreserve();
    return new Sender(chan);
  }

  /** Frees the slot without sending and gives the sender back. */
  release(): Sender<T> {
    const chan = this.take();
    chan.release();
    chan.unreserve();
    return new Sender(chan);
  }

  /** Frees the slot and drops the sender it holds. */
  drop(): void {
    const chan = this.chan;
    if (chan === null) return;
    this.chan = null;
    chan.release();
    chan.unreserve();
    chan.dropSender();
  }

  [Symbol.dispose](): void {
    this.drop();
  }

  private take(): Chan<T> {
    const chan = this.chan;
    if (chan === null) throw new Error('mpsc permit used after it was sent or dropped');
    this.chan = null;
    return chan;
  }
}

/** The receiving half, of a bounded or an unbounded channel. */
export class Receiver<T> implements AsyncIterable<T>, Describable, Disposable {
  private op: RecvOp<T> | null = null;

  constructor(private chan: Chan<T> | null) {}

  /** Some(value), or None (undefined) once the channel is closed and drained. */
  recv(): Async<Option<T>> {
    const value = this.live().pollRecv();
    if (value !== PENDING) return completed(value);
    return awaitOp(this.recvOp(), 'mpsc receive');
  }

  /** `blocking_recv()` from a thread outside the runtime (inside it, Tokio panics at `location`). */
  blockingRecv(location?: string): Async<Option<T>> {
    forbidBlocking(location);
    return this.recv();
  }

  /** `rx.recv()` as a select! branch: a losing branch takes nothing. */
  recvOp(): Selectable<Option<T>> {
    return (this.op ??= new RecvOp(this.live()));
  }

  /** Ok(value); Err(Empty); Err(Disconnected) once every sender is gone and the buffer drained. */
  tryRecv(): Result<T, TryRecvError> {
    const chan = this.live();
    if (chan.buffer.length > 0) return new Ok(chan.pollRecv() as T);
    return new Err(chan.senders === 0 && chan.reserved === 0 ? TryRecvError.Disconnected : TryRecvError.Empty);
  }

  /** No more sends (reserved permits may still send); buffered values stay receivable. */
  close(): void {
    this.live().closeRx();
  }

  /** `while let Some(v) = rx.recv().await`: ends when the channel is closed and drained. */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    // for await reads each result before asking for the next, so one object serves them all.
    const result = { value: undefined as T | undefined, done: false };
    const step = (value: Option<T>) => {
      result.value = value;
      result.done = value === undefined;
      return result as IteratorResult<T>;
    };
    return {
      next: () => {
        const value = this.live().pollRecv();
        if (value !== PENDING) return completed(step(value)) as Promise<IteratorResult<T>>;
        return (awaitOp(this.recvOp(), 'mpsc receive') as Promise<Option<T>>).then(step);
      },
    };
  }

  /** Closes the channel and drops the values still buffered: senders fail from now on. */
  drop(): void {
    const chan = this.chan;
    if (chan === null) return;
    this.chan = null;
    chan.dropRx();
  }

  [Symbol.dispose](): void {
    this.drop();
  }

  describe(): string {
    return this.chan?.describe() ?? 'a dropped mpsc receiver';
  }

  private live(): Chan<T> {
    if (this.chan === null) throw new Error('mpsc receiver used after it was dropped');
    return this.chan;
  }
}

/** Tokio has one receiver type per flavour; here they behave alike. */
export const UnboundedReceiver = Receiver;
export type UnboundedReceiver<T> = Receiver<T>;

class SendOp<T> extends Acquire<Result<Unit, SendError<T>>> {
  constructor(
    chan: Chan<T>,
    private readonly value: T,
  ) {
    super(chan);
  }

  protected acquired(): Result<Unit, SendError<T>> {
    this.chan.push(this.value);
    return OK;
  }

  protected closed(): Result<Unit, SendError<T>> {
    return new Err(new SendError(this.value));
  }
}

class ReserveOp<T> extends Acquire<Result<Permit<T>, SendError<Unit>>> {
  protected acquired(): Result<Permit<T>, SendError<Unit>> {
    return new Ok(new Permit(this.chan));
  }

  protected closed(): Result<Permit<T>, SendError<Unit>> {
    return new Err(new SendError(null));
  }
}

/** Holds the consumed sender while it waits: a failed or abandoned wait drops it. */
class ReserveOwnedOp<T> extends Acquire<Result<OwnedPermit<T>, SendError<Unit>>> {
  protected acquired(): Result<OwnedPermit<T>, SendError<Unit>> {
    return new Ok(new OwnedPermit(this.chan));
  }

  protected closed(): Result<OwnedPermit<T>, SendError<Unit>> {
    this.chan.dropSender();
    return new Err(new SendError(null));
  }

  protected override abandoned(): void {
    this.chan.dropSender();
  }
}
