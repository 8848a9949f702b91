// Conformance of the context package with Go's: cancellation, deadlines, values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type Chan, context, errors, fmt, go, makeChan, recvCase, select, time } from '../../runtime/src/go/index.js';
import { runProgram } from '../support/run-program.js';

const ms = time.millisecond;

/** 'closed' when done is closed now (a receive gives ok false at once), else 'open'. */
async function doneState(done: Chan<object> | null): Promise<'closed' | 'open'> {
  const s = await select([recvCase(done)], true);
  if (s.index === -1) return 'open';
  return s.ok ? 'open' : 'closed';
}

function errText(err: { Error(): string } | null): string {
  return err === null ? '<nil>' : err.Error();
}

test('background has a nil done channel and a nil err', () => {
  const ctx = context.background();
  assert.equal(ctx.done(), null);
  assert.equal(ctx.err(), null);
});

test('cancel closes done and sets err to Canceled ("context canceled")', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const [ctx, cancel] = context.withCancel(context.background());
    fmt.println(await doneState(ctx.done()), errText(ctx.err()));
    cancel();
    fmt.println(await doneState(ctx.done()), ctx.err() === context.Canceled, errText(ctx.err()));
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'open <nil>\nclosed true context canceled\n');
});

test('cancel wakes a goroutine waiting on done', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const [ctx, cancel] = context.withCancel(context.background());
    const finished = makeChan<string>(0, '');
    go(async () => {
      const [, ok] = await ctx.done()!.recvOk();
      await finished.send(`done closed: ${!ok}`);
    });
    await time.sleep(2 * ms);
    cancel();
    fmt.println(await finished.recv());
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'done closed: true\n');
});

test('cancelling a parent cancels its children and grandchildren', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const [parent, cancel] = context.withCancel(context.background());
    const [child] = context.withCancel(parent);
    const [grandchild] = context.withCancel(context.withValue(child, 'k', 'v'));
    cancel();
    fmt.println(await doneState(child.done()), errText(child.err()));
    fmt.println(await doneState(grandchild.done()), errText(grandchild.err()));
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'closed context canceled\nclosed context canceled\n');
});

test('cancelling a child leaves its parent running', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const [parent, cancelParent] = context.withCancel(context.background());
    const [child, cancelChild] = context.withCancel(parent);
    cancelChild();
    fmt.println(await doneState(child.done()), errText(child.err()));
    fmt.println(await doneState(parent.done()), errText(parent.err()));
    cancelParent();
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'closed context canceled\nopen <nil>\n');
});

test('withTimeout cancels with DeadlineExceeded ("context deadline exceeded") when the time is up', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const [ctx, cancel] = context.withTimeout(context.background(), 5 * ms);
    await ctx.done()!.recv();
    fmt.println(ctx.err() === context.DeadlineExceeded, errText(ctx.err()));
    cancel();
    fmt.println(errText(ctx.err())); // a later cancel does not change the error
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'true context deadline exceeded\ncontext deadline exceeded\n');
});

test('cancel before the timeout gives Canceled, not DeadlineExceeded', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const [ctx, cancel] = context.withTimeout(context.background(), 40 * ms);
    fmt.println(errText(ctx.err()));
    cancel();
    await time.sleep(50 * ms); // past the deadline: the stopped timer does not change err
    fmt.println(errText(ctx.err()));
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, '<nil>\ncontext canceled\n');
});

test('a child of an already cancelled parent starts cancelled', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const [parent, cancel] = context.withCancel(context.background());
    cancel();
    const [child, cancelChild] = context.withCancel(parent);
    fmt.println(await doneState(child.done()), errText(child.err()));
    const [timed, cancelTimed] = context.withTimeout(parent, time.hour);
    fmt.println(await doneState(timed.done()), errText(timed.err()));
    cancelChild();
    cancelTimed();
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'closed context canceled\nclosed context canceled\n');
});

test('value lookups walk up through the parents', () => {
  const root = context.withValue(context.background(), 'user', 'gopher');
  const [mid, cancel] = context.withCancel(root);
  const leaf = context.withValue(mid, 'request', 42);
  const shadow = context.withValue(leaf, 'user', 'ferris');
  assert.equal(leaf.value('request'), 42);
  assert.equal(leaf.value('user'), 'gopher');
  assert.equal(shadow.value('user'), 'ferris');
  assert.equal(leaf.value('user'), 'gopher');
  assert.equal(mid.value('request'), null);
  assert.equal(leaf.value('missing'), null);
  cancel();
});

test("errors.is recognises a cancelled context's err as context.Canceled", async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const [ctx, cancel] = context.withCancel(context.background());
    cancel();
    const err = ctx.err();
    fmt.println(errors.is(err, context.Canceled), errors.is(err, context.DeadlineExceeded));
    fmt.println(errors.is(fmt.errorf('fetch: %w', err), context.Canceled));
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'true false\ntrue\n');
});
