import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cap, close, fmt, go, gosched, len, makeChan, recv, recvOk, send } from '../../runtime/src/go/index.js';
import { runProgram } from '../support/run-program.js';

test('unbuffered send completes only when a receiver takes the value', async () => {
  const events: string[] = [];
  const { code } = await runProgram(async () => {
    const ch = makeChan<number>(0, 0);
    const done = makeChan<boolean>(0, false);
    go(async () => {
      await ch.send(1);
      events.push('sent');
      await done.send(true);
    });
    for (let i = 0; i < 5; i++) await gosched();
    events.push('receiving');
    events.push(`got ${await ch.recv()}`);
    await done.recv();
  });
  assert.equal(code, 0);
  assert.deepEqual(events.slice(0, 2), ['receiving', 'got 1']);
  assert.ok(events.includes('sent'));
});

test('buffered send does not wait while there is room', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<number>(3, 0);
    await ch.send(1);
    await ch.send(2);
    await ch.send(3);
    fmt.println(ch.len(), ch.cap());
  });
  assert.equal(stdout, '3 3\n');
});

test('buffered send waits when the buffer is full until a value is received', async () => {
  const events: string[] = [];
  await runProgram(async () => {
    const ch = makeChan<number>(1, 0);
    const done = makeChan<boolean>(0, false);
    go(async () => {
      await ch.send(1);
      events.push('first sent');
      await ch.send(2);
      events.push('second sent');
      await done.send(true);
    });
    for (let i = 0; i < 5; i++) await gosched();
    events.push('receiving');
    await ch.recv();
    await done.recv();
  });
  assert.deepEqual(events, ['first sent', 'receiving', 'second sent']);
});

test('values come out in the order they were sent', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<number>(4, 0);
    go(async () => {
      for (let i = 0; i < 10; i++) await ch.send(i);
      ch.close();
    });
    const got: number[] = [];
    for await (const v of ch) got.push(v);
    fmt.println(got);
  });
  assert.equal(stdout, '[0 1 2 3 4 5 6 7 8 9]\n');
});

test('blocked senders are served in arrival order', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<string>(0, '');
    for (const name of ['a', 'b', 'c']) {
      go(async () => ch.send(name));
      await gosched();
    }
    fmt.println(await ch.recv(), await ch.recv(), await ch.recv());
  });
  assert.equal(stdout, 'a b c\n');
});

test('receive on a closed drained channel gives the zero value and ok false', async () => {
  const { stdout } = await runProgram(async () => {
    const ints = makeChan<number>(0, 0);
    const strings = makeChan<string>(2, '');
    ints.close();
    strings.close();
    const [v, ok] = await ints.recvOk();
    const [s, ok2] = await strings.recvOk();
    fmt.printf('%d %t %q %t\n', v, ok, s, ok2);
  });
  assert.equal(stdout, '0 false "" false\n');
});

test('buffered values stay receivable after close', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<number>(3, 0);
    await ch.send(7);
    await ch.send(8);
    ch.close();
    fmt.println(await ch.recvOk(), await ch.recvOk(), await ch.recvOk());
  });
  assert.equal(stdout, '[7 true] [8 true] [0 false]\n');
});

test('close wakes every waiting receiver', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<number>(0, 0);
    const results = makeChan<string>(3, '');
    for (let i = 0; i < 3; i++) {
      go(async () => {
        const [, ok] = await ch.recvOk();
        await results.send(`woken ok=${ok}`);
      });
    }
    for (let i = 0; i < 5; i++) await gosched();
    close(ch);
    fmt.println(await results.recv(), await results.recv(), await results.recv());
  });
  assert.equal(stdout, 'woken ok=false woken ok=false woken ok=false\n');
});

test('close makes a waiting sender panic', async () => {
  const { code, stderr } = await runProgram(async () => {
    const ch = makeChan<number>(0, 0);
    go(async () => ch.send(1));
    await gosched();
    ch.close();
    await gosched();
    await gosched();
  });
  assert.equal(code, 2);
  assert.match(stderr, /^panic: send on closed channel\n\ngoroutine 6 \[running\]:/);
});

test("send on a closed channel panics with Go's message", async () => {
  const { code, stderr } = await runProgram(async () => {
    const ch = makeChan<number>(1, 0);
    ch.close();
    await ch.send(1);
  });
  assert.equal(code, 2);
  assert.equal(stderr.split('\n')[0], 'panic: send on closed channel');
});

test('close of a closed channel panics', async () => {
  const { code, stderr } = await runProgram(async () => {
    const ch = makeChan<number>(0, 0);
    ch.close();
    ch.close();
  });
  assert.equal(code, 2);
  assert.equal(stderr.split('\n')[0], 'panic: close of closed channel');
});

test('close of a nil channel panics', async () => {
  const { code, stderr } = await runProgram(async () => {
    close(null);
  });
  assert.equal(code, 2);
  assert.equal(stderr.split('\n')[0], 'panic: close of nil channel');
});

test('len and cap of a nil channel are zero', () => {
  assert.equal(len(null), 0);
  assert.equal(cap(null), 0);
});

test('len of a string counts UTF-8 bytes', () => {
  assert.equal(len('héllo'), 6);
  assert.equal(len('🙂'), 4);
});

test('a negative buffer size panics', async () => {
  const { code, stderr } = await runProgram(async () => {
    makeChan<number>(-1, 0);
  });
  assert.equal(code, 2);
  assert.equal(stderr.split('\n')[0], 'panic: makechan: size out of range');
});

test('receive on a nil channel blocks forever', async () => {
  const { code, stderr } = await runProgram(async () => {
    await recv(null);
  });
  assert.equal(code, 2);
  assert.match(stderr, /goroutine 1 \[chan receive \(nil chan\)\]/);
});

test('send on a nil channel blocks forever', async () => {
  const { code, stderr } = await runProgram(async () => {
    await send(null, 1);
  });
  assert.equal(code, 2);
  assert.match(stderr, /goroutine 1 \[chan send \(nil chan\)\]/);
});

test('receive-with-ok on a nil channel blocks forever', async () => {
  const { code } = await runProgram(async () => {
    await recvOk(null);
  });
  assert.equal(code, 2);
});

test('ranging over a channel ends at close after every value', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<string>(0, '');
    go(async () => {
      for (const w of ['x', 'y', 'z']) await ch.send(w);
      close(ch);
    });
    let seen = '';
    for await (const w of ch) seen += w;
    fmt.println(seen, 'done');
  });
  assert.equal(stdout, 'xyz done\n');
});
