// The order in which goroutines run is Go's with GOMAXPROCS=1: a new or woken goroutine takes
// the runnext slot, the run queue is FIFO, runtime.Gosched goes to the global queue behind it.
// test/corpus/go-gomaxprocs1/ checks the same against real Go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, gosched, makeChan, sync } from '../../runtime/src/go/index.js';
import { runProgram } from '../support/run-program.js';

test('new_goroutine_runs_before_earlier_runnable_ones', async () => {
  const order: string[] = [];
  await runProgram(async () => {
    const wg = new sync.WaitGroup();
    for (const name of ['a', 'b', 'c']) {
      wg.add(1);
      go(() => {
        order.push(name);
        wg.done();
      });
    }
    await wg.wait();
  });
  assert.deepEqual(order, ['c', 'a', 'b']);
});

test('woken_receiver_runs_next', async () => {
  const order: string[] = [];
  await runProgram(async () => {
    const wg = new sync.WaitGroup();
    const ch = makeChan<number>(0, 0);
    wg.add(3);
    go(async () => {
      await ch.recv();
      order.push('receiver');
      wg.done();
    });
    await gosched(); // the receiver parks on ch
    for (const name of ['x', 'y']) {
      go(() => {
        order.push(name);
        wg.done();
      });
    }
    await ch.send(1); // wakes the receiver: it takes runnext from y
    await wg.wait();
  });
  assert.deepEqual(order, ['receiver', 'x', 'y']);
});

test('gosched_goes_to_the_back_of_the_queue', async () => {
  const order: string[] = [];
  await runProgram(async () => {
    const wg = new sync.WaitGroup();
    wg.add(2);
    go(() => {
      order.push('a');
      // Both come after the yielding goroutine in time, and both run before it goes on.
      go(() => order.push('c'));
      go(() => order.push('d'));
      wg.done();
    });
    go(async () => {
      order.push('b1');
      await gosched();
      order.push('b2');
      wg.done();
    });
    await wg.wait();
  });
  assert.deepEqual(order, ['b1', 'a', 'd', 'c', 'b2']);
});
