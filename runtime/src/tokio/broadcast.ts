import { tracer } from '../core/tracer.js';
import type { Waiter } from '../core/waiter.js';
import { BroadcastRecvError, BroadcastTryRecvError, SendError } from './errors.js';
import { awaitOp, PENDING, Subscribers, type Poll, type Selectable } from './op.js';
import { RustPanic } from './panic.js';
import { Err, Ok, type Result } from './result.js';

export { SendError, BroadcastRecvError as RecvError, BroadcastTryRecvError as TryRecvError };

/**
 * tokio::sync::broadcast: every receiver sees every value sent after it subscribed. The
 * channel keeps the last `capacity` values; a receiver that falls further behind gets
 * Lagged(skipped) and then the oldest value still kept. Values are shared, not cloned:
 * every receiver gets the same object.
 */
class Shared<T> {
  /** The value sent at position p sits at p % capacity until it is overwritten. */
  readonly buffer: T[] = [];
  /** The position of the next value sent. */
  tail = 0;
  receivers = 1;
  senders = 1;
  closed = false;
  readonly waiting = new Subscribers();

  constructor(readonly capacity: number) {}
}

/** `broadcast::channel(capacity)`: the capacity is rounded up to a power of two; 0 panics. */
export function channel<T>(capacity: number, location?: string): [Sender<T>, Receiver<T>] {
  if (capacity <= 0) throw new RustPanic('capacity is empty', location);
  if (capacity >= 2 ** 63) throw new RustPanic('requested capacity too large', location);
  let rounded = 1;
  while (rounded < capacity) rounded *= 2;
  const shared = new Shared<T>(rounded);
  tracer?.channelMade(shared, 'broadcast', rounded);
  return [new Sender(shared), new Receiver(shared, 0)];
}

export class Sender<T> {
  private dropped = false;

  constructor(private readonly shared: Shared<T>) {}

  /** Ok(number of receivers), or Err(SendError(value)) when there is none. Never waits. */
  send(value: T): Result<number, SendError<T>> {
    const shared = this.shared;
    if (shared.receivers === 0) return new Err(new SendError(value));
    shared.buffer[shared.tail % shared.capacity] = value;
    tracer?.published(shared, value, shared.tail % shared.capacity);
    shared.tail++;
    shared.waiting.notifyAll();
    return new Ok(shared.receivers);
  }

  /** A receiver of the values sent from now on. */
  subscribe(): Receiver<T> {
    this.shared.receivers++;
    return new Receiver(this.shared, this.shared.tail);
  }

  receiverCount(): number {
    return this.shared.receivers;
  }

  clone(): Sender<T> {
    this.shared.senders++;
    return new Sender(this.shared);
  }

  /** Dropping the last sender closes the channel: receivers get Closed once they read everything. */
  drop(): void {
    if (this.dropped) return;
    this.dropped = true;
    if (--this.shared.senders > 0) return;
    tracer?.endpointDropped(this.shared, 'sender');
    this.shared.closed = true;
    this.shared.waiting.notifyAll();
  }

  [Symbol.dispose](): void {
    this.drop();
  }
}

/** A receiver is its own `recv()` operation: `recvOp()` gives it to select!. */
export class Receiver<T> implements Selectable<Result<T, BroadcastRecvError>> {
  private dropped = false;

  /** @param next the position of the next value this receiver reads */
  constructor(
    private readonly shared: Shared<T>,
    private next: number,
  ) {}

  /** Ok(value), Err(Lagged(skipped)) after falling behind, Err(Closed) once every sender is gone and all is read. */
  recv(): Result<T, BroadcastRecvError> | Promise<Result<T, BroadcastRecvError>> {
    return awaitOp(this, 'broadcast receive');
  }

  recvOp(): Selectable<Result<T, BroadcastRecvError>> {
    return this;
  }

  tryRecv(): Result<T, BroadcastTryRecvError> {
    const polled = this.poll();
    if (polled === PENDING) return new Err(BroadcastTryRecvError.Empty);
    if (polled.isOk()) return polled;
    const error = polled.error;
    return new Err(
      error.kind === 'Closed' ? BroadcastTryRecvError.Closed : BroadcastTryRecvError.Lagged(error.skipped),
    );
  }

  /** How many values were sent that this receiver has not read yet (more than the capacity after a lag). */
  len(): number {
    return this.shared.tail - this.next;
  }

  isEmpty(): boolean {
    return this.len() === 0;
  }

  /** A new receiver of the values sent from now on, as `Sender::subscribe`. */
  resubscribe(): Receiver<T> {
    this.shared.receivers++;
    return new Receiver(this.shared, this.shared.tail);
  }

  drop(): void {
    if (this.dropped) return;
    this.dropped = true;
    if (--this.shared.receivers === 0) tracer?.endpointDropped(this.shared, 'receiver');
  }

  [Symbol.dispose](): void {
    this.drop();
  }

  poll(): Poll<Result<T, BroadcastRecvError>> {
    const shared = this.shared;
    if (this.next === shared.tail) {
      if (!shared.closed) return PENDING;
      tracer?.receivedNothing(shared, null);
      return new Err(BroadcastRecvError.Closed);
    }
    const oldest = shared.tail - shared.capacity;
    if (this.next < oldest) {
      const skipped = oldest - this.next;
      this.next = oldest;
      tracer?.lagged(shared, skipped);
      return new Err(BroadcastRecvError.Lagged(skipped));
    }
    const slot = this.next++ % shared.capacity;
    tracer?.delivered(shared, shared.buffer[slot], slot);
    return new Ok(shared.buffer[slot] as T);
  }

  subscribe(w: Waiter): void {
    this.shared.waiting.add(w);
  }

  unsubscribe(w: Waiter): void {
    this.shared.waiting.remove(w);
  }

  describe(): string {
    return `a broadcast channel (capacity ${this.shared.capacity})`;
  }
}
