// Where std and Tokio have types of the same name, the translation keeps them apart: std's
// `Instant` reads real time, Tokio's follows its clock (which `start_paused` and
// `time::pause()` stop).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../server/translate/index.js';

async function typescriptOf(rust: string): Promise<string> {
  return (await translate(rust, { language: 'rust', fileName: 'src/main.rs' })).typescript;
}

test('std_instant_now_reads_real_time', async () => {
  const ts = await typescriptOf(`use std::time::Instant;
fn main() {
    let a = Instant::now();
    let b = std::time::Instant::now();
    println!("{:?} {:?}", a.elapsed(), b.elapsed());
}
`);
  assert.match(ts, /const a = Instant\.stdNow\(\);/);
  assert.match(ts, /const b = Instant\.stdNow\(\);/);
});

test('tokio_instant_now_follows_tokios_clock', async () => {
  const ts = await typescriptOf(`use tokio::time::Instant;
#[tokio::main]
async fn main() {
    let a = Instant::now();
    let b = tokio::time::Instant::now();
    println!("{:?} {:?}", a.elapsed(), b.elapsed());
}
`);
  assert.match(ts, /const a = Instant\.now\(\);/);
  assert.match(ts, /const b = Instant\.now\(\);/);
});
