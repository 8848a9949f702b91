// context.WithCancel stops a group of workers; context.WithTimeout gives up on slow work.
import {
  context,
  errors,
  fmt,
  go,
  makeChan,
  recv,
  recvCase,
  runMain,
  select,
  time,
  type Chan,
} from '../../../runtime/src/go/index.js';

async function worker(ctx: context.Context, id: number, report: Chan<string>): Promise<void> {
  for (;;) {
    const s = await select([recvCase(ctx.done()), recvCase(time.after(2 * time.millisecond))]);
    if (s.index === 0) {
      await report.send(fmt.sprintf('worker %d stopped: %v', id, ctx.err()));
      return;
    }
    // one unit of work
  }
}

runMain(async () => {
  const [ctx, cancel] = context.withCancel(context.background());
  fmt.println('before cancel:', ctx.err());
  const report = makeChan<string>(0, '', 'report', 'chan string');
  for (let id = 1; id <= 3; id++) {
    go(worker, ctx, id, report);
  }
  await time.sleep(20 * time.millisecond);
  cancel();
  const lines: string[] = [];
  for (let i = 0; i < 3; i++) {
    lines.push(await report.recv());
  }
  lines.sort();
  for (const line of lines) {
    fmt.println(line);
  }
  fmt.println('after cancel:', ctx.err());
  cancel(); // cancelling twice is harmless

  const [tctx, tcancel] = context.withTimeout(context.background(), 30 * time.millisecond);
  try {
    const s = await select([recvCase(time.after(2 * time.second)), recvCase(tctx.done())]);
    if (s.index === 0) fmt.println('slow work finished');
    else fmt.println('gave up:', tctx.err());
    fmt.println('deadline exceeded?', errors.is(tctx.err(), context.DeadlineExceeded));
    fmt.println('canceled?', errors.is(tctx.err(), context.Canceled));

    // A child of a cancelled parent is cancelled too.
    const [parent, cancelParent] = context.withCancel(context.background());
    const [child, cancelChild] = context.withTimeout(parent, time.hour);
    try {
      cancelParent();
      await recv(child.done());
      fmt.println('child:', child.err());
    } finally {
      cancelChild();
    }
  } finally {
    tcancel();
  }
});
