// The plain-text summary of a trace, for a terminal: per channel the messages that passed and
// the longest wait on it, then who was still blocked, and on what, when the trace ended.
import type { TraceEvent } from '../core/trace.js';
import { blockedSpans, taskLabel, tasksById, waitDescription, type BlockedSpan } from './spans.js';

interface ChannelFacts {
  make: Extract<TraceEvent, { kind: 'chan-make' }> | null;
  messages: number;
  closed: boolean;
  longestWait: BlockedSpan | null;
  longestWaitMs: number;
}

export function traceSummary(events: readonly TraceEvent[], dropped = 0): string {
  const tasks = tasksById(events);
  const lastMs = events.at(-1)?.ms ?? 0;
  const spans = blockedSpans(events);
  const channels = channelFacts(events, spans, lastMs);
  const lines = [
    `chan2ts trace: ${events.length} events, ${tasks.size} ${plural(tasks.size, 'task')}, ${channels.size} ${plural(channels.size, 'channel')}, ${events.at(-1)?.step ?? 0} steps, ${lastMs} ms`,
  ];
  if (channels.size > 0) lines.push('channels:');
  for (const [id, facts] of channels) lines.push(`  ${channelLine(id, facts, tasks)}`);
  const stillBlocked = spans.filter((span) => span.end === null).sort((a, b) => a.task - b.task);
  lines.push(stillBlocked.length === 0 ? 'blocked at the end: none' : 'blocked at the end:');
  for (const { task, block } of stillBlocked) lines.push(`  ${taskLabel(tasks, task)}: ${waitDescription(block)}`);
  const stall = events.find((event) => event.kind === 'stall');
  if (stall !== undefined)
    lines.push(
      `no task could run again (deadlock or hang): ${stall.tasks.map((id) => taskLabel(tasks, id)).join(', ')}`,
    );
  if (dropped > 0) lines.push(`${dropped} more ${plural(dropped, 'event')} dropped (over the cap)`);
  return `${lines.join('\n')}\n`;
}

function channelFacts(
  events: readonly TraceEvent[],
  spans: readonly BlockedSpan[],
  lastMs: number,
): Map<number, ChannelFacts> {
  const channels = new Map<number, ChannelFacts>();
  const factsOf = (id: number): ChannelFacts => {
    let facts = channels.get(id);
    if (facts === undefined)
      channels.set(id, (facts = { make: null, messages: 0, closed: false, longestWait: null, longestWaitMs: 0 }));
    return facts;
  };
  for (const event of events) {
    if (event.kind === 'chan-make') factsOf(event.chan).make = event;
    else if (event.kind === 'recv' && event.ok) factsOf(event.chan).messages++;
    else if (event.kind === 'close' || event.kind === 'drop-sender') factsOf(event.chan).closed = true;
  }
  for (const span of spans) {
    if (span.block.chan === undefined) continue;
    const facts = factsOf(span.block.chan);
    const waited = (span.end?.ms ?? lastMs) - span.block.ms;
    if (facts.longestWait === null || waited > facts.longestWaitMs) {
      facts.longestWait = span;
      facts.longestWaitMs = waited;
    }
  }
  return channels;
}

function channelLine(id: number, facts: ChannelFacts, tasks: ReturnType<typeof tasksById>): string {
  const { make } = facts;
  const label = make?.label ? ` ${make.label}` : '';
  const kind = make === null ? '' : ` (${make.chanKind}, ${capacityText(make.capacity)})`;
  const at = make?.at ? ` made at ${make.at}` : '';
  const closed = facts.closed ? ', closed' : '';
  const wait = facts.longestWait;
  const longest =
    wait === null
      ? 'no waits'
      : `longest wait ${round(facts.longestWaitMs)} ms (${taskLabel(tasks, wait.task)}, ${wait.block.reason}${wait.end === null ? ', never woken' : ''})`;
  return `chan ${id}${label}${kind}${at}: ${facts.messages} ${plural(facts.messages, 'message')}${closed}; ${longest}`;
}

function capacityText(capacity: number | null): string {
  if (capacity === null) return 'unbounded';
  return capacity === 0 ? 'unbuffered' : `capacity ${capacity}`;
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
