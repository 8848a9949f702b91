// What the timeline draws, derived once from a trace document (runtime/src/trace/json.ts):
// lanes (one per task, in start order, so main is first), each event's lane and position on
// both clocks, the messages (a send and the receive that took its value), the blocked spans,
// and the channels' names. Plain data and no DOM: the page draws it, the tests read it.
import type { TraceEvent } from '../../runtime/src/core/trace.js';
import type { TraceDocument } from '../../runtime/src/trace/json.js';
import { blockedSpans, taskName, tasksById, waitDescription } from '../../runtime/src/trace/spans.js';

export type Clock = 'steps' | 'ms';

export interface Lane {
  task: number;
  /** The task's function: "main", "worker", "func". */
  name: string;
  /** Where the `go`/`spawn` statement is; none for main. */
  at?: string;
  /** Positions (event indices) of its first and last event. */
  first: number;
  last: number;
}

export interface Channel {
  id: number;
  /** Its variable's name, else "chan 2". */
  name: string;
  /** "results (chan, unbuffered)": its variable and kind. */
  title: string;
  at?: string;
}

export interface Message {
  send: number;
  recv: number;
}

export interface Span {
  lane: number;
  start: number;
  /** The event index that ended it; -1: still blocked when the trace ended. */
  end: number;
  /** "chan receive on out". */
  waitsOn: string;
  /** A wait on a channel, a lock, a sleep...: the page shades each family alike. */
  family: 'channel' | 'sync' | 'time' | 'other';
}

export interface TimelineModel {
  language: 'go' | 'rust';
  events: readonly TraceEvent[];
  lanes: Lane[];
  /** The lane of each event (by index); -1 for the program's own (timers, the stall, the end). */
  laneOf: Int32Array;
  /** Each event's position on the logical clock (its index) and on the wall clock (ms). */
  positions: Record<Clock, Float64Array>;
  messages: Message[];
  spans: Span[];
  channels: Map<number, Channel>;
  /** The event index of the deadlock (Go) or hang (Tokio); -1 if none. */
  stall: number;
  dropped: number;
}

export function timelineModel(document: TraceDocument): TimelineModel {
  const { events } = document;
  const indexOfSeq = new Map<number, number>();
  events.forEach((event, index) => indexOfSeq.set(event.seq, index));
  const lanes = lanesOf(events);
  const laneIndex = new Map(lanes.map((lane, index) => [lane.task, index]));
  const laneOf = new Int32Array(events.length);
  const ms = new Float64Array(events.length);
  const steps = new Float64Array(events.length);
  events.forEach((event, index) => {
    laneOf[index] = event.task === null ? -1 : (laneIndex.get(event.task) ?? -1);
    steps[index] = index;
    ms[index] = event.ms;
  });
  for (const [index, lane] of lanes.entries()) {
    lane.first = laneOf.indexOf(index);
    lane.last = laneOf.lastIndexOf(index);
  }
  const messages: Message[] = [];
  events.forEach((event, index) => {
    if (event.kind !== 'recv' || !event.ok) return;
    const send = indexOfSeq.get(event.from);
    if (send !== undefined) messages.push({ send, recv: index });
  });
  const channels = channelsOf(events);
  const spans = blockedSpans(events).map(({ task, block, end }): Span => ({
    lane: laneIndex.get(task) ?? -1,
    start: indexOfSeq.get(block.seq)!,
    end: end === null ? -1 : indexOfSeq.get(end.seq)!,
    waitsOn:
      block.chan === undefined ? waitDescription(block) : `${block.reason} on ${channelName(channels, block.chan)}`,
    family: waitFamily(block.reason, block.chan !== undefined),
  }));
  return {
    language: document.language,
    events,
    lanes,
    laneOf,
    positions: { steps, ms },
    messages,
    spans,
    channels,
    stall: events.findIndex((event) => event.kind === 'stall'),
    dropped: document.dropped,
  };
}

function lanesOf(events: readonly TraceEvent[]): Lane[] {
  return [...tasksById(events).values()].map((start) => ({
    task: start.task!,
    name: taskName(start),
    ...(start.at === undefined ? {} : { at: start.at }),
    first: 0,
    last: 0,
  }));
}

/** "results", or "chan 2" when the program does not name it. */
export function channelName(channels: ReadonlyMap<number, Channel>, id: number): string {
  return channels.get(id)?.name ?? `chan ${id}`;
}

function channelsOf(events: readonly TraceEvent[]): Map<number, Channel> {
  const channels = new Map<number, Channel>();
  for (const event of events) {
    if (event.kind !== 'chan-make') continue;
    const capacity =
      event.capacity === null ? 'unbounded' : event.capacity === 0 ? 'unbuffered' : `capacity ${event.capacity}`;
    const name = event.label ?? `chan ${event.chan}`;
    const title = `${name} (${event.chanKind}, ${capacity})`;
    channels.set(event.chan, { id: event.chan, name, title, ...(event.at === undefined ? {} : { at: event.at }) });
  }
  return channels;
}

function waitFamily(reason: string, onChannel: boolean): Span['family'] {
  if (onChannel || /chan|receive|send|recv|select|mpsc|oneshot|broadcast|watch/.test(reason)) return 'channel';
  if (/sleep|timer|interval|timeout/.test(reason)) return 'time';
  if (/sema|lock|mutex|wait|sync|cond|once|barrier|notify|join/i.test(reason)) return 'sync';
  return 'other';
}

/** The channel an event acts on, if any. */
export function channelOf(event: TraceEvent): number | undefined {
  return 'chan' in event ? event.chan : undefined;
}

/**
 * The source place an event is best revealed at: its own, else the place its channel was
 * made, else where its task was started.
 */
export function placeOf(model: TimelineModel, index: number): string | undefined {
  const event = model.events[index]!;
  if ('at' in event && event.at !== undefined) return event.at;
  const chan = channelOf(event);
  const channelPlace = chan === undefined ? undefined : model.channels.get(chan)?.at;
  if (channelPlace !== undefined) return channelPlace;
  const lane = model.laneOf[index]!;
  return lane < 0 ? undefined : model.lanes[lane]!.at;
}
