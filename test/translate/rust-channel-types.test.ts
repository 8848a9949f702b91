// A channel made without a type is typed by what the program later sends on it, also when its
// first value says too little (`watch::channel(Vec::new())`, `watch::channel(None)`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../server/translate/index.js';

async function typescriptOf(body: string): Promise<string> {
  const rust = `use tokio::sync::watch;\n#[tokio::main]\nasync fn main() {\n${body}\n}\n`;
  return (await translate(rust, { language: 'rust', fileName: 'src/main.rs' })).typescript;
}

test('watch_channel_of_an_empty_vec_is_typed_by_a_later_send', async () => {
  const ts = await typescriptOf(`    let (tx, rx) = watch::channel(Vec::new());
    tx.send(vec![1, 2]).unwrap();
    println!("{:?}", *rx.borrow());`);
  assert.match(ts, /const \[tx, rx\] = watch\.channel<number\[\]>\(\[\]\);/);
});

test('watch_channel_of_none_is_typed_by_a_later_send_of_some', async () => {
  const ts = await typescriptOf(`    let (tx, rx) = watch::channel(None);
    tx.send(Some("x".to_string())).unwrap();
    println!("{:?}", *rx.borrow());`);
  assert.match(ts, /const \[tx, rx\] = watch\.channel<Option<string>>\(undefined\);/);
});

test('watch_channel_with_a_typed_first_value_keeps_its_type', async () => {
  const ts = await typescriptOf(`    let (tx, rx) = watch::channel(0u8);
    tx.send(5).unwrap();
    println!("{}", *rx.borrow());`);
  assert.match(ts, /const \[tx, rx\] = watch\.channel\(0\);/);
});

async function stdTypescriptOf(body: string): Promise<string> {
  const rust = `use std::sync::{Arc, Mutex};\nuse std::thread;\nfn main() {\n${body}\n}\n`;
  return (await translate(rust, { language: 'rust', fileName: 'src/main.rs' })).typescript;
}

test('mutex_of_an_empty_vec_is_typed_by_a_push_through_a_guard_held_in_a_local', async () => {
  const ts = await stdTypescriptOf(`    let seen = Arc::new(Mutex::new(Vec::new()));
    let s = Arc::clone(&seen);
    thread::spawn(move || { let mut guard = s.lock().unwrap(); guard.push(String::from("a")); }).join().unwrap();
    println!("{:?}", seen.lock().unwrap());`);
  assert.match(ts, /const seen = rs\.arc\(new StdMutex<string\[\]>\(\[\]\)\);/);
});

test('mutex_of_an_empty_vec_is_typed_by_a_push_of_an_enumerate_index_and_a_len', async () => {
  const ts = await stdTypescriptOf(`    let lengths = Arc::new(Mutex::new(Vec::new()));
    let hs: Vec<_> = "a bb".split_whitespace().enumerate().map(|(i, w)| {
        let w = w.to_string();
        let lengths = Arc::clone(&lengths);
        thread::spawn(move || lengths.lock().unwrap().push((i, w.len())))
    }).collect();
    for h in hs { h.join().unwrap(); }
    println!("{:?}", lengths.lock().unwrap());`);
  assert.match(ts, /const lengths = rs\.arc\(new StdMutex<\[number, number\]\[\]>\(\[\]\)\);/);
});
