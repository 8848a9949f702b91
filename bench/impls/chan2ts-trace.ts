/**
 * What the trace recorder costs, measured on the runtime as `chan2ts run` loads it (one
 * bundle): the bundle with tracing off, the same bundle with its trace hooks compiled out (the
 * runtime as it was before tracing: the baseline for "tracing off costs nothing"), and the
 * bundle recording a trace with the default cap, as `chan2ts run --trace` does. Each runs the
 * throughput scenarios only, written exactly as the chan2ts row writes them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { TraceRecorder } from '../../runtime/src/core/trace.js';
import { gc, settleHeap } from '../harness.js';
import { NO_HOOKS, TRACE_OFF, TRACED } from '../report.js';
import { apiOf } from './chan2ts-api.js';
import { chan2tsImpl } from './chan2ts.js';
import type { ChannelImpl } from './types.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** What the bench takes from a bundle: the Go runtime, and the recorder's own classes. */
const ENTRY = `export * from './runtime/src/go/index.ts';
export { setTracer } from './runtime/src/core/tracer.ts';
export { TraceRecorder } from './runtime/src/core/trace.ts';
export { sprint } from './runtime/src/fmt/go.ts';`;

type Bundle = typeof import('../../runtime/src/go/index.js') &
  typeof import('../../runtime/src/core/tracer.js') &
  typeof import('../../runtime/src/core/trace.js') & { sprint: (value: unknown) => string };

/** Replaces core/tracer.ts with a constant null tracer, which the bundler folds away at every hook. */
const withoutHooks: Plugin = {
  name: 'without-trace-hooks',
  setup(build) {
    build.onResolve({ filter: /\/core\/tracer\.(js|ts)$/ }, () => ({ path: 'tracer', namespace: 'no-hooks' }));
    build.onLoad({ filter: /.*/, namespace: 'no-hooks' }, () => ({
      contents: 'export const tracer = null; export function setTracer() {}',
      loader: 'js',
    }));
  },
};

/** A copy of the runtime, bundled as the product bundles it, with its own scheduler. */
async function loadBundle(hooks: boolean): Promise<Bundle> {
  const bundled = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    minifySyntax: true,
    write: false,
    plugins: hooks ? [] : [withoutHooks],
  });
  const file = join(mkdtempSync(join(tmpdir(), 'chan2ts-bench-')), 'runtime.mjs');
  writeFileSync(file, bundled.outputFiles[0]!.text);
  return (await import(pathToFileURL(file).href)) as Bundle;
}

function throughputOnly(impl: ChannelImpl): ChannelImpl {
  return { ...impl, blockedOwn: undefined, blockedShared: undefined };
}

/** Runs `body` with a recorder on (its default cap of 100,000 events, unless `cap`), then turns it off. */
async function traced<T>(
  m: Bundle,
  body: () => Promise<T>,
  cap?: number,
): Promise<{ result: T; recorder: TraceRecorder }> {
  // Values shown as `%v`, as the Go runtime's startTracing shows them.
  const recorder = new m.TraceRecorder((value) => m.sprint(value), cap === undefined ? {} : { cap });
  m.setTracer(recorder);
  try {
    return { result: await body(), recorder };
  } finally {
    m.setTracer(null);
  }
}

export interface TraceCost {
  impls: ChannelImpl[];
  /** Heap per recorded event: a buffered SPSC run of `n` messages with every event kept. */
  bytesPerEvent(n: number): Promise<{ events: number; bytes: number }>;
}

export async function traceCost(): Promise<TraceCost> {
  const [withHooks, hookless] = [await loadBundle(true), await loadBundle(false)];
  const off = throughputOnly(chan2tsImpl(apiOf(withHooks, 'the runtime bundled')));
  const on =
    <A extends unknown[]>(method: ((...args: A) => Promise<number>) | undefined) =>
    (...args: A) =>
      traced(withHooks, () => method!(...args)).then(({ result }) => result);
  return {
    impls: [
      { ...off, name: TRACE_OFF, description: 'our runtime bundled as `chan2ts run` loads it, tracing off' },
      {
        ...throughputOnly(chan2tsImpl(apiOf(hookless, 'no hooks'))),
        name: NO_HOOKS,
        description: 'the same bundle with core/tracer.ts a constant null, so every trace hook folds away',
      },
      {
        ...off,
        name: TRACED,
        description: 'the bundle recording a trace (its default cap of 100,000 events, then counting)',
        spsc: on(off.spsc),
        pingPong: on(off.pingPong),
        fanIn: on(off.fanIn),
        select4: on(off.select4),
      },
    ],
    async bytesPerEvent(n) {
      gc();
      const before = settleHeap();
      const { recorder } = await traced(withHooks, () => off.spsc!(n, 128), Infinity);
      const after = settleHeap();
      return { events: recorder.events.length, bytes: (after - before) / recorder.events.length };
    },
  };
}
