// What a trace records of Tokio's broadcast and watch channels, select! and spawned tasks'
// names (docs/trace-format.md, version 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  broadcast,
  JoinSet,
  PENDING,
  select,
  spawn,
  watch,
  yieldNow,
  type Selectable,
} from '../../runtime/src/tokio/index.js';
import { traceProblems } from '../support/trace-checks.js';
import { ofKind, tracedTokio } from '../support/traced-tokio.js';

test('broadcast_send_records_one_receive_per_subscriber', async () => {
  const { code, events } = await tracedTokio(async () => {
    const [tx, first] = broadcast.channel<number>(4);
    const second = tx.subscribe();
    const a = spawn(async () => (await first.recv()).unwrap());
    const b = spawn(async () => (await second.recv()).unwrap());
    tx.send(7).unwrap();
    await a;
    await b;
  });
  assert.equal(code, 0);
  assert.deepEqual(traceProblems(events), []);
  const [make] = ofKind(events, 'chan-make');
  assert.equal(make?.chanKind, 'broadcast');
  const sends = ofKind(events, 'send');
  assert.deepEqual(
    sends.map((send) => send.value),
    ['7'],
  );
  const receives = ofKind(events, 'recv');
  assert.deepEqual(
    receives.map((recv) => (recv.ok ? [recv.value, recv.from] : null)),
    [
      ['7', sends[0]!.seq],
      ['7', sends[0]!.seq],
    ],
  );
  assert.deepEqual(receives.map((recv) => recv.task).sort(), [1, 2]);
});

test('broadcast_capacity_is_recorded_rounded_up_to_a_power_of_two', async () => {
  const { events } = await tracedTokio(() => {
    broadcast.channel<number>(3);
  });
  assert.equal(ofKind(events, 'chan-make')[0]?.capacity, 4);
});

test('broadcast_lagged_receiver_records_how_many_values_it_skipped', async () => {
  const { stdout, events } = await tracedTokio(async () => {
    const [tx, rx] = broadcast.channel<number>(2);
    for (const value of [0, 1, 2, 3]) tx.send(value).unwrap();
    // Capacity 2 keeps 2 and 3: the receiver skips 0 and 1, then reads 2.
    assert.ok((await rx.recv()).isErr());
    assert.equal((await rx.recv()).unwrap(), 2);
  });
  assert.equal(stdout, '');
  assert.deepEqual(traceProblems(events), []);
  const lagged = ofKind(events, 'lagged');
  assert.deepEqual(
    lagged.map((event) => event.skipped),
    [2],
  );
  const [recv] = ofKind(events, 'recv');
  assert.ok(recv?.ok && recv.seq > lagged[0]!.seq);
  assert.equal(events[recv.from]?.kind, 'send');
  assert.equal((events[recv.from] as { value: string }).value, '2');
});

test('broadcast_last_sender_drop_records_drop_sender_then_a_receive_without_value', async () => {
  const { events } = await tracedTokio(async () => {
    const [tx, rx] = broadcast.channel<number>(2);
    const copy = tx.clone();
    tx.send(1).unwrap();
    tx.drop();
    copy.drop();
    (await rx.recv()).unwrap();
    assert.ok((await rx.recv()).isErr());
  });
  const kinds = events.filter((e) => ['send', 'recv', 'drop-sender'].includes(e.kind));
  assert.deepEqual(
    kinds.map((e) => (e.kind === 'recv' ? `recv ${e.ok}` : e.kind)),
    ['send', 'drop-sender', 'recv true', 'recv false'],
  );
});

test('watch_changed_receives_only_the_latest_value', async () => {
  const { events } = await tracedTokio(async () => {
    const [tx, rx] = watch.channel(0);
    tx.send(1).unwrap();
    tx.send(2).unwrap();
    (await rx.changed()).unwrap();
    assert.equal(rx.borrow(), 2);
  });
  assert.deepEqual(traceProblems(events), []);
  assert.equal(ofKind(events, 'chan-make')[0]?.chanKind, 'watch');
  const sends = ofKind(events, 'send');
  assert.deepEqual(
    sends.map((send) => send.value),
    ['1', '2'],
  );
  const receives = ofKind(events, 'recv');
  assert.equal(receives.length, 1);
  assert.ok(receives[0]!.ok);
  assert.equal(receives[0].value, '2');
  assert.equal(receives[0].from, sends[1]!.seq);
});

test('watch_sender_drop_records_drop_sender_and_the_failed_changed', async () => {
  const { events } = await tracedTokio(async () => {
    const [tx, rx] = watch.channel('idle');
    tx.drop();
    assert.ok((await rx.changed()).isErr());
  });
  const kinds = events.filter((e) => e.kind === 'drop-sender' || e.kind === 'recv');
  assert.deepEqual(
    kinds.map((e) => (e.kind === 'recv' ? `recv ${e.ok}` : e.kind)),
    ['drop-sender', 'recv false'],
  );
});

test('watch_two_receivers_each_receive_the_same_send', async () => {
  const { events } = await tracedTokio(async () => {
    const [tx, rx] = watch.channel(0);
    const other = rx.clone();
    tx.send(5).unwrap();
    (await rx.changed()).unwrap();
    (await other.changed()).unwrap();
  });
  assert.deepEqual(traceProblems(events), []);
  const [send] = ofKind(events, 'send');
  const froms = ofKind(events, 'recv').map((recv) => (recv.ok ? recv.from : -1));
  assert.deepEqual(froms, [send!.seq, send!.seq]);
});

function never(): Selectable<never> {
  return { poll: () => PENDING, subscribe() {}, unsubscribe() {}, describe: () => 'a future that never completes' };
}

function readyWith<T>(value: T): Selectable<T> {
  return { poll: () => value, subscribe() {}, unsubscribe() {}, describe: () => 'a ready future' };
}

test('select_records_the_branch_it_took', async () => {
  const { events } = await tracedTokio(async () => {
    const taken = await select([{ op: never() }, { op: readyWith('x') }, { op: never() }]);
    assert.equal(taken.index, 1);
  });
  const selects = ofKind(events, 'select');
  assert.deepEqual(
    selects.map(({ cases, ready, chosen }) => ({ cases, ready, chosen })),
    [{ cases: 3, ready: [1], chosen: 1 }],
  );
});

test('select_that_waited_records_the_branch_that_woke_it', async () => {
  const { events } = await tracedTokio(async () => {
    const [tx, rx] = watch.channel(0);
    spawn(async () => {
      await yieldNow();
      tx.send(1).unwrap();
    });
    const taken = await select([{ op: never() }, { op: rx.changedOp() }]);
    assert.equal(taken.index, 1);
  });
  const main = events.filter((e) => e.task === 0 && ['block', 'wake', 'recv', 'select'].includes(e.kind));
  assert.deepEqual(
    main.map((e) => e.kind),
    ['block', 'wake', 'recv', 'select'],
  );
  assert.equal(ofKind(events, 'select')[0]?.chosen, 1);
});

test('select_else_records_chosen_minus_one', async () => {
  const { events } = await tracedTokio(async () => {
    const taken = await select([{ op: null }, { op: null }], { hasElse: true });
    assert.equal(taken.index, -1);
  });
  const [selected] = ofKind(events, 'select');
  assert.deepEqual(
    { cases: selected?.cases, ready: selected?.ready, chosen: selected?.chosen },
    { cases: 2, ready: [], chosen: -1 },
  );
});

test('spawned_task_is_named_by_the_function_it_runs_and_an_async_block_has_no_name', async () => {
  const { events } = await tracedTokio(async () => {
    const worker = async (): Promise<void> => {};
    await spawn(() => worker(), [], 'worker');
    await spawn(async () => {});
  });
  const names = ofKind(events, 'task-start').map((start) => start.name);
  assert.deepEqual(names, ['main', 'worker', '']);
});

test('join_set_task_is_named_by_the_function_it_runs_and_an_async_block_has_no_name', async () => {
  const { events } = await tracedTokio(async () => {
    const set = new JoinSet<number>();
    const worker = async (): Promise<number> => 1;
    set.spawn(() => worker(), [], 'worker');
    set.spawn(async () => 2);
    while ((await set.joinNext()) !== undefined);
  });
  const names = ofKind(events, 'task-start').map((start) => start.name);
  assert.deepEqual(names, ['main', 'worker', '']);
});
