/**
 * Checks of a recorded trace that every trace test shares: its shape against the schema of
 * docs/trace-format.md (written out again here, independently of the recorder's types), and
 * its consistency: receives paired with sends, no task acting after its end.
 *
 *     assert.deepEqual(traceProblems(recorder.events), []);
 */
import type { TraceEvent } from '../../runtime/src/core/trace.js';

type FieldType = 'int' | 'int|null' | 'number' | 'string' | 'boolean' | 'int[]' | 'channel-kind' | 'sync-op';
/** A field ending in "?" may be absent. */
type Fields = Record<string, FieldType>;

const BASE: Fields = { seq: 'int', step: 'int', ms: 'number', task: 'int|null' };

const SCHEMA: Record<string, Fields> = {
  'task-start': { parent: 'int|null', name: 'string', 'at?': 'string' },
  'task-end': {},
  'task-panic': { value: 'string' },
  'chan-make': { chan: 'int', chanKind: 'channel-kind', capacity: 'int|null', 'label?': 'string', 'at?': 'string' },
  send: { chan: 'int', value: 'string', 'at?': 'string' },
  recv: { chan: 'int', ok: 'boolean', 'value?': 'string', 'from?': 'int', 'at?': 'string' },
  lagged: { chan: 'int', skipped: 'int', 'at?': 'string' },
  close: { chan: 'int', 'at?': 'string' },
  'drop-sender': { chan: 'int', 'at?': 'string' },
  'drop-receiver': { chan: 'int', 'at?': 'string' },
  block: { reason: 'string', 'chan?': 'int', 'on?': 'string', 'at?': 'string' },
  wake: { by: 'int|null' },
  select: { cases: 'int', ready: 'int[]', chosen: 'int', 'at?': 'string' },
  sync: { op: 'sync-op', object: 'int', on: 'string', 'delta?': 'int', 'at?': 'string' },
  timer: {},
  stall: { tasks: 'int[]' },
  'program-end': { code: 'int' },
  dropped: { count: 'int' },
};

const CHANNEL_KINDS = ['go chan', 'mpsc', 'unbounded mpsc', 'oneshot', 'broadcast', 'watch', 'std mpsc'];
const SYNC_OPS = [
  'lock',
  'unlock',
  'rlock',
  'runlock',
  'add',
  'wait',
  'once',
  'acquire',
  'release',
  'notify-one',
  'notify-waiters',
  'notified',
  'arrive',
];
/** Channels whose every receiver gets every value: one send, many receives. */
const PUBLISHING_KINDS = ['broadcast', 'watch'];

function hasType(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'int':
      return Number.isInteger(value);
    case 'int|null':
      return value === null || Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'int[]':
      return Array.isArray(value) && value.every((v) => Number.isInteger(v));
    case 'channel-kind':
      return CHANNEL_KINDS.includes(value as string);
    case 'sync-op':
      return SYNC_OPS.includes(value as string);
  }
}

/** What in `event` does not follow the schema. */
function schemaProblems(event: Record<string, unknown>, index: number): string[] {
  const kindFields = SCHEMA[event.kind as string];
  if (kindFields === undefined) return [`event ${index}: unknown kind ${JSON.stringify(event.kind)}`];
  const problems: string[] = [];
  const expected = { ...BASE, ...kindFields };
  const known = new Set(['kind']);
  for (const [key, type] of Object.entries(expected)) {
    const optional = key.endsWith('?');
    const name = optional ? key.slice(0, -1) : key;
    known.add(name);
    if (!(name in event)) {
      if (!optional) problems.push(`event ${index} (${event.kind}): no ${name}`);
    } else if (!hasType(event[name], type)) {
      problems.push(`event ${index} (${event.kind}): ${name} is ${JSON.stringify(event[name])}, not ${type}`);
    }
  }
  for (const key of Object.keys(event))
    if (!known.has(key)) problems.push(`event ${index} (${event.kind}): unknown field ${key}`);
  if (event.seq !== index) problems.push(`event ${index}: seq is ${String(event.seq)}`);
  return problems;
}

/**
 * Every problem of the trace: schema, clocks that go back, a receive with a value that does
 * not name exactly one earlier send of the same channel and value (or a send taken twice,
 * but on a broadcast or watch channel), an event of a task after its end.
 */
export function traceProblems(events: readonly TraceEvent[]): string[] {
  const problems: string[] = [];
  const takenSends = new Set<number>();
  const ended = new Set<number>();
  const publishing = new Set<number>();
  events.forEach((event, i) => {
    if (event.kind === 'chan-make' && PUBLISHING_KINDS.includes(event.chanKind)) publishing.add(event.chan);
    problems.push(...schemaProblems(event as unknown as Record<string, unknown>, i));
    const previous = events[i - 1];
    if (previous !== undefined && (event.step < previous.step || event.ms < previous.ms))
      problems.push(`event ${i}: its clock goes back`);
    if (event.task !== null && ended.has(event.task))
      problems.push(`event ${i} (${event.kind}): task ${event.task} had ended`);
    if (event.kind === 'task-end') ended.add(event.task!);
    if (event.kind === 'recv' && event.ok) {
      const send = events[event.from];
      if (send === undefined || send.kind !== 'send' || event.from >= i)
        problems.push(`event ${i}: receive from ${event.from}, which is no earlier send`);
      else if (send.chan !== event.chan || send.value !== event.value)
        problems.push(
          `event ${i}: receive of ${event.value} on chan ${event.chan} paired with send ${event.from} of ${send.value} on chan ${send.chan}`,
        );
      if (takenSends.has(event.from) && !publishing.has(event.chan))
        problems.push(`event ${i}: send ${event.from} received twice`);
      takenSends.add(event.from);
    }
  });
  return problems;
}

/** A receive with a value and the send it took it from. */
export function pairs(
  events: readonly TraceEvent[],
): { send: TraceEvent & { kind: 'send' }; recv: TraceEvent & { kind: 'recv'; ok: true } }[] {
  return events.flatMap((recv) =>
    recv.kind === 'recv' && recv.ok ? [{ send: events[recv.from] as TraceEvent & { kind: 'send' }, recv }] : [],
  );
}

/**
 * A trace without its wall times, one event a line, as golden files hold it:
 * `STEP TASK KIND field=value...` (TASK "-" outside any task).
 */
export function goldenLines(events: readonly TraceEvent[]): string {
  return events
    .map((event) => {
      const { seq, step, ms, task, kind, ...fields } = event as TraceEvent & Record<string, unknown>;
      const shown = Object.entries(fields).map(
        ([key, value]) => ` ${key}=${Array.isArray(value) ? value.join(',') : String(value)}`,
      );
      return `${step} ${task ?? '-'} ${kind}${shown.join('')}\n`;
    })
    .join('');
}
