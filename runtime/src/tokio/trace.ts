import { startTracing as startRecording, type TraceOptions, type TraceRecorder } from '../core/trace.js';
import { debugString } from '../fmt/rust.js';

export type { TraceEvent, TraceOptions, TraceRecorder } from '../core/trace.js';

/** Records the next program's trace (see core/trace.ts), showing values as `{:?}` does. */
export function startTracing(options?: TraceOptions): TraceRecorder {
  return startRecording((value) => debugString(value), options);
}
