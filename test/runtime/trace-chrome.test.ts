// The Chrome trace event format's flows (runtime/src/trace/chrome.ts): one per receive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { broadcast, spawn } from '../../runtime/src/tokio/index.js';
import { chromeTrace } from '../../runtime/src/trace/chrome.js';
import { tracedTokio } from '../support/traced-tokio.js';

test('chrome_trace_starts_a_flow_per_receive_of_a_broadcast_send', async () => {
  const { events } = await tracedTokio(async () => {
    const [tx, first] = broadcast.channel<string>(2);
    const second = tx.subscribe();
    const a = spawn(async () => (await first.recv()).unwrap());
    const b = spawn(async () => (await second.recv()).unwrap());
    tx.send('tick').unwrap();
    tx.send('unread').unwrap();
    await a;
    await b;
  });
  const { traceEvents } = chromeTrace(events, 'broadcast');
  const starts = traceEvents.filter((e) => e.ph === 's');
  const finishes = traceEvents.filter((e) => e.ph === 'f');
  // Two receivers took "tick"; nobody took "unread", which starts no flow.
  assert.equal(starts.length, 2);
  assert.deepEqual(starts.map((e) => e.id).sort(), finishes.map((e) => e.id).sort());
  assert.equal(new Set(starts.map((e) => e.tid)).size, 1, 'both flows start at the one send');
  assert.equal(new Set(finishes.map((e) => e.tid)).size, 2, 'each flow ends in its receiver');
});
