import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  Chan,
  go,
  gosched,
  makeChan,
  recvCase,
  select,
  sendCase,
  sync,
  type SelectCase,
} from '../../runtime/src/go/index.js';
import { runProgram } from '../support/run-program.js';

interface Scenario {
  capacities: number[];
  producers: { values: number; spread: boolean[] }[];
  consumers: number;
  yields: boolean[];
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
  producers: fc.array(
    fc.record({
      values: fc.integer({ min: 0, max: 25 }),
      spread: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  consumers: fc.integer({ min: 1, max: 3 }),
  yields: fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }),
});

/**
 * Producers offer each value to several channels at once through select send cases;
 * consumers select over every channel, dropping each from the select (a nil case) once it
 * is closed. Whatever the interleaving, every value must arrive exactly once.
 */
async function exchange(s: Scenario): Promise<{ sent: number[]; received: number[] }> {
  const sent: number[] = [];
  const received: number[] = [];
  let step = 0;
  const maybeYield = async () => {
    if (s.yields[step++ % s.yields.length]) await gosched();
  };
  await runProgram(async () => {
    const chans = s.capacities.map((c) => makeChan<number>(c, -1));
    const producersDone = new sync.WaitGroup();
    const consumersDone = new sync.WaitGroup();
    s.producers.forEach((p, pi) => {
      producersDone.add(1);
      go(async () => {
        for (let k = 0; k < p.values; k++) {
          const value = pi * 1000 + k;
          const targets = chans.filter((_, ci) => p.spread[(k + ci) % p.spread.length] || ci === k % chans.length);
          sent.push(value);
          await select(targets.map((ch) => sendCase(ch, value)));
          await maybeYield();
        }
        producersDone.done();
      });
    });
    for (let c = 0; c < s.consumers; c++) {
      consumersDone.add(1);
      go(async () => {
        const open: (Chan<number> | null)[] = [...chans];
        while (open.some((ch) => ch !== null)) {
          const cases: SelectCase[] = open.map((ch) => recvCase(ch));
          const r = await select(cases);
          if (r.ok) received.push(r.value as number);
          else open[r.index] = null;
          await maybeYield();
        }
        consumersDone.done();
      });
    }
    await producersDone.wait();
    for (const ch of chans) ch.close();
    await consumersDone.wait();
  });
  return { sent, received };
}

test('under random interleavings select never loses, duplicates or misdelivers a value', async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async (s) => {
      const { sent, received } = await exchange(s);
      assert.deepEqual(
        [...received].sort((a, b) => a - b),
        [...sent].sort((a, b) => a - b),
      );
    }),
    { numRuns: 200 },
  );
});
