/**
 * Runs a Tokio-flavoured program in-process with tracing on, for the trace tests.
 *
 *     const { events } = await tracedTokio(async () => { ... });
 *     const sends = ofKind(events, 'send');
 */
import type { TraceEvent } from '../../runtime/src/core/trace.js';
import { startTracing } from '../../runtime/src/tokio/index.js';
import { runTokio, type TokioResult } from './run-tokio.js';

export async function tracedTokio(main: () => unknown): Promise<TokioResult & { events: TraceEvent[] }> {
  const recorder = startTracing();
  const result = await runTokio(main, { flavor: 'current_thread' });
  return { ...result, events: recorder.events };
}

/** The events of one kind, typed as that kind. */
export function ofKind<K extends TraceEvent['kind']>(
  events: readonly TraceEvent[],
  kind: K,
): Extract<TraceEvent, { kind: K }>[] {
  return events.filter((event): event is Extract<TraceEvent, { kind: K }> => event.kind === kind);
}
