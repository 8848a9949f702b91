// The trace recorder: while a trace is on (`startTracing`), the runtime's hooks (tracer.ts)
// append one event per task, channel operation, wait and wake to a bounded list. That list is
// the input of every view (trace/json.ts, trace/chrome.ts, trace/summary.ts); the JSON form
// and every field are described in docs/trace-format.md.
import { Ring } from './ring.js';
import { liveTasks, sched } from './scheduler.js';
import type { Describable, Task, Waiter } from './task.js';
import { setTracer, type ChannelKind, type SyncOp, type Tracer } from './tracer.js';

export type { ChannelKind, SyncOp };

/** The version of the event schema (docs/trace-format.md): raised on any incompatible change. */
export const TRACE_FORMAT_VERSION = 3;
export const DEFAULT_EVENT_CAP = 100_000;
/** Values are shown as `%v` / `{:?}` would, cut to this many characters. */
const VALUE_CHARS = 40;
const DESCRIPTION_CHARS = 80;

/** What every event has: its place in the list, the logical clock, the wall clock, the task. */
export interface EventBase {
  /** The event's index in the list; receives name their send by it. */
  seq: number;
  /** The scheduler's step: how many times it had picked a task to run. */
  step: number;
  /** Milliseconds since tracing started. */
  ms: number;
  /** The goroutine or task the event belongs to; null outside any (a timer firing, the program's end). */
  task: number | null;
}

export type TraceEvent = EventBase &
  (
    | { kind: 'task-start'; parent: number | null; name: string; at?: string }
    | { kind: 'task-end' }
    | { kind: 'task-panic'; value: string }
    | { kind: 'chan-make'; chan: number; chanKind: ChannelKind; capacity: number | null; label?: string; at?: string }
    | { kind: 'send'; chan: number; value: string; at?: string }
    | { kind: 'recv'; chan: number; ok: true; value: string; from: number; at?: string }
    | { kind: 'recv'; chan: number; ok: false; at?: string }
    | { kind: 'lagged'; chan: number; skipped: number; at?: string }
    | { kind: 'close'; chan: number; at?: string }
    | { kind: 'drop-sender'; chan: number; at?: string }
    | { kind: 'drop-receiver'; chan: number; at?: string }
    | { kind: 'block'; reason: string; chan?: number; on?: string; at?: string }
    | { kind: 'wake'; by: number | null }
    | { kind: 'select'; cases: number; ready: number[]; chosen: number; at?: string }
    | { kind: 'sync'; op: SyncOp; object: number; on: string; delta?: number; at?: string }
    | { kind: 'timer' }
    | { kind: 'stall'; tasks: number[] }
    | { kind: 'program-end'; code: number }
    | { kind: 'dropped'; count: number }
  );

export type TraceEventKind = TraceEvent['kind'];

/** Distributes Omit over the union, so each event kind keeps its own fields. */
type EventFields<E> = E extends unknown ? Omit<E, keyof EventBase> : never;

export interface TraceOptions {
  /** At most this many events are kept; the rest are counted (a `dropped` event at the end). */
  cap?: number;
  /** Where the running code is in the source, e.g. "prog.go:12:3": the `at` of the running task's events. */
  locate?: () => string | undefined;
  /** Called once the program has ended, with the complete trace. */
  onEnd?: (recorder: TraceRecorder) => void;
}

/** Shows a value as the flavour prints it: Go's `%v`, Rust's `{:?}`. */
export type ValueFormatter = (value: unknown) => string;

export class TraceRecorder implements Tracer {
  readonly events: TraceEvent[] = [];
  /** Events left out once the cap was reached. */
  dropped = 0;
  readonly cap: number;
  private step = 0;
  private readonly startMs = performance.now();
  /** Channels and sync objects get their ids on first sight, from one counter. */
  private readonly channelIds = new WeakMap<object, number>();
  private readonly objectIds = new WeakMap<object, number>();
  private nextId = 1;
  private readonly futureIds = new WeakMap<Task, number>();
  private futures = 0;
  /** For each channel, the sends whose values are in its buffer, oldest first. */
  private readonly bufferedSends = new WeakMap<object, Ring<number>>();
  /** For each broadcast or watch channel, the send whose value is in each slot (-1: one past the cap). */
  private readonly publishedSends = new WeakMap<object, number[]>();

  constructor(
    private readonly formatValue: ValueFormatter,
    private readonly options: TraceOptions = {},
  ) {
    this.cap = options.cap ?? DEFAULT_EVENT_CAP;
  }

  running(): void {
    this.step++;
  }

  taskSpawned(task: Task): void {
    const parent = this.taskId(task.parent);
    // Main has no `go`/`spawn` statement to point at.
    const at = parent === null ? {} : this.location();
    this.record(task, { kind: 'task-start', parent, name: task.name, ...at });
  }

  taskEnded(task: Task, outcome: unknown, threw: boolean): void {
    if (threw) this.record(task, { kind: 'task-panic', value: this.show(outcome) });
    this.record(task, { kind: 'task-end' });
  }

  blocked(task: Task, reason: string, target: Describable | null): void {
    if (this.isFull()) return this.drop();
    const chan = target === null ? undefined : this.channelIds.get(target);
    const at = this.location();
    if (chan !== undefined) this.record(task, { kind: 'block', reason, chan, ...at });
    else if (target !== null) this.record(task, { kind: 'block', reason, on: this.describe(target), ...at });
    else this.record(task, { kind: 'block', reason, ...at });
  }

  woken(task: Task): void {
    this.record(task, { kind: 'wake', by: this.taskId(sched.current) });
  }

  channelMade(channel: object, chanKind: ChannelKind, capacity: number, label?: string): void {
    if (this.isFull()) return this.drop();
    const chan = this.chanId(channel);
    const named = label ? { label } : {};
    const capacityOrNull = capacity === Infinity ? null : capacity;
    this.record(sched.current, {
      kind: 'chan-make',
      chan,
      chanKind,
      capacity: capacityOrNull,
      ...named,
      ...this.location(),
    });
  }

  buffered(channel: object, value: unknown, sender: Waiter | null): void {
    const send = this.send(channel, value, sender);
    if (send === null) return;
    let sends = this.bufferedSends.get(channel);
    if (sends === undefined) this.bufferedSends.set(channel, (sends = new Ring<number>()));
    sends.push(send);
  }

  unbuffered(channel: object, value: unknown, receiver: Waiter | null): void {
    const send = this.bufferedSends.get(channel)?.shift();
    // No send recorded: it came past the cap, and so does this receive.
    if (send === undefined) this.drop();
    else this.receive(channel, value, send, receiver);
  }

  handedOver(channel: object, value: unknown, sender: Waiter | null, receiver: Waiter | null): void {
    const send = this.send(channel, value, sender);
    // A send past the cap takes its receive with it.
    if (send === null) this.drop();
    else this.receive(channel, value, send, receiver);
  }

  published(channel: object, value: unknown, slot: number): void {
    let sends = this.publishedSends.get(channel);
    if (sends === undefined) this.publishedSends.set(channel, (sends = []));
    sends[slot] = this.send(channel, value, null) ?? -1;
  }

  delivered(channel: object, value: unknown, slot: number): void {
    const send = this.publishedSends.get(channel)?.[slot] ?? -1;
    // No send recorded: it came past the cap, and so does this receive.
    if (send < 0) this.drop();
    else this.receive(channel, value, send, null);
  }

  lagged(channel: object, skipped: number): void {
    this.record(sched.current, { kind: 'lagged', chan: this.chanId(channel), skipped, ...this.location() });
  }

  bufferCleared(channel: object): void {
    this.bufferedSends.delete(channel);
  }

  receivedNothing(channel: object, receiver: Waiter | null): void {
    const at = receiver === null ? this.location() : {};
    this.record(this.taskOf(receiver), { kind: 'recv', chan: this.chanId(channel), ok: false, ...at });
  }

  closed(channel: object): void {
    this.record(sched.current, { kind: 'close', chan: this.chanId(channel), ...this.location() });
  }

  endpointDropped(channel: object, endpoint: 'sender' | 'receiver'): void {
    const kind = endpoint === 'sender' ? 'drop-sender' : 'drop-receiver';
    this.record(sched.current, { kind, chan: this.chanId(channel), ...this.location() });
  }

  selected(cases: number, ready: ArrayLike<number>, readyCount: number, chosen: number): void {
    if (this.isFull()) return this.drop();
    const readyCases = Array.from({ length: readyCount }, (_, i) => ready[i]!);
    this.record(sched.current, { kind: 'select', cases, ready: readyCases, chosen, ...this.location() });
  }

  selectCompleted(owner: Waiter, cases: number, chosen: number): void {
    if (this.isFull()) return this.drop();
    this.record(this.taskOf(owner), { kind: 'select', cases, ready: [chosen], chosen });
  }

  synced(op: SyncOp, object: Describable, delta?: number): void {
    if (this.isFull()) return this.drop();
    const fields = { kind: 'sync', op, object: this.idOf(object, this.objectIds), on: this.describe(object) } as const;
    const counted = delta === undefined ? fields : { ...fields, delta };
    this.record(sched.current, { ...counted, ...this.location() });
  }

  timerFired(): void {
    this.record(null, { kind: 'timer' });
  }

  stalled(): void {
    const tasks = liveTasks()
      .map((task) => this.taskId(task)!)
      .sort((a, b) => a - b);
    this.record(null, { kind: 'stall', tasks });
  }

  programEnded(code: number): void {
    this.record(null, { kind: 'program-end', code });
    if (this.dropped > 0) this.append(null, { kind: 'dropped', count: this.dropped });
    setTracer(null);
    this.options.onEnd?.(this);
  }

  /** Records a send from `sender`'s task (the running one's when null); its seq, or null if dropped. */
  private send(channel: object, value: unknown, sender: Waiter | null): number | null {
    if (this.isFull()) {
      this.drop();
      return null;
    }
    const at = sender === null ? this.location() : {};
    return this.append(this.taskOf(sender), {
      kind: 'send',
      chan: this.chanId(channel),
      value: this.show(value),
      ...at,
    });
  }

  private receive(channel: object, value: unknown, from: number, receiver: Waiter | null): void {
    if (this.isFull()) return this.drop();
    this.append(this.taskOf(receiver), {
      kind: 'recv',
      chan: this.chanId(channel),
      ok: true,
      value: this.show(value),
      from,
      ...(receiver === null ? this.location() : {}),
    });
  }

  private record(task: Task | null, fields: EventFields<TraceEvent>): void {
    if (this.isFull()) this.drop();
    else this.append(task, fields);
  }

  private append(task: Task | null, fields: EventFields<TraceEvent>): number {
    const seq = this.events.length;
    const ms = Math.round((performance.now() - this.startMs) * 1000) / 1000;
    this.events.push({ seq, step: this.step, ms, task: this.taskId(task), ...fields } as TraceEvent);
    return seq;
  }

  private isFull(): boolean {
    return this.events.length >= this.cap;
  }

  private drop(): void {
    this.dropped++;
  }

  /** The task of a parked operation (a select case's is its select's), or the running task. */
  private taskOf(w: Waiter | null): Task | null {
    return w === null ? sched.current : (w.owner ?? w).task;
  }

  /** The task's id; futures polled in place, which all have id -1, are numbered -1, -2, ... */
  private taskId(task: Task | null): number | null {
    if (task === null || task.id >= 0) return task?.id ?? null;
    let id = this.futureIds.get(task);
    if (id === undefined) this.futureIds.set(task, (id = -++this.futures));
    return id;
  }

  private chanId(channel: object): number {
    return this.idOf(channel, this.channelIds);
  }

  private idOf(object: object, ids: WeakMap<object, number>): number {
    let id = ids.get(object);
    if (id === undefined) ids.set(object, (id = this.nextId++));
    return id;
  }

  private location(): { at?: string } {
    const at = this.options.locate?.();
    return at === undefined ? {} : { at };
  }

  private show(value: unknown): string {
    let text: string;
    try {
      text = this.formatValue(value);
    } catch {
      text = String(value);
    }
    return shorten(text, VALUE_CHARS);
  }

  private describe(target: Describable): string {
    return shorten(target.describe(), DESCRIPTION_CHARS);
  }
}

function shorten(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}

/**
 * Turns tracing on for the next program (one program at a time, as the runtime runs them):
 * it stays on until that program ends, then `options.onEnd` gets the recorder.
 */
export function startTracing(formatValue: ValueFormatter, options: TraceOptions = {}): TraceRecorder {
  const recorder = new TraceRecorder(formatValue, options);
  setTracer(recorder);
  return recorder;
}
