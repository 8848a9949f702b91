import { debugText, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';

/**
 * Tokio's error values, printing as Tokio 1.x prints them: Debug like its derives (or its
 * hand-written impls, which hide the value: `SendError { .. }`), Display as its messages.
 */
abstract class RustError {
  abstract [RUST_DEBUG](): RustDebugValue;
  abstract toString(): string;
}

/** mpsc `send` on a closed channel: gives the value back. */
export class SendError<T> extends RustError {
  constructor(readonly value: T) {
    super();
  }

  [RUST_DEBUG](): RustDebugValue {
    return debugText('SendError { .. }')[RUST_DEBUG]();
  }

  toString(): string {
    return 'channel closed';
  }
}

/** mpsc `try_send`: Full(value) or Closed(value). */
export class TrySendError<T> extends RustError {
  constructor(
    readonly kind: 'Full' | 'Closed',
    readonly value: T,
  ) {
    super();
  }

  isFull(): boolean {
    return this.kind === 'Full';
  }

  isClosed(): boolean {
    return this.kind === 'Closed';
  }

  intoInner(): T {
    return this.value;
  }

  [RUST_DEBUG](): RustDebugValue {
    return debugText(`${this.kind}(..)`)[RUST_DEBUG]();
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
    readonly panicMessage = '',
  ) {
    super();
  }

  isPanic(): boolean {
    return this.kind === 'Panic';
  }

  isCancelled(): boolean {
    return this.kind === 'Cancelled';
  }

  [RUST_DEBUG](): RustDebugValue {
    const inner = this.kind === 'Panic' ? `Panic(Id(${this.taskId}), ...)` : `Cancelled(Id(${this.taskId}))`;
    return debugText(`JoinError::${inner}`)[RUST_DEBUG]();
  }

  toString(): string {
    return this.kind === 'Panic' ? `task ${this.taskId} panicked` : `task ${this.taskId} was cancelled`;
  }
}
