/**
 * The process test/runtime/trace-corpus.test.ts runs for one corpus: every program of it, one
 * after another, first plain and then with tracing on, each with its output captured. For
 * program NAME it imports OUTDIR/NAME.mjs (whose runtime import is the stand-in of
 * hosted-run-main.ts) and writes OUTDIR/NAME.result.json (a `TracedCorpusResult`).
 *
 *     node --import test/support/register.mjs test/support/traced-corpus-child.ts OUTDIR RUNTIME_URL NAME...
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TraceEvent, TraceOptions } from '../../runtime/src/core/trace.js';
import { runHosted } from './hosted-run-main.js';
import { runLimited, type ProgramOutput } from './run-limited.js';

export interface TracedCorpusResult {
  /** A run that had not ended after RUN_TIMEOUT_MS has code STILL_RUNNING (run-limited.ts). */
  plain: ProgramOutput;
  traced: ProgramOutput;
  /** The traced run's events; null when it did not end. */
  events: TraceEvent[] | null;
  /** How many plain and traced pairs ran before their outputs agreed (or ATTEMPTS ran out). */
  attempts: number;
}

const RUN_TIMEOUT_MS = 30_000;
/** A program whose output depends on its sleeps may print differently on a loaded machine. */
const ATTEMPTS = 3;

const [outDir, runtimeUrl, ...names] = process.argv.slice(2);
const runtime = (await import(runtimeUrl!)) as { startTracing(options: TraceOptions): unknown };
let runs = 0;

async function run(name: string, traced: boolean): Promise<{ output: ProgramOutput; events: TraceEvent[] | null }> {
  const file = join(outDir!, `${name}.mjs`);
  let events: TraceEvent[] | null = null;
  if (traced) runtime.startTracing({ onEnd: (recorder) => (events = recorder.events as TraceEvent[]) });
  process.argv = [process.execPath, file];
  // A fresh URL each run: a module imported before would not run again.
  const url = `${pathToFileURL(file).href}?run=${++runs}`;
  const output = await runLimited((host) => runHosted(url, host), RUN_TIMEOUT_MS, name);
  return { output, events };
}

for (const name of names) {
  let result: TracedCorpusResult;
  let attempts = 0;
  do {
    attempts++;
    const plain = await run(name, false);
    const traced = await run(name, true);
    result = { plain: plain.output, traced: traced.output, events: traced.events, attempts };
  } while (result.plain.stdout !== result.traced.stdout && attempts < ATTEMPTS);
  writeFileSync(join(outDir!, `${name}.result.json`), JSON.stringify(result));
}
