/**
 * "The number of messages equals what the program printed it sent" (#15): for corpus programs
 * whose output tells how many messages went through a channel (a line per value received, or
 * a count printed at the end), the rule that reads that number from the output and the
 * channels whose trace events must be as many. Each rule was written from the program's source.
 *
 *     const rule = PRINTED_MESSAGES.go.close_range![0]!;
 *     assert.equal(countedMessages(events, rule), rule.printed(stdout));
 */
import type { TraceEvent } from '../../runtime/src/core/trace.js';

type ChanMake = Extract<TraceEvent, { kind: 'chan-make' }>;

export interface PrintedMessages {
  /** Which messages, in words, for the test's name. */
  what: string;
  /** Whether a channel's messages count; `nth` is its place among the channels of its kind made before it, from 1. */
  channel(make: ChanMake, nth: number): boolean;
  counted: 'sent' | 'received';
  /** How many messages the program's output says there were. */
  printed(stdout: string): number;
}

const labelled =
  (...labels: string[]) =>
  (make: ChanMake) =>
    make.label !== undefined && labels.includes(make.label);
const nthOfKind = (kind: ChanMake['chanKind'], n: number) => (make: ChanMake, nth: number) =>
  make.chanKind === kind && nth === n;
const lines = (pattern: RegExp) => (stdout: string) => stdout.split('\n').filter((line) => pattern.test(line)).length;
const number = (pattern: RegExp) => (stdout: string) => Number(pattern.exec(stdout)?.[1] ?? NaN);

export const PRINTED_MESSAGES: Record<'go' | 'rust', Record<string, PrintedMessages[]>> = {
  go: {
    close_range: [
      { what: 'items received', channel: labelled('items'), counted: 'received', printed: lines(/^got item-\d+$/) },
      {
        what: 'results the consumer counted',
        channel: labelled('results'),
        counted: 'received',
        printed: number(/^consumer counted (\d+)$/m),
      },
      {
        what: 'values put in the buffered channel',
        channel: labelled('buffered'),
        counted: 'sent',
        printed: number(/^buffered before range: (\d+)$/m),
      },
    ],
    ping_pong: [
      {
        what: 'hits of the ball passed between the players',
        channel: labelled('pings', 'pongs'),
        counted: 'received',
        printed: lines(/^(ping|pong) \d+$/),
      },
    ],
    unbuffered_handoff: [
      { what: 'values stage A got', channel: labelled('first'), counted: 'received', printed: lines(/^A got /) },
      { what: 'values stage B got', channel: labelled('second'), counted: 'received', printed: lines(/^B got /) },
      { what: 'values main got', channel: labelled('third'), counted: 'received', printed: lines(/^main got /) },
    ],
  },
  rust: {
    lesson_11_channels: [
      {
        what: 'messages main received',
        channel: nthOfKind('mpsc', 1),
        counted: 'received',
        printed: lines(/^📨 Received: /),
      },
    ],
    broadcast_fanout: [
      {
        what: 'events the subscribers and the late one received',
        channel: nthOfKind('broadcast', 1),
        counted: 'received',
        // A line per event a subscriber kept, and the late subscriber's list of what it saw.
        printed: (stdout) =>
          lines(/^(audit|trader) /)(stdout) +
          (/^late subscriber: \[(.*)\]/m.exec(stdout)?.[1]?.match(/\b(Price|Halt)\b/g)?.length ?? 0),
      },
    ],
    unbounded_pipeline: [
      {
        what: 'values the middle stage passed on',
        channel: nthOfKind('unbounded mpsc', 2),
        counted: 'sent',
        printed: number(/^middle stage passed (\d+) values$/m),
      },
    ],
    watch_config_updates: [
      {
        what: 'changes the watcher saw',
        channel: nthOfKind('watch', 1),
        counted: 'received',
        printed: number(/^watcher saw (\d+) changes/m),
      },
      {
        what: 'acks main received',
        channel: nthOfKind('mpsc', 1),
        counted: 'received',
        printed: lines(/^watcher applied /),
      },
    ],
  },
};

/** The trace's count of the messages `rule` is about. */
export function countedMessages(events: readonly TraceEvent[], rule: PrintedMessages): number {
  const chosen = new Set<number>();
  const made = new Map<string, number>();
  for (const event of events) {
    if (event.kind !== 'chan-make') continue;
    const nth = (made.get(event.chanKind) ?? 0) + 1;
    made.set(event.chanKind, nth);
    if (rule.channel(event, nth)) chosen.add(event.chan);
  }
  return events.filter((event) =>
    rule.counted === 'sent'
      ? event.kind === 'send' && chosen.has(event.chan)
      : event.kind === 'recv' && event.ok && chosen.has(event.chan),
  ).length;
}
