// Which note a hover picks (server/lsp/hover-keys.ts, receiver-types.ts): the pattern keys and
// the typed method keys, in process through hoverAt. The expected titles come from the notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noteFor, type NoteLanguage } from '../../server/insights/index.js';
import { hoverAt } from '../../server/lsp/hover.js';

/** The position of the `nth` occurrence of `needle` in `code`, `shift` characters into it. */
function positionOf(code: string, needle: string, shift = 0, nth = 1): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i < nth; i++) index = code.indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} is not in the code`);
  const before = code.slice(0, index + shift).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

/** The construct whose note the hover at `needle` shows, or null. */
async function noteAt(
  code: string,
  language: NoteLanguage,
  needle: string,
  shift = 0,
  nth = 1,
): Promise<string | null> {
  const hover = await hoverAt(code, language, positionOf(code, needle, shift, nth));
  if (hover === null) return null;
  const title = /^### (.*)$/m.exec(hover)?.[1];
  const constructs = ['go', 'rust'].includes(language) ? CONSTRUCTS[language] : [];
  return constructs.find((id) => noteFor(language, id)?.title === title) ?? `unknown title ${title}`;
}

const CONSTRUCTS: Record<NoteLanguage, string[]> = {
  go: [
    'go-make-chan',
    'go-send',
    'go-receive',
    'go-receive-ok',
    'go-range',
    'go-close',
    'go-len-cap',
    'go-select',
    'go-select-default',
    'go-nil-channel',
    'go-goroutine',
    'go-waitgroup',
    'go-mutex',
    'go-time-after',
    'go-ticker',
    'go-context',
  ],
  rust: [
    'rust-mpsc-channel',
    'rust-unbounded-channel',
    'rust-sender-clone-drop',
    'rust-send',
    'rust-try-send',
    'rust-reserve',
    'rust-recv',
    'rust-try-recv',
    'rust-receiver-close',
    'rust-while-let-recv',
    'rust-oneshot',
    'rust-broadcast',
    'rust-watch',
    'rust-select',
    'rust-spawn-joinhandle',
    'rust-sleep',
    'rust-timeout',
    'rust-interval',
    'rust-std-mpsc',
    'rust-sync-channel',
    'rust-arc-mutex-receiver',
  ],
};

const go = (body: string, extra = '') =>
  `package main\n\nimport (\n\t"context"\n\t"sync"\n\t"time"\n)\n\n${extra}\nfunc main() {\n${body}}\n`;

test('Go receive-ok: `v, ok := <-ch` on the names and on the arrow; a plain receive keeps the receive note', async () => {
  const code = go('\tch := make(chan int)\n\tv, ok := <-ch\n\tw := <-ch\n\t_, _, _ = v, ok, w\n');
  assert.equal(await noteAt(code, 'go', 'ok :='), 'go-receive-ok');
  assert.equal(await noteAt(code, 'go', 'v, ok'), 'go-receive-ok');
  assert.equal(await noteAt(code, 'go', '<-ch'), 'go-receive-ok');
  assert.equal(await noteAt(code, 'go', '<-ch', 0, 2), 'go-receive');
});

test('Go receive-ok: an assignment and a select case with two names', async () => {
  const code = go(
    '\tch := make(chan int)\n\tvar v int\n\tvar ok bool\n\tv, ok = <-ch\n\tselect {\n\tcase x, open := <-ch:\n\t\t_, _ = x, open\n\t}\n\t_, _ = v, ok\n',
  );
  assert.equal(await noteAt(code, 'go', 'v, ok ='), 'go-receive-ok');
  assert.equal(await noteAt(code, 'go', 'open :='), 'go-receive-ok');
});

test('Go range-chan: ranging over a channel, a ticker channel or a function returning one; not over a slice', async () => {
  const extra = 'func gen() <-chan int {\n\tout := make(chan int)\n\tclose(out)\n\treturn out\n}\n';
  const code = go(
    '\tch := make(chan int)\n\tfor v := range ch {\n\t\t_ = v\n\t}\n\tt := time.NewTicker(time.Second)\n\tfor range t.C {\n\t}\n\tfor v := range gen() {\n\t\t_ = v\n\t}\n\tnums := []int{1}\n\tfor _, n := range nums {\n\t\t_ = n\n\t}\n',
    extra,
  );
  assert.equal(await noteAt(code, 'go', 'range ch'), 'go-range');
  assert.equal(await noteAt(code, 'go', 'for v := range ch'), 'go-range');
  assert.equal(await noteAt(code, 'go', 'range t.C'), 'go-range');
  assert.equal(await noteAt(code, 'go', 'range gen'), 'go-range');
  assert.equal(await noteAt(code, 'go', 'range nums'), null);
});

test('Go nil-channel: a channel declared without a value, and a channel set to nil', async () => {
  const code = go(
    '\tvar quit chan bool\n\tdata := make(chan int)\n\tdata = nil\n\tvar n int\n\tn = 0\n\t_, _, _ = quit, data, n\n',
  );
  assert.equal(await noteAt(code, 'go', 'var quit'), 'go-nil-channel');
  assert.equal(await noteAt(code, 'go', 'data = nil', 5), 'go-nil-channel');
  assert.equal(await noteAt(code, 'go', 'n = 0', 2), null);
});

test('Go typed methods: WaitGroup, RWMutex, Ticker, Timer and Context receivers declared in scope', async () => {
  const extra =
    'type pool struct {\n\twg sync.WaitGroup\n}\n\nfunc (p *pool) wait() { p.wg.Wait() }\n\nfunc run(wg *sync.WaitGroup) { wg.Done() }\n';
  const body =
    '\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tvar mu sync.RWMutex\n\tmu.RLock()\n\tticker := time.NewTicker(time.Second)\n\tticker.Reset(time.Second)\n\ttimer := time.NewTimer(time.Second)\n\ttimer.Stop()\n\tctx, cancel := context.WithCancel(context.Background())\n\t<-ctx.Done()\n\tcancel()\n';
  const code = go(body, extra);
  assert.equal(await noteAt(code, 'go', 'wg.Add', 3), 'go-waitgroup');
  assert.equal(await noteAt(code, 'go', 'p.wg.Wait', 5), 'go-waitgroup');
  assert.equal(await noteAt(code, 'go', 'wg.Done', 3), 'go-waitgroup');
  assert.equal(await noteAt(code, 'go', 'mu.RLock', 3), 'go-mutex');
  assert.equal(await noteAt(code, 'go', 'ticker.Reset', 7), 'go-ticker');
  assert.equal(await noteAt(code, 'go', 'timer.Stop', 6), 'go-time-after');
  assert.equal(await noteAt(code, 'go', 'ctx.Done', 4), 'go-context');
});

test('Go typed methods: a method of a type the source does not settle gives no note', async () => {
  const code = go(
    '\tc := counter{}\n\tc.Add(1)\n',
    'type counter struct{ n int }\n\nfunc (c *counter) Add(k int) { c.n += k }\n',
  );
  assert.equal(await noteAt(code, 'go', 'c.Add', 2), null);
});

const rust = (
  body: string,
  uses = 'use tokio::sync::{broadcast, mpsc, oneshot, watch};\nuse std::sync::Arc;\nuse tokio::sync::Mutex;\n',
) => `${uses}\n#[tokio::main]\nasync fn main() {\n${body}}\n`;

test('Rust while-let-recv: hovering the loop shows the while-let note, the recv call keeps the recv note', async () => {
  const code = rust(
    '    let (tx, mut rx) = mpsc::channel::<i32>(8);\n    drop(tx);\n    while let Some(v) = rx.recv().await {\n        println!("{}", v);\n    }\n',
  );
  assert.equal(await noteAt(code, 'rust', 'while let'), 'rust-while-let-recv');
  assert.equal(await noteAt(code, 'rust', 'Some(v)'), 'rust-while-let-recv');
  assert.equal(await noteAt(code, 'rust', 'recv()'), 'rust-recv');
});

test('Rust sender-clone and shared-receiver patterns', async () => {
  const code = rust(
    '    let (tx, rx) = mpsc::channel::<i32>(8);\n    let tx2 = tx.clone();\n    let shared = Arc::new(Mutex::new(rx));\n    let name = String::new().clone();\n    drop((tx2, shared, name));\n',
  );
  assert.equal(await noteAt(code, 'rust', 'clone()'), 'rust-sender-clone-drop');
  assert.equal(await noteAt(code, 'rust', 'Arc::new'), 'rust-arc-mutex-receiver');
  assert.notEqual(await noteAt(code, 'rust', 'clone()', 0, 2), 'rust-sender-clone-drop');
});

test('Rust typed methods: send and recv on broadcast, oneshot, watch, unbounded and mpsc channels', async () => {
  const body = [
    '    let (btx, mut brx) = broadcast::channel::<i32>(16);',
    '    btx.send(1).unwrap();',
    '    brx.recv().await.unwrap();',
    '    let (otx, orx) = oneshot::channel::<i32>();',
    '    otx.send(1).unwrap();',
    '    let (wtx, wrx) = watch::channel(0);',
    '    wtx.send(1).unwrap();',
    '    let (utx, _urx) = mpsc::unbounded_channel::<i32>();',
    '    utx.send(1).unwrap();',
    '    let (tx, mut rx) = mpsc::channel::<i32>(1);',
    '    tx.send(1).await.unwrap();',
    '    rx.recv().await;',
    '    drop((orx, wrx));',
    '',
  ].join('\n');
  const code = rust(body);
  assert.equal(await noteAt(code, 'rust', 'send(1)', 0, 1), 'rust-broadcast');
  assert.equal(await noteAt(code, 'rust', 'brx.recv', 4), 'rust-broadcast');
  assert.equal(await noteAt(code, 'rust', 'otx.send', 4), 'rust-oneshot');
  assert.equal(await noteAt(code, 'rust', 'wtx.send', 4), 'rust-watch');
  assert.equal(await noteAt(code, 'rust', 'utx.send', 4), 'rust-unbounded-channel');
  assert.equal(await noteAt(code, 'rust', 'tx.send(1).await', 3), 'rust-send');
  assert.equal(await noteAt(code, 'rust', 'rx.recv().await;', 3), 'rust-recv');
});

test('Rust typed methods: std::sync::mpsc channels, sync_channel and typed parameters', async () => {
  const uses = 'use std::sync::mpsc;\nuse std::thread;\n';
  const code = `${uses}\nfn consume(rx: mpsc::Receiver<i32>) {\n    rx.recv().unwrap();\n}\n\nfn main() {\n    let (tx, rx) = mpsc::channel();\n    tx.send(1).unwrap();\n    let (stx, _srx) = mpsc::sync_channel::<i32>(0);\n    stx.send(1).unwrap();\n    consume(rx);\n}\n`;
  assert.equal(await noteAt(code, 'rust', 'rx.recv', 3), 'rust-std-mpsc');
  assert.equal(await noteAt(code, 'rust', 'tx.send', 3), 'rust-std-mpsc');
  assert.equal(await noteAt(code, 'rust', 'stx.send', 4), 'rust-sync-channel');
});

test('a Rust hover shows the TypeScript of the statement under the cursor', async () => {
  const code = rust(
    '    let (tx, mut rx) = mpsc::channel::<i32>(8);\n    tx.send(1).await.unwrap();\n    rx.recv().await;\n',
  );
  const hover = await hoverAt(code, 'rust', positionOf(code, 'send(1)'));
  assert.ok(hover !== null);
  const translation = hover.split('**This code in chan2ts TypeScript**')[1];
  assert.ok(translation, hover);
  assert.match(translation, /await tx\.send\(1\)/);
  assert.doesNotMatch(translation, /rx\.recv/, 'only the hovered statement');
});
