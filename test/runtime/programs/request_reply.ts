// Request/reply over a channel of channels: each request carries the channel its reply
// goes to, so one server goroutine answers many clients.
import { close, fmt, go, makeChan, recv, runMain, sync, type Chan } from '../../../runtime/src/go/index.js';

interface Request {
  n: number;
  reply: Chan<number> | null;
}

async function server(requests: Chan<Request>): Promise<void> {
  for await (const req of requests) {
    await req.reply!.send(req.n * req.n);
  }
}

runMain(async () => {
  const requests = makeChan<Request>(0, { n: 0, reply: null }, 'requests', 'chan main.request');
  go(server, requests);

  // One client, one question at a time.
  for (let n = 1; n <= 3; n++) {
    const reply = makeChan<number>(0, 0, 'reply', 'chan int');
    await requests.send({ n, reply });
    fmt.printf('%d squared is %d\n', n, await reply.recv());
  }

  // Five clients at once; each reply lands in its own slot.
  const answers = new Array<number>(5).fill(0);
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 5; i++) {
    wg.add(1);
    go(async () => {
      try {
        const reply = makeChan<number>(0, 0, 'reply', 'chan int');
        await requests.send({ n: 10 + i, reply });
        answers[i] = await reply.recv();
      } finally {
        wg.done();
      }
    });
  }
  await wg.wait();
  close(requests);
  fmt.println('answers:', answers);

  // A chan of chan: the replies themselves travel on a channel.
  const replies = makeChan<Chan<string> | null>(2, null, 'replies', 'chan chan string');
  for (const name of ['alpha', 'beta']) {
    const r = makeChan<string>(1, '', 'r', 'chan string');
    await r.send('hello, ' + name);
    await replies.send(r);
  }
  close(replies);
  for await (const r of replies) {
    fmt.println(await recv(r));
  }
});
