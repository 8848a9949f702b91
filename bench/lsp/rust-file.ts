/**
 * A deterministic Tokio file of exactly `lines` lines for the language-server bench: units of
 * a bounded producer/consumer pipeline, an unbounded fan-in with cloned senders, a oneshot
 * request/reply and a select loop with a timeout, each numbered, and a main that runs them.
 */

type Unit = (k: number) => string[];

const pipeline: Unit = (k) => [
  `async fn pipeline_${k}(n: u32) -> u32 {`,
  `    let (tx, mut rx) = mpsc::channel::<u32>(${(k % 7) + 1});`,
  `    let producer = tokio::spawn(async move {`,
  `        for i in 0..n {`,
  `            if tx.send(i * ${(k % 5) + 2}).await.is_err() {`,
  `                break;`,
  `            }`,
  `        }`,
  `    });`,
  `    let mut total = 0;`,
  `    while let Some(v) = rx.recv().await {`,
  `        total += v % ${(k % 9) + 3};`,
  `    }`,
  `    producer.await.unwrap();`,
  `    total`,
  `}`,
  ``,
];

const fanIn: Unit = (k) => [
  `async fn fan_in_${k}(workers: u32) -> usize {`,
  `    let (tx, mut rx) = mpsc::unbounded_channel::<String>();`,
  `    for w in 0..workers {`,
  `        let tx = tx.clone();`,
  `        tokio::spawn(async move {`,
  `            tx.send(format!("worker {} of unit ${k}", w)).unwrap();`,
  `        });`,
  `    }`,
  `    drop(tx);`,
  `    let mut seen = 0;`,
  `    while let Some(line) = rx.recv().await {`,
  `        seen += line.len();`,
  `    }`,
  `    seen`,
  `}`,
  ``,
];

const requestReply: Unit = (k) => [
  `async fn request_${k}(x: u64) -> u64 {`,
  `    let (reply_tx, reply_rx) = oneshot::channel::<u64>();`,
  `    tokio::spawn(async move {`,
  `        let _ = reply_tx.send(x * ${k + 1});`,
  `    });`,
  `    match reply_rx.await {`,
  `        Ok(v) => v,`,
  `        Err(_) => 0,`,
  `    }`,
  `}`,
  ``,
];

const selectLoop: Unit = (k) => [
  `async fn select_${k}() -> u32 {`,
  `    let (tx, mut rx) = mpsc::channel::<u32>(4);`,
  `    tokio::spawn(async move {`,
  `        for i in 0..3 {`,
  `            tx.send(i).await.unwrap();`,
  `        }`,
  `    });`,
  `    let mut sum = 0;`,
  `    loop {`,
  `        tokio::select! {`,
  `            v = rx.recv() => match v {`,
  `                Some(v) => sum += v,`,
  `                None => break,`,
  `            },`,
  `            _ = sleep(Duration::from_millis(${10 + (k % 40)})) => break,`,
  `        }`,
  `    }`,
  `    sum`,
  `}`,
  ``,
];

const UNITS: { unit: Unit; call: (k: number) => string }[] = [
  { unit: pipeline, call: (k) => `    println!("{}", pipeline_${k}(${(k % 11) + 5}).await);` },
  { unit: fanIn, call: (k) => `    println!("{}", fan_in_${k}(${(k % 4) + 2}).await);` },
  { unit: requestReply, call: (k) => `    println!("{}", request_${k}(${k}).await);` },
  { unit: selectLoop, call: (k) => `    println!("{}", select_${k}().await);` },
];

export function generateRustFile(lines: number): string {
  const head = ['use std::time::Duration;', 'use tokio::sync::{mpsc, oneshot};', 'use tokio::time::sleep;', ''];
  const body: string[] = [];
  const calls: string[] = [];
  // main: `#[tokio::main]`, `async fn main() {`, the calls, `}`.
  for (let k = 0; ; k++) {
    const { unit, call } = UNITS[k % UNITS.length]!;
    const next = unit(k);
    if (head.length + body.length + next.length + calls.length + 1 + 3 > lines) break;
    body.push(...next);
    calls.push(call(k));
  }
  const out = [...head, ...body, '#[tokio::main]', 'async fn main() {', ...calls, '}'];
  while (out.length < lines) out.splice(head.length - 1, 0, '// padding');
  return out.join('\n') + '\n';
}
