// What the views derive from a trace's events alike: the tasks, and the spans in which a task
// was blocked (from its `block` event to the `wake` or `task-end` that ended it).
import type { TraceEvent } from '../core/trace.js';

type EventOf<K extends TraceEvent['kind']> = Extract<TraceEvent, { kind: K }>;

export interface BlockedSpan {
  task: number;
  block: EventOf<'block'>;
  /** The wake (or the task's end) that ended the wait; null: still blocked when the trace ended. */
  end: TraceEvent | null;
}

/** The tasks of the trace by id, in the order they started. */
export function tasksById(events: readonly TraceEvent[]): Map<number, EventOf<'task-start'>> {
  const tasks = new Map<number, EventOf<'task-start'>>();
  for (const event of events) if (event.kind === 'task-start') tasks.set(event.task!, event);
  return tasks;
}

/**
 * A task's name: the function it runs, or for a function literal, closure or async block
 * (recorded with an empty name) the line that started it, "closure at line 31".
 */
export function taskName(start: EventOf<'task-start'>): string {
  if (start.name !== '') return start.name;
  const line = start.at === undefined ? null : /:(\d+):\d+$/.exec(start.at);
  return line === null ? 'closure' : `closure at line ${line[1]}`;
}

/** "main #1", "worker #6": a task as the views name it. */
export function taskLabel(tasks: ReadonlyMap<number, EventOf<'task-start'>>, id: number): string {
  const start = tasks.get(id);
  return `${start === undefined ? 'task' : taskName(start)} #${id}`;
}

/** Every span in which a task waited, in the order the waits began. */
export function blockedSpans(events: readonly TraceEvent[]): BlockedSpan[] {
  const spans: BlockedSpan[] = [];
  const open = new Map<number, BlockedSpan>();
  for (const event of events) {
    const task = event.task;
    if (task === null) continue;
    if (event.kind === 'block') {
      const span: BlockedSpan = { task, block: event, end: null };
      spans.push(span);
      open.set(task, span);
    } else if (event.kind === 'wake' || event.kind === 'task-end') {
      const span = open.get(task);
      if (span === undefined) continue;
      span.end = event;
      open.delete(task);
    }
  }
  return spans;
}

/** What a blocked span waits on, e.g. "chan receive on chan 2". */
export function waitDescription(block: EventOf<'block'>): string {
  if (block.chan !== undefined) return `${block.reason} on chan ${block.chan}`;
  return block.on === undefined ? block.reason : `${block.reason} on ${block.on}`;
}
