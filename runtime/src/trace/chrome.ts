// The Chrome trace event format (Perfetto, chrome://tracing): each task a thread, its life
// and its waits complete ("X") events, each message a flow from its send to its receive (a
// flow per receive: a broadcast or watch send has one per receiver), the other events instants.
import type { TraceEvent } from '../core/trace.js';
import { blockedSpans, taskLabel, taskName, tasksById, waitDescription } from './spans.js';

interface ChromeEvent {
  name: string;
  ph: 'X' | 'i' | 's' | 'f' | 'M';
  pid: number;
  tid?: number;
  ts?: number;
  dur?: number;
  cat?: string;
  id?: number;
  bp?: 'e';
  s?: 'g' | 't';
  args?: Record<string, unknown>;
}

const PID = 1;

/** The trace in the Chrome trace event format's JSON object form, timestamps in microseconds. */
export function chromeTrace(
  events: readonly TraceEvent[],
  title: string,
): { traceEvents: ChromeEvent[]; displayTimeUnit: 'ms' } {
  const ts = timestamps(events);
  const endTs = ts.length > 0 ? ts[ts.length - 1]! + 1 : 0;
  const tasks = tasksById(events);
  // Thread ids from 1 in start order: task ids may be 0 or negative (Tokio's main, futures).
  const tids = new Map([...tasks.keys()].map((id, i) => [id, i + 1]));
  const out: ChromeEvent[] = [{ name: 'process_name', ph: 'M', pid: PID, args: { name: title } }];
  for (const [id, tid] of tids) {
    out.push({ name: 'thread_name', ph: 'M', pid: PID, tid, args: { name: taskLabel(tasks, id) } });
    out.push({ name: 'thread_sort_index', ph: 'M', pid: PID, tid, args: { sort_index: tid } });
  }
  const ends = new Map<number, number>();
  for (const event of events) if (event.kind === 'task-end') ends.set(event.task!, ts[event.seq]!);
  for (const [id, start] of tasks) {
    const begin = ts[start.seq]!;
    const args = start.at === undefined ? {} : { at: start.at };
    out.push({
      name: taskName(start),
      ph: 'X',
      cat: 'task',
      pid: PID,
      tid: tids.get(id)!,
      ts: begin,
      dur: (ends.get(id) ?? endTs) - begin,
      args,
    });
  }
  for (const { task, block, end } of blockedSpans(events)) {
    const begin = ts[block.seq]!;
    const dur = (end === null ? endTs : ts[end.seq]!) - begin;
    out.push({
      name: `blocked: ${waitDescription(block)}`,
      ph: 'X',
      cat: 'blocked',
      pid: PID,
      tid: tids.get(task)!,
      ts: begin,
      dur,
    });
  }
  const receives = receivesOfSends(events);
  for (const event of events) out.push(...eventMarks(event, ts[event.seq]!, tids, receives));
  return { traceEvents: out, displayTimeUnit: 'ms' };
}

/** Wall times in microseconds, made strictly increasing so that events keep their order and flows their slices. */
function timestamps(events: readonly TraceEvent[]): number[] {
  const ts: number[] = [];
  let last = -1;
  for (const event of events) {
    last = Math.max(Math.round(event.ms * 1000), last + 1);
    ts.push(last);
  }
  return ts;
}

/** For each send that was received, the `seq`s of its receives: each is the id of one flow. */
function receivesOfSends(events: readonly TraceEvent[]): Map<number, number[]> {
  const receives = new Map<number, number[]>();
  for (const event of events) {
    if (event.kind !== 'recv' || !event.ok) continue;
    const list = receives.get(event.from);
    if (list === undefined) receives.set(event.from, [event.seq]);
    else list.push(event.seq);
  }
  return receives;
}

/** A send or receive is a one-microsecond slice, which its flows bind to (same cat, tid and ts). */
function eventMarks(
  event: TraceEvent,
  ts: number,
  tids: ReadonlyMap<number, number>,
  receives: ReadonlyMap<number, readonly number[]>,
): ChromeEvent[] {
  const tid = event.task === null ? undefined : tids.get(event.task);
  const args = argsOf(event);
  if (tid === undefined) return [{ name: event.kind, ph: 'i', s: 'g', pid: PID, ts, args }];
  switch (event.kind) {
    case 'send':
      return [
        { name: `send ${event.value}`, ph: 'X', cat: 'message', pid: PID, tid, ts, dur: 1, args },
        ...(receives.get(event.seq) ?? []).map((id): ChromeEvent => ({
          name: 'message',
          ph: 's',
          cat: 'message',
          id,
          pid: PID,
          tid,
          ts,
        })),
      ];
    case 'recv': {
      const slice: ChromeEvent = {
        name: event.ok ? `recv ${event.value}` : 'recv (closed)',
        ph: 'X',
        cat: 'message',
        pid: PID,
        tid,
        ts,
        dur: 1,
        args,
      };
      if (!event.ok) return [slice];
      return [slice, { name: 'message', ph: 'f', bp: 'e', cat: 'message', id: event.seq, pid: PID, tid, ts }];
    }
    case 'task-start':
    case 'task-end':
    case 'block':
    case 'wake':
      // Drawn as the task's and the waits' slices.
      return [];
    default:
      return [{ name: event.kind, ph: 'i', s: 't', pid: PID, tid, ts, args }];
  }
}

/** The event's own fields, for the viewer's details pane. */
function argsOf(event: TraceEvent): Record<string, unknown> {
  const { seq, step, ms, task, kind, ...fields } = event;
  return { seq, step, ms, ...fields };
}
