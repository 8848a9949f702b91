// What the timeline draws, from a real trace (server/timeline/model.ts): a lane per task named
// by its function with main first, an arrow per receive that took a value, the deadlock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TraceDocument } from '../../runtime/src/trace/json.js';
import { placeOf, timelineModel } from '../../server/timeline/model.js';
import { chan2ts, tempDir } from '../cli/helpers.js';
import { PROJECT_ROOT } from '../support/run-ts-program.js';

async function traceOf(example: string): Promise<TraceDocument> {
  const out = join(tempDir(), 'trace.json');
  await chan2ts(['run', '--trace', out, join(PROJECT_ROOT, 'examples', example)]);
  return JSON.parse(readFileSync(out, 'utf8')) as TraceDocument;
}

test('the_pipeline_has_a_lane_per_goroutine_and_an_arrow_per_value_received', async () => {
  const document = await traceOf('go-pipeline.go');
  const model = timelineModel(document);
  assert.deepEqual(
    model.lanes.map((lane) => lane.name),
    // generate's goroutine, square's, then generate(0)'s: function literals named by their `go` line.
    ['main', ...[10, 21, 10].map((line) => `closure at line ${line}`)],
  );
  const received = document.events.filter((e) => e.kind === 'recv' && e.ok);
  assert.equal(model.messages.length, received.length);
  assert.equal(model.messages.length, 10, '5 values through two stages');
  for (const { send, recv } of model.messages) {
    const [s, r] = [model.events[send]!, model.events[recv]!];
    assert.ok(s.kind === 'send' && r.kind === 'recv' && r.ok && r.from === s.seq && s.value === r.value);
    assert.ok(send < recv);
  }
  assert.equal(model.stall, -1);
  assert.ok(model.spans.every((span) => span.end > span.start));
});

test('the_deadlock_shows_where_every_goroutine_waits_for_ever', async () => {
  const model = timelineModel(await traceOf('go-deadlock.go'));
  assert.deepEqual(
    model.lanes.map((lane) => lane.name),
    ['main', 'square', 'square', 'square'],
  );
  assert.ok(model.stall >= 0);
  const forever = model.spans.filter((span) => span.end === -1);
  assert.deepEqual(forever.map((span) => span.lane).sort(), [0, 1, 2, 3]);
  assert.match(forever.find((span) => span.lane === 1)!.waitsOn, /^chan send on results$/);
  const blockOfWorker = forever.find((span) => span.lane === 1)!.start;
  assert.match(placeOf(model, blockOfWorker)!, /go-deadlock\.go:14:\d+$/, 'the worker sends on line 14');
});
