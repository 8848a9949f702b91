import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fmt, go, makeChan, recvCase, select, sync, time } from '../../runtime/src/go/index.js';
import { runProgram } from '../support/run-program.js';

const HEADER = 'fatal error: all goroutines are asleep - deadlock!';

test('main receiving from a channel nobody sends on is a deadlock', async () => {
  const { code, stderr } = await runProgram(async () => {
    await makeChan<number>(0, 0, 'results', 'chan int').recv();
  });
  assert.equal(code, 2);
  assert.equal(stderr.split('\n')[0], HEADER);
  assert.match(stderr, /goroutine 1 \[chan receive\]:\nmain\.main\(\)\n\twaiting on results \(chan int, unbuffered\)/);
});

test('an unbuffered send with no receiver is a deadlock', async () => {
  const { code, stderr } = await runProgram(async () => {
    await makeChan<number>(0, 0, 'ch', 'chan int').send(1);
  });
  assert.equal(code, 2);
  assert.match(stderr, /goroutine 1 \[chan send\]:/);
});

test('the report lists every blocked goroutine with what it waits on', async () => {
  const { stderr } = await runProgram(async function main() {
    const jobs = makeChan<number>(1, 0, 'jobs', 'chan int');
    await jobs.send(1);
    const wg = new sync.WaitGroup();
    wg.add(1);
    go(async function worker() {
      await jobs.send(2);
    });
    await wg.wait();
  });
  assert.equal(stderr.split('\n')[0], HEADER);
  assert.match(stderr, /goroutine 1 \[semacquire\]:\nmain\.main\(\)\n\twaiting on sync\.WaitGroup \(counter 1\)/);
  assert.match(
    stderr,
    /goroutine 6 \[chan send\]:\nmain\.worker\(\)\n\twaiting on jobs \(chan int, buffer 1\/1\)\ncreated by main\.main in goroutine 1/,
  );
});

test('a goroutine blocked in select is reported with the channels of its cases', async () => {
  const { stderr } = await runProgram(async () => {
    const a = makeChan<number>(0, 0, 'a', 'chan int');
    const b = makeChan<string>(0, '', 'b', 'chan string');
    await select([recvCase(a), recvCase(b)]);
  });
  assert.match(
    stderr,
    /goroutine 1 \[select\]:\nmain\.main\(\)\n\twaiting on a \(chan int, unbuffered\), b \(chan string, unbuffered\)/,
  );
});

test('a mutex locked twice is reported as sync.Mutex.Lock', async () => {
  const { code, stderr } = await runProgram(async () => {
    const mu = new sync.Mutex();
    await mu.lock();
    await mu.lock();
  });
  assert.equal(code, 2);
  assert.match(stderr, /goroutine 1 \[sync\.Mutex\.Lock\]/);
});

test('a sleeping goroutine is not a deadlock', async () => {
  const { code, stdout } = await runProgram(async () => {
    const ch = makeChan<string>(0, '');
    go(async () => {
      await time.sleep(5 * time.millisecond);
      await ch.send('woke');
    });
    fmt.println(await ch.recv());
  });
  assert.equal(code, 0);
  assert.equal(stdout, 'woke\n');
});

test('a deadlock among goroutines is found once main blocks too', async () => {
  const { code, stderr } = await runProgram(async () => {
    const a = makeChan<number>(0, 0, 'a');
    const b = makeChan<number>(0, 0, 'b');
    go(async () => {
      await a.recv();
      await b.send(1);
    });
    await b.recv();
  });
  assert.equal(code, 2);
  assert.match(stderr, /goroutine 1 \[chan receive\]/);
  assert.match(stderr, /goroutine 6 \[chan receive\]/);
});

test('blocked goroutines are no deadlock while main still runs', async () => {
  const { code, stdout } = await runProgram(async () => {
    go(async () => makeChan<number>(0, 0).recv());
    await time.sleep(2 * time.millisecond);
    fmt.println('main finished');
  });
  assert.equal(code, 0);
  assert.equal(stdout, 'main finished\n');
});
