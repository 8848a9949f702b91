// watch::Sender::send_if_modified (runtime/src/tokio/watch.ts): the closure changes the value in
// place and says whether it did; only then do receivers see a new version. From Tokio 1.24.2's
// src/sync/watch.rs (the send_if_modified example).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watch } from '../../runtime/src/tokio/index.js';

const incrementIfOdd = (state: { counter: number }) => {
  if (state.counter % 2 === 1) {
    state.counter += 1;
    return true;
  }
  return false;
};

test('send_if_modified_marks_a_new_version_when_the_closure_says_it_changed', () => {
  const [tx, rx] = watch.channel({ counter: 1 });
  assert.equal(tx.sendIfModified(incrementIfOdd), true);
  assert.equal(rx.hasChanged().unwrap(), true);
  assert.equal(rx.borrowAndUpdate().counter, 2);
});

test('send_if_modified_leaves_receivers_unchanged_when_the_closure_says_no', () => {
  const [tx, rx] = watch.channel({ counter: 2 });
  assert.equal(tx.sendIfModified(incrementIfOdd), false);
  assert.equal(rx.hasChanged().unwrap(), false);
  assert.equal(rx.borrow().counter, 2);
});

test('send_if_modified_runs_without_receivers', () => {
  const [tx, rx] = watch.channel({ counter: 3 });
  rx.drop();
  assert.equal(tx.sendIfModified(incrementIfOdd), true);
  assert.equal(tx.borrow().counter, 4);
});
