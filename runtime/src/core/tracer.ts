import type { Describable, Task, Waiter } from './task.js';

/*
 * The hooks the scheduler, the channels and the sync primitives call while a trace is
 * recorded (see trace.ts). `tracer` is null unless tracing is on, and every hook site reads
 * `tracer?.hook(...)`: one null check, and no argument is evaluated when it is off.
 */

/** The kinds of channel a trace tells apart. */
export type ChannelKind = 'go chan' | 'mpsc' | 'unbounded mpsc' | 'oneshot' | 'broadcast' | 'watch' | 'std mpsc';

/** The sync operations a trace records. */
export type SyncOp =
  | 'lock'
  | 'unlock'
  | 'rlock'
  | 'runlock'
  | 'add'
  | 'wait'
  | 'once'
  | 'acquire'
  | 'release'
  | 'notify-one'
  | 'notify-waiters'
  | 'notified'
  | 'arrive';

export interface Tracer {
  /** The scheduler runs `task` next: one step of the logical clock. */
  running(task: Task): void;
  taskSpawned(task: Task): void;
  taskEnded(task: Task, outcome: unknown, threw: boolean): void;
  blocked(task: Task, reason: string, target: Describable | null): void;
  woken(task: Task): void;
  /** `capacity` is Infinity for an unbounded channel. */
  channelMade(channel: object, kind: ChannelKind, capacity: number, label?: string): void;
  /** A value went into the channel's buffer: from `sender`'s task, or the running one's when null. */
  buffered(channel: object, value: unknown, sender: Waiter | null): void;
  /** A value left the buffer: to `receiver`'s task, or the running one's when null. */
  unbuffered(channel: object, value: unknown, receiver: Waiter | null): void;
  /** A value went straight from a sender to a receiver (either null: the running task). */
  handedOver(channel: object, value: unknown, sender: Waiter | null, receiver: Waiter | null): void;
  /**
   * A value went to every receiver of a broadcast or watch channel at once; it is kept in the
   * channel's `slot` (its position modulo the capacity) until a later value takes its place.
   */
  published(channel: object, value: unknown, slot: number): void;
  /** The running task's receiver took the value in `slot` of a broadcast or watch channel. */
  delivered(channel: object, value: unknown, slot: number): void;
  /** The running task's broadcast receiver fell behind: `skipped` values were overwritten unread. */
  lagged(channel: object, skipped: number): void;
  /** The values in the channel's buffer were thrown away unreceived (a stopped timer's stale tick). */
  bufferCleared(channel: object): void;
  /** A receive completed without a value: the channel is closed (or its senders gone) and drained. */
  receivedNothing(channel: object, receiver: Waiter | null): void;
  closed(channel: object): void;
  endpointDropped(channel: object, endpoint: 'sender' | 'receiver'): void;
  /** A select completed at once: the indices of its ready cases, and the chosen one (-1: default). */
  selected(caseCount: number, ready: ArrayLike<number>, readyCount: number, chosen: number): void;
  /** A parked select (its waiter `owner`) was completed by another task's operation on case `chosen`. */
  selectCompleted(owner: Waiter, caseCount: number, chosen: number): void;
  synced(op: SyncOp, object: Describable, delta?: number): void;
  timerFired(): void;
  /** No task can run again: the deadlock (Go) or hang (Tokio) report follows. */
  stalled(): void;
  programEnded(code: number): void;
}

export let tracer: Tracer | null = null;

export function setTracer(next: Tracer | null): void {
  tracer = next;
}
