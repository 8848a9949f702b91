// The JavaScript for running awaits a Tokio channel operation, a oneshot receiver or a join
// handle only when its result is pending (server/translate/emit/await-operation.ts); other
// futures keep a plain await, and the TypeScript for people keeps `await` everywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../server/translate/index.js';

const PROGRAM = `use tokio::sync::{mpsc, oneshot};
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    let (reply_tx, reply_rx) = oneshot::channel();
    let worker = tokio::spawn(async move {
        tx.send(1).await.unwrap();
        reply_tx.send(2).unwrap();
    });
    let first = rx.recv().await;
    let reply = reply_rx.await.unwrap();
    worker.await.unwrap();
    sleep(Duration::from_millis(1)).await;
    println!("{:?} {}", first, reply);
}
`;

const translated = () => translate(PROGRAM, { fileName: 'main.rs', language: 'rust' });

test('javascript_awaits_mpsc_operations_only_when_pending', async () => {
  const { javascript } = await translated();
  assert.match(javascript, /\(\$op = tx\.send\(1\)\) instanceof Promise \? await \$op : \$op/);
  assert.match(javascript, /\(\$op = rx\.recv\(\)\) instanceof Promise \? await \$op : \$op/);
});

test('javascript_awaits_oneshot_receivers_and_join_handles_through_their_outcome', async () => {
  const { javascript } = await translated();
  assert.match(javascript, /\(\$op = \(replyRx\)\.outcome\(\)\) instanceof Promise \? await \$op : \$op/);
  assert.match(javascript, /\(\$op = \(worker\)\.outcome\(\)\) instanceof Promise \? await \$op : \$op/);
});

test('javascript_keeps_a_plain_await_for_other_futures', async () => {
  const { javascript } = await translated();
  assert.match(javascript, /await sleep\(/);
});

test('typescript_keeps_await_for_people', async () => {
  const { typescript } = await translated();
  assert.match(typescript, /await tx\.send\(1\)/);
  assert.match(typescript, /await rx\.recv\(\)/);
  assert.match(typescript, /await replyRx\b/);
  assert.doesNotMatch(typescript, /\$op|outcome\(\)/);
});
