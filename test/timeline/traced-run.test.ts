// A run the extension traces (Show Concurrency Timeline, extension/src/runFolders.ts): the
// program runs from its private folder with the trace preload, leaves its trace there, and the
// places the trace records in main.mjs map back to the Go source (extension/src/timeline/places.ts).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RunFolders } from '../../extension/src/runFolders.js';
import { placesInSource } from '../../extension/src/timeline/places.js';
import type { SourceMap } from '../../server/lsp/protocol.js';
import { translate } from '../../server/translate/index.js';
import { PROJECT_ROOT, runProcess } from '../support/run-ts-program.js';

const runs = new RunFolders(join(PROJECT_ROOT, 'dist', 'runtime-package', 'dist', 'esm'));
after(() => runs.dispose());

async function tracedRun(example: string, traced: boolean) {
  const sourcePath = join(PROJECT_ROOT, 'examples', example);
  const translation = await translate(readFileSync(sourcePath, 'utf8'), { fileName: sourcePath });
  const map = translation.javascriptMap as unknown as SourceMap;
  const files = runs.write(translation.javascript, map, sourcePath, traced ? translation.language : undefined);
  const preloads = files.preloads.flatMap((preload) => ['--import', pathToFileURL(preload).href]);
  const run = await runProcess(process.execPath, [...preloads, files.program]);
  return { run, trace: runs.trace(files.folder), map, folder: files.folder };
}

test('a_traced_run_leaves_its_trace_with_places_in_the_go_source', async () => {
  const { run, trace, map } = await tracedRun('go-deadlock.go', true);
  assert.equal(run.code, 2, run.stderr);
  assert.ok(trace !== undefined, 'the run left no trace');
  assert.ok(trace.events.some((event) => event.kind === 'stall'));
  const events = placesInSource(trace.events, map, 'go-deadlock.go');
  const places = events.flatMap((event) =>
    'at' in event && event.at !== undefined ? [`${event.kind} ${event.at}`] : [],
  );
  // make(chan int), then wg.Add(1) and the go statement three times, wg.Wait() where main
  // blocks, and the three workers blocked on `results <- n * n`.
  assert.deepEqual(places, [
    'chan-make go-deadlock.go:18:13',
    'sync go-deadlock.go:21:3',
    'task-start go-deadlock.go:22:3',
    'sync go-deadlock.go:21:3',
    'task-start go-deadlock.go:22:3',
    'sync go-deadlock.go:21:3',
    'task-start go-deadlock.go:22:3',
    'sync go-deadlock.go:25:2',
    'block go-deadlock.go:25:2',
    'block go-deadlock.go:14:2',
    'block go-deadlock.go:14:2',
    'block go-deadlock.go:14:2',
  ]);
});

test('an_untraced_run_records_nothing', async () => {
  const { run, trace } = await tracedRun('go-pipeline.go', false);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(trace, undefined);
});
