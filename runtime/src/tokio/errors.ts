import { debugText, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { panicMessage, RustPanic } from './panic.js';
import { Err, Ok, type Result } from './result.js';

/** Tokio 1.24's error values: Debug as its derives print them (`SendError(4)`), Display as its messages. */
abstract class RustError {
  abstract [RUST_DEBUG](): RustDebugValue;
  abstract toString(): string;
}

/** `send` on a closed mpsc channel, or without receivers on broadcast and watch: gives the value back. */
export class SendError<T> extends RustError {
  constructor(readonly value: T) {
    super();
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'tuple-struct', name: 'SendError', fields: [this.value] };
  }

  toString(): string {
    return 'channel closed';
  }
}

/** An error that carries a kind and gives the value back: Debug prints `Kind(value)`, as derived. */
abstract class ValueError<K extends string, T> extends RustError {
  constructor(
    readonly kind: K,
    readonly value: T,
  ) {
    super();
  }

  isClosed(): boolean {
    return this.kind === 'Closed';
  }

  intoInner(): T {
    return this.value;
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'tuple-struct', name: this.kind, fields: [this.value] };
  }
}

/** mpsc `try_send`: Full(value) or Closed(value). */
export class TrySendError<T> extends ValueError<'Full' | 'Closed', T> {
  isFull(): boolean {
    return this.kind === 'Full';
  }

  toString(): string {
    return this.kind === 'Full' ? 'no available capacity' : 'channel closed';
  }
}

/** mpsc `try_recv`: Empty or Disconnected. */
export class TryRecvError extends RustError {
  static readonly Empty = new TryRecvError('Empty');
  static readonly Disconnected = new TryRecvError('Disconnected');

  private constructor(readonly kind: 'Empty' | 'Disconnected') {
    super();
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'unit', name: this.kind };
  }

  toString(): string {
    return this.kind === 'Empty' ? 'receiving on an empty channel' : 'receiving on a closed channel';
  }
}

/** `timeout` ran out. */
export class Elapsed extends RustError {
  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'tuple-struct', name: 'Elapsed', fields: [null] };
  }

  toString(): string {
    return 'deadline has elapsed';
  }
}

/** A task that panicked or was cancelled (aborted, or dropped when the runtime shut down). */
export class JoinError extends RustError {
  constructor(
    readonly kind: 'Panic' | 'Cancelled',
    readonly taskId: number,
    readonly payload = new PanicPayload(''),
  ) {
    super();
  }

  /** The panic's message ('' for a cancelled task). */
  get panicMessage(): string {
    return this.payload.message;
  }

  isPanic(): boolean {
    return this.kind === 'Panic';
  }

  isCancelled(): boolean {
    return this.kind === 'Cancelled';
  }

  /** `into_panic()`: the payload of the task's panic; a cancelled task's error panics, as in Tokio. */
  intoPanic(): PanicPayload {
    if (this.kind !== 'Panic') throw new RustPanic('`JoinError` reason is not a panic.');
    return this.payload;
  }

  /** `try_into_panic()`: Ok(payload) for a panic, else Err(self). */
  tryIntoPanic(): Result<PanicPayload, JoinError> {
    return this.kind === 'Panic' ? new Ok(this.payload) : new Err(this);
  }

  [RUST_DEBUG](): RustDebugValue {
    const inner = this.kind === 'Panic' ? `Panic(Id(${this.taskId}), ...)` : `Cancelled(Id(${this.taskId}))`;
    return debugText(`JoinError::${inner}`)[RUST_DEBUG]();
  }

  toString(): string {
    return this.kind === 'Panic' ? `task ${this.taskId} panicked` : `task ${this.taskId} was cancelled`;
  }
}

/** mpsc `send_timeout`: Timeout(value) or Closed(value). */
export class SendTimeoutError<T> extends ValueError<'Timeout' | 'Closed', T> {
  isTimeout(): boolean {
    return this.kind === 'Timeout';
  }

  toString(): string {
    return this.kind === 'Timeout' ? 'timed out waiting on send operation' : 'channel closed';
  }
}

/** oneshot (and watch) `RecvError`: the sender went away without sending. */
export class RecvError extends RustError {
  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'tuple-struct', name: 'RecvError', fields: [null] };
  }

  toString(): string {
    return 'channel closed';
  }
}

/** oneshot `try_recv`: Empty (nothing sent yet) or Closed. */
export class OneshotTryRecvError extends RustError {
  static readonly Empty = new OneshotTryRecvError('Empty');
  static readonly Closed = new OneshotTryRecvError('Closed');

  private constructor(readonly kind: 'Empty' | 'Closed') {
    super();
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'unit', name: this.kind };
  }

  toString(): string {
    return this.kind === 'Empty' ? 'channel empty' : 'channel closed';
  }
}

/** broadcast `recv`: Closed, or Lagged(skipped) when the receiver fell behind by more than the capacity. */
export class BroadcastRecvError extends RustError {
  static readonly Closed = new BroadcastRecvError('Closed', 0);

  static Lagged(skipped: number): BroadcastRecvError {
    return new BroadcastRecvError('Lagged', skipped);
  }

  private constructor(
    readonly kind: 'Closed' | 'Lagged',
    readonly skipped: number,
  ) {
    super();
  }

  [RUST_DEBUG](): RustDebugValue {
    return lagDebug(this.kind, this.skipped);
  }

  toString(): string {
    return this.kind === 'Lagged' ? `channel lagged by ${this.skipped}` : 'channel closed';
  }
}

/** broadcast `try_recv`: Empty, Closed or Lagged(skipped). */
export class BroadcastTryRecvError extends RustError {
  static readonly Empty = new BroadcastTryRecvError('Empty', 0);
  static readonly Closed = new BroadcastTryRecvError('Closed', 0);

  static Lagged(skipped: number): BroadcastTryRecvError {
    return new BroadcastTryRecvError('Lagged', skipped);
  }

  private constructor(
    readonly kind: 'Empty' | 'Closed' | 'Lagged',
    readonly skipped: number,
  ) {
    super();
  }

  [RUST_DEBUG](): RustDebugValue {
    return lagDebug(this.kind, this.skipped);
  }

  toString(): string {
    switch (this.kind) {
      case 'Empty':
        return 'channel empty';
      case 'Closed':
        return 'channel closed';
      case 'Lagged':
        return `channel lagged by ${this.skipped}`;
    }
  }
}

function lagDebug(kind: string, skipped: number): RustDebugValue {
  return kind === 'Lagged' ? { kind: 'tuple-struct', name: kind, fields: [skipped] } : { kind: 'unit', name: kind };
}

/** watch `changed` once the sender is gone: `RecvError(())`. */
export class WatchRecvError extends RustError {
  static readonly Closed = new WatchRecvError();

  private constructor() {
    super();
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'tuple-struct', name: 'RecvError', fields: [null] };
  }

  toString(): string {
    return 'channel closed';
  }
}

/** tokio Mutex `try_lock` while locked. */
export class TryLockError extends RustError {
  static readonly WouldBlock = new TryLockError();

  private constructor() {
    super();
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'tuple-struct', name: 'TryLockError', fields: [null] };
  }

  toString(): string {
    return 'operation would block';
  }
}

// std's errors print as the installed rustc (1.95) prints them.

/** std::sync::mpsc `send` without a receiver: gives the value back, which Debug hides. */
export class StdSendError<T> extends RustError {
  constructor(readonly value: T) {
    super();
  }

  [RUST_DEBUG](): RustDebugValue {
    return debugText('SendError { .. }')[RUST_DEBUG]();
  }

  toString(): string {
    return 'sending on a closed channel';
  }
}

/** std::sync::mpsc `try_send`: Full(value) or Disconnected(value). */
export class StdTrySendError<T> extends RustError {
  constructor(
    readonly kind: 'Full' | 'Disconnected',
    readonly value: T,
  ) {
    super();
  }

  [RUST_DEBUG](): RustDebugValue {
    return debugText(`TrySendError::${this.kind}(..)`)[RUST_DEBUG]();
  }

  toString(): string {
    return this.kind === 'Full' ? 'sending on a full channel' : 'sending on a closed channel';
  }
}

/** std::sync::mpsc `recv` once every sender is gone and the channel is drained. */
export class StdRecvError extends RustError {
  static readonly Closed = new StdRecvError();

  private constructor() {
    super();
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'unit', name: 'RecvError' };
  }

  toString(): string {
    return 'receiving on a closed channel';
  }
}

/** std::sync::mpsc `recv_timeout`: Timeout or Disconnected. */
export class RecvTimeoutError extends RustError {
  static readonly Timeout = new RecvTimeoutError('Timeout');
  static readonly Disconnected = new RecvTimeoutError('Disconnected');

  private constructor(readonly kind: 'Timeout' | 'Disconnected') {
    super();
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'unit', name: this.kind };
  }

  toString(): string {
    return this.kind === 'Timeout' ? 'timed out waiting on channel' : 'channel is empty and sending half is closed';
  }
}

/** std::sync::Mutex `try_lock` while locked: std's Debug quotes it, `"WouldBlock"`. */
export class StdTryLockError extends RustError {
  static readonly WouldBlock = new StdTryLockError();

  private constructor() {
    super();
  }

  [RUST_DEBUG](): RustDebugValue {
    return debugText('"WouldBlock"')[RUST_DEBUG]();
  }

  toString(): string {
    return 'try_lock failed because the operation would block';
  }
}

/**
 * What `join` gives for a std thread that panicked (Rust's `Box<dyn Any + Send>`): Debug
 * `Any { .. }`, no Display. `message` is the panic's, for `downcast_ref::<&str>()`.
 */
export class PanicPayload {
  constructor(
    readonly message: string,
    readonly type = 'String',
    readonly value: unknown = message,
  ) {}

  /** The payload of a thrown panic (an error JavaScript threw is a String message). */
  static of(error: unknown): PanicPayload {
    return error instanceof RustPanic
      ? new PanicPayload(error.message, error.payloadType, error.payload)
      : new PanicPayload(panicMessage(error));
  }

  /** `downcast_ref::<T>()` / `downcast::<T>()`: the value when the payload is a `T` (any, when no type is named). */
  downcastRef<T = string>(type?: string): T | undefined {
    return type === undefined || type === this.type ? (this.value as T) : undefined;
  }

  is(type: string): boolean {
    return type === this.type;
  }

  [RUST_DEBUG](): RustDebugValue {
    return debugText('Any { .. }')[RUST_DEBUG]();
  }
}
