import { startTracing as startRecording, type TraceOptions, type TraceRecorder } from '../core/trace.js';
import { sprint } from '../fmt/go.js';

export type { TraceEvent, TraceOptions, TraceRecorder } from '../core/trace.js';

/** Records the next program's trace (see core/trace.ts), showing values as `%v` does. */
export function startTracing(options?: TraceOptions): TraceRecorder {
  return startRecording((value) => sprint(value), options);
}
