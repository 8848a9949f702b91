// Where Rust drops channel endpoints, per Rust's ownership rules, on small Tokio and std snippets.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Node } from '../../server/translate/syntax.js';
import { createSourceParser, type SourceParser } from '../../server/parse/source-parser.js';
import { analyzeOwnership, type OwnedBinding, type Ownership } from '../../server/translate/rust/ownership/index.js';
import { lintRust } from '../../server/translate/rust/lints.js';

let parser: SourceParser;
before(async () => {
  parser = await createSourceParser('rust');
});

interface Analysed {
  root: Node;
  own: Ownership;
  /** The first node of `type` whose text starts with `prefix` (the nth one with `nth`). */
  at(type: string, prefix?: string, nth?: number): Node;
}

function analyse(source: string): Analysed {
  const root = parser.parse(source).rootNode;
  const own = analyzeOwnership(root);
  const at = (type: string, prefix = '', nth = 0): Node => {
    const found: Node[] = [];
    const visit = (n: Node) => {
      if (n.type === type && n.text.startsWith(prefix)) found.push(n);
      for (const c of n.children) if (c) visit(c);
    };
    visit(root);
    const node = found[nth];
    assert.ok(node, `no ${type} starting with ${JSON.stringify(prefix)} (#${nth})`);
    return node;
  };
  return { root, own, at };
}

const names = (bindings: OwnedBinding[]) => bindings.map((b) => b.name);
/** The line (1-based) that declares each binding, to tell shadowed bindings apart. */
const lines = (bindings: OwnedBinding[]) => bindings.map((b) => `${b.name}@${b.decl.startPosition.row + 1}`);
const mainBody = (a: Analysed) => a.at('function_item', 'async fn main').childForFieldName('body')!;

test('sender_moved_into_spawn_is_dropped_by_the_task', () => {
  const a = analyse(`
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    tokio::spawn(async move {
        tx.send(1).await.unwrap();
    });
    while let Some(v) = rx.recv().await {}
}`);
  assert.deepEqual(names(a.own.movedInto(a.at('async_block'))), ['tx']);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['rx']);
});

test('thread_spawn_move_closure_takes_the_sender', () => {
  const a = analyse(`
fn main() {
    let (tx, rx) = std::sync::mpsc::channel();
    let handle = std::thread::spawn(move || {
        tx.send(1).unwrap();
    });
    handle.join().unwrap();
}`);
  assert.deepEqual(names(a.own.movedInto(a.at('closure_expression'))), ['tx']);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('function_item').childForFieldName('body')!)), ['rx']);
});

test('drop_call_moves_the_sender', () => {
  const a = analyse(`
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u8>(1);
    drop(tx);
    rx.recv().await;
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['rx']);
});

test('inner_block_drops_its_sender_at_its_end', () => {
  const a = analyse(`
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u8>(1);
    {
        let tx2 = tx.clone();
        tx2.send(1).await.unwrap();
    }
    drop(tx);
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('block', '{\n        let tx2'))), ['tx2']);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['rx']);
});

test('bindings_drop_in_reverse_declaration_order', () => {
  const a = analyse(`
async fn main() {
    let (a_tx, a_rx) = mpsc::channel::<u8>(1);
    let (b_tx, b_rx) = mpsc::unbounded_channel::<u8>();
    let c_tx = a_tx.clone();
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['c_tx', 'b_rx', 'b_tx', 'a_rx', 'a_tx']);
});

test('let_underscore_clone_drops_at_once', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    let _ = tx.clone();
    let _ = tx;
}`);
  assert.equal(a.own.dropsImmediately(a.at('let_declaration', 'let _ = tx.clone()')), true);
  // `let _ = tx;` binds nothing and moves nothing: tx lives on to the end of main.
  assert.equal(a.own.dropsImmediately(a.at('let_declaration', 'let _ = tx;')), false);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['rx', 'tx']);
});

test('expression_statement_clone_drops_at_once', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    tx.clone();
    drop(tx);
}`);
  assert.equal(a.own.dropsImmediately(a.at('expression_statement', 'tx.clone()')), true);
  assert.equal(a.own.dropsImmediately(a.at('expression_statement', 'drop(tx)')), false);
});

test('reassignment_drops_the_old_sender', () => {
  const a = analyse(`
async fn main() {
    let (first, rx1) = mpsc::channel::<u8>(1);
    let (second, rx2) = mpsc::channel::<u8>(1);
    let mut tx = first;
    tx = second;
}`);
  const assignment = a.at('assignment_expression');
  assert.equal(a.own.dropsBeforeAssign(assignment), true);
  assert.deepEqual(names(a.own.replacedBy(assignment)), ['tx']);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['tx', 'rx2', 'rx1']);
});

test('assignment_after_a_move_drops_nothing_first', () => {
  const a = analyse(`
async fn main() {
    let (first, rx1) = mpsc::channel::<u8>(1);
    let (second, rx2) = mpsc::channel::<u8>(1);
    let mut tx = first;
    drop(tx);
    tx = second;
}`);
  assert.equal(a.own.dropsBeforeAssign(a.at('assignment_expression')), false);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['tx', 'rx2', 'rx1']);
});

test('sender_in_vec_makes_the_vec_a_container', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    let tx2 = tx.clone();
    let senders = vec![tx, tx2];
}`);
  const drops = a.own.dropsAtEnd(mainBody(a));
  assert.deepEqual(names(drops), ['senders', 'rx']);
  assert.equal(drops[0]!.kind, 'container');
  assert.equal(drops[1]!.kind, 'handle');
});

test('vec_new_then_push_of_a_sender_makes_a_container', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    let mut senders = Vec::new();
    senders.push(tx);
}`);
  const drops = a.own.dropsAtEnd(mainBody(a));
  assert.deepEqual(names(drops), ['senders', 'rx']);
  assert.equal(drops[0]!.kind, 'container');
});

test('struct_with_a_sender_field_is_a_container', () => {
  const a = analyse(`
struct Worker { id: u32, tx: mpsc::Sender<u32> }
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(1);
    let worker = Worker { id: 1, tx };
}`);
  const drops = a.own.dropsAtEnd(mainBody(a));
  assert.deepEqual(names(drops), ['worker', 'rx']);
  assert.equal(drops[0]!.kind, 'container');
});

test('option_of_a_sender_is_a_container', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(1);
    let slot = Some(tx);
}`);
  const drops = a.own.dropsAtEnd(mainBody(a));
  assert.deepEqual(names(drops), ['slot', 'rx']);
  assert.equal(drops[0]!.kind, 'container');
});

test('tuple_of_senders_is_a_container', () => {
  const a = analyse(`
async fn main() {
    let (a, ra) = mpsc::channel::<u32>(1);
    let (b, rb) = mpsc::channel::<u32>(1);
    let both = (a, b);
}`);
  assert.deepEqual(lines(a.own.dropsAtEnd(mainBody(a))), ['both@5', 'rb@4', 'ra@3']);
});

test('oneshot_send_consumes_the_sender', () => {
  const a = analyse(`
async fn main() {
    let (resp_tx, resp_rx) = oneshot::channel::<u32>();
    let _ = resp_tx.send(1);
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['resp_rx']);
});

test('mpsc_send_only_borrows_the_sender', () => {
  const a = analyse(`
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    tx.send(1).await.unwrap();
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['rx', 'tx']);
});

test('move_in_one_branch_only_is_reported', () => {
  const source = `
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(1);
    if rand() {
        drop(tx);
    }
}`;
  const a = analyse(source);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['rx'], 'undecided: treated as moved, not dropped twice');
  assert.equal(a.own.diagnostics.length, 1);
  const [d] = a.own.diagnostics;
  assert.equal(d!.code, 'ownership-undecided');
  assert.equal(d!.severity, 'information');
  assert.deepEqual(d!.range, { start: { line: 4, column: 13 }, end: { line: 4, column: 15 } });
  assert.match(d!.message, /`tx`.*some paths only.*treats it as moved/s);
});

test('move_in_both_branches_is_decided', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(1);
    if rand() {
        drop(tx);
    } else {
        consume(tx);
    }
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['rx']);
  assert.deepEqual(a.own.diagnostics, []);
});

test('move_in_a_branch_that_returns_is_decided', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(1);
    if rand() {
        drop(tx);
        return;
    }
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['rx', 'tx']);
  assert.deepEqual(names(a.own.dropsOnExit(a.at('return_expression'))), ['rx']);
  assert.deepEqual(a.own.diagnostics, []);
});

test('move_in_every_match_arm_is_decided', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(1);
    match 3 {
        1 => drop(tx),
        _ => consume(tx),
    }
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['rx']);
  assert.deepEqual(a.own.diagnostics, []);
});

test('move_inside_a_loop_of_an_outer_sender_is_reported', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(1);
    for i in 0..3 {
        if i == 1 {
            drop(tx);
            break;
        }
    }
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['rx']);
  assert.deepEqual(
    a.own.diagnostics.map((d) => d.code),
    ['ownership-undecided'],
  );
  assert.equal(a.own.diagnostics[0]!.range.start.line, 5);
});

test('move_then_break_out_of_loop_is_decided', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(1);
    loop {
        drop(tx);
        break;
    }
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['rx']);
  assert.deepEqual(a.own.diagnostics, []);
});

test('shadowed_clone_in_loop_body_is_its_own_binding', () => {
  const a = analyse(`
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    for id in 0..3 {
        let tx = tx.clone();
        tokio::spawn(async move {
            tx.send(id).await.unwrap();
        });
    }
    drop(tx);
}`);
  assert.deepEqual(lines(a.own.movedInto(a.at('async_block'))), ['tx@5']);
  assert.deepEqual(lines(a.own.dropsAtEnd(a.at('block', '{\n        let tx = tx.clone()'))), []);
  assert.deepEqual(lines(a.own.dropsAtEnd(mainBody(a))), ['rx@3']);
  const cloned = a.at('call_expression', 'tx.clone()').childForFieldName('function')!.childForFieldName('value')!;
  assert.deepEqual(lines([a.own.bindingOf(cloned)!]), ['tx@3']);
  assert.deepEqual(a.own.diagnostics, []);
});

const COMMANDS = `
use tokio::sync::{mpsc, oneshot};
type Responder<T> = oneshot::Sender<T>;
enum Command {
    Get { key: String, resp: Responder<u64> },
    Set { key: String, val: u64, resp: Responder<u64> },
}
`;

test('match_arm_binding_not_moved_is_dropped_at_the_arms_end', () => {
  const a = analyse(`${COMMANDS}
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Command>(8);
    while let Some(cmd) = rx.recv().await {
        match cmd {
            Command::Get { key, resp } => {
                println!("not answering {}", key);
            }
            Command::Set { key, val, resp } => {
                let _ = resp.send(val);
            }
        }
    }
}`);
  const getArm = a.at('match_arm', 'Command::Get');
  const setArm = a.at('match_arm', 'Command::Set');
  assert.deepEqual(names(a.own.dropsAtEnd(getArm.childForFieldName('value')!)), ['resp']);
  assert.deepEqual(names(a.own.dropsAtEnd(getArm)), ['resp'], 'the match_arm node answers as its value');
  assert.equal(a.own.dropsAtEnd(getArm)[0]!.kind, 'handle');
  assert.deepEqual(names(a.own.dropsAtEnd(setArm.childForFieldName('value')!)), []);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('block', '{\n        match cmd'))), [], 'cmd is moved out by the match');
});

test('match_arm_without_a_block_keys_on_its_expression', () => {
  const a = analyse(`${COMMANDS}
fn handle(cmd: Command) {
    match cmd {
        Command::Get { resp, .. } => println!("dropped unanswered"),
        Command::Set { resp, val, .. } => { let _ = resp.send(val); }
    }
}`);
  const value = a.at('match_arm', 'Command::Get').childForFieldName('value')!;
  assert.equal(value.type, 'macro_invocation');
  assert.deepEqual(names(a.own.dropsAtEnd(value)), ['resp']);
});

test('match_on_a_reference_owns_nothing', () => {
  const a = analyse(`${COMMANDS}
fn peek(cmd: &Command) {
    match cmd {
        Command::Get { resp, .. } => println!("{:?}", resp),
        _ => {}
    }
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('match_arm', 'Command::Get'))), []);
});

test('struct_expression_field_moves_the_sender', () => {
  const a = analyse(`${COMMANDS}
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Command>(8);
    let (resp_tx, resp_rx) = oneshot::channel();
    tx.send(Command::Get { key: "a".to_string(), resp: resp_tx }).await.unwrap();
    let (resp, resp_rx2) = oneshot::channel();
    tx.send(Command::Set { key: "b".to_string(), val: 1, resp }).await.unwrap();
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['resp_rx2', 'resp_rx', 'rx', 'tx']);
});

test('value_parameter_is_owned_and_reference_parameter_is_not', () => {
  const a = analyse(`
async fn owns(tx: mpsc::Sender<u8>) { tx.send(1).await.unwrap(); }
async fn borrows(tx: &mpsc::Sender<u8>) { tx.send(1).await.unwrap(); }`);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('function_item', 'async fn owns'))), ['tx']);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('function_item', 'async fn borrows'))), []);
});

test('arc_and_its_clones_are_shared_handles_dropped_with_their_scope', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    let shared = Arc::new(Mutex::new(rx));
    let worker = Arc::clone(&shared);
}`);
  // rx moved into the Mutex inside the Arc; each Arc is dropped (counted down) at the end.
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['worker', 'shared', 'tx']);
  const shared = a.own.bindingOf(a.at('identifier', 'shared'));
  assert.ok(shared);
  assert.equal(a.own.handleOf(shared)?.role, 'shared');
});

test('tail_expression_moves_the_sender_out', () => {
  const a = analyse(`
fn make() -> mpsc::Sender<u8> {
    let (tx, _rx) = mpsc::channel(1);
    tx
}
async fn main() {
    let tx = make();
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('function_item', 'fn make'))), ['_rx']);
  const made = a.own.dropsAtEnd(mainBody(a));
  assert.deepEqual(names(made), ['tx'], 'a local function returning a Sender gives a handle');
  assert.equal(made[0]!.kind, 'handle');
});

test('channel_function_imported_with_use_is_recognised', () => {
  const a = analyse(`
use tokio::sync::mpsc::channel;
use std::sync::mpsc as std_mpsc;
async fn main() {
    let (tx, rx) = channel::<u8>(4);
    let (stx, srx) = std_mpsc::sync_channel::<u8>(0);
    let (utx, urx) = tokio::sync::mpsc::unbounded_channel::<u8>();
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['urx', 'utx', 'srx', 'stx', 'rx', 'tx']);
  const flavors = a.own.channels().map((c) => `${c.channel.flavor}:${c.channel.bounded}`);
  assert.deepEqual(flavors, ['mpsc:true', 'std-sync:true', 'unbounded:false']);
});

test('subscribe_gives_a_receiver_of_the_same_channel', () => {
  const a = analyse(`
async fn main() {
    let (tx, mut first) = broadcast::channel::<u8>(4);
    let mut second = tx.subscribe();
}`);
  const [channel] = a.own.channels();
  assert.deepEqual(names(channel!.receivers), ['first', 'second']);
  assert.deepEqual(names(channel!.senders), ['tx']);
});

test('sender_clone_by_path_is_a_new_handle_and_borrows', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    let tx2 = Sender::clone(&tx);
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['tx2', 'rx', 'tx']);
});

test('reserved_permit_is_a_handle_that_its_send_consumes', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    let kept = tx.reserve().await.unwrap();
    let used = tx.reserve().await.unwrap();
    used.send(1);
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['kept', 'rx', 'tx']);
});

test('lock_guard_is_dropped_at_its_blocks_end', () => {
  const a = analyse(`
async fn main() {
    let shared = Arc::new(Mutex::new(0));
    {
        let mut guard = shared.lock().await;
        *guard += 1;
    }
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('block', '{\n        let mut guard'))), ['guard']);
});

test('std_lock_and_try_lock_guards_are_handles', () => {
  const a = analyse(`
fn main() {
    let counter = Arc::new(std::sync::Mutex::new(0));
    let first = counter.lock().unwrap();
    let second = counter.try_lock().unwrap();
    let line = std::io::stdout().lock();
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('function_item'))), ['second', 'first', 'counter']);
});

test('closure_parameter_typed_as_a_sender_is_owned_by_the_closure', () => {
  const a = analyse(`
fn main() {
    let forward = |tx: mpsc::Sender<u8>, n: u8| {
        let _ = tx.try_send(n);
    };
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('closure_expression'))), ['tx']);
});

test('hashmap_insert_of_a_sender_makes_a_container', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    let mut routes = HashMap::new();
    routes.insert("a", tx);
}`);
  const drops = a.own.dropsAtEnd(mainBody(a));
  assert.deepEqual(names(drops), ['routes', 'rx']);
  assert.equal(drops[0]!.kind, 'container');
});

test('let_to_a_new_name_moves_the_sender', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    let renamed = tx;
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['renamed', 'rx']);
});

test('return_moves_the_sender_and_drops_the_rest', () => {
  const a = analyse(`
fn make(flag: bool) -> Option<mpsc::Sender<u8>> {
    let (tx, rx) = mpsc::channel::<u8>(1);
    if flag {
        return Some(tx);
    }
    None
}`);
  assert.deepEqual(names(a.own.dropsOnExit(a.at('return_expression'))), ['rx']);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('function_item'))), ['rx', 'tx']);
});

test('non_move_closure_takes_nothing', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::unbounded_channel::<u8>();
    let send = |v: u8| tx.send(v).unwrap();
    send(1);
}`);
  assert.deepEqual(names(a.own.movedInto(a.at('closure_expression'))), []);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['rx', 'tx']);
});

test('sender_dropped_inside_the_task_is_not_dropped_again_at_its_end', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    tokio::spawn(async move {
        tx.send(1).await.unwrap();
        drop(tx);
        sleep(Duration::from_millis(10)).await;
    });
}`);
  const task = a.at('async_block');
  assert.deepEqual(names(a.own.movedInto(task)), []);
  assert.deepEqual(names(a.own.capturedBy(task)), ['tx']);
});

test('question_mark_exit_lists_the_owned_bindings', () => {
  const a = analyse(`
async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let (tx, rx) = mpsc::channel::<u8>(1);
    let permit = tx.reserve().await?;
    Ok(())
}`);
  assert.deepEqual(names(a.own.dropsOnExit(a.at('try_expression'))), ['rx', 'tx']);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('function_item'))), ['permit', 'rx', 'tx']);
});

test('break_exit_drops_the_loop_bodys_bindings', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    loop {
        let extra = tx.clone();
        break;
    }
}`);
  assert.deepEqual(names(a.own.dropsOnExit(a.at('break_expression'))), ['extra']);
});

test('break_out_of_a_labeled_block_goes_on_after_the_block', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    let n = 'found: {
        let probe = tx.clone();
        if rand() { break 'found 1; }
        2
    };
    let tx2 = tx.clone();
}`);
  assert.deepEqual(names(a.own.dropsOnExit(a.at('break_expression'))), ['probe']);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['tx2', 'rx', 'tx']);
});

test('wildcard_part_of_a_fresh_channel_is_discarded_at_once', () => {
  const a = analyse(`
async fn main() {
    let (tx, _) = mpsc::channel::<u8>(1);
}`);
  const statement = a.at('let_declaration');
  assert.deepEqual(
    a.own.discardedParts(statement).map((n) => n.text),
    ['_'],
  );
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['tx']);
});

test('each_sender_taken_from_a_vec_by_a_for_loop_is_dropped_per_iteration', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    let senders: Vec<mpsc::Sender<u8>> = vec![tx.clone(), tx.clone()];
    for s in senders.into_iter() {
        s.send(1).await.unwrap();
    }
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('block', '{\n        s.send'))), ['s']);
});

test('receiver_iterated_by_value_is_still_dropped_when_its_scope_ends', () => {
  // Rust drops it with the loop's iterator; dropping it with its scope is later but never leaks it.
  const a = analyse(`
fn main() {
    let (tx, rx) = std::sync::mpsc::sync_channel::<u8>(0);
    std::thread::spawn(move || { let _ = tx.send(1); });
    for v in rx {
        break;
    }
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(a.at('function_item'))), ['rx']);
});

test('drop_inside_a_macro_moves_the_sender', () => {
  const a = analyse(`
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u8>(1);
    loop {
        tokio::select! {
            Some(v) = rx.recv() => println!("{}", v),
            _ = sleep(Duration::from_millis(5)) => { drop(tx); break; }
        }
    }
}`);
  assert.deepEqual(names(a.own.dropsAtEnd(mainBody(a))), ['rx']);
  const inSelect = a.own.mentionsOf(a.own.bindingOf(a.at('identifier', 'rx'))!);
  assert.deepEqual(
    inSelect.map((m) => m.parent?.type),
    ['token_tree'],
    'the select! branch mentions rx',
  );
});

test('bindingOf_resolves_uses_inside_the_task_to_the_taken_binding', () => {
  const a = analyse(`
async fn main() {
    let (tx, rx) = mpsc::channel::<u8>(1);
    tokio::spawn(async move { tx.send(1).await.unwrap(); });
}`);
  const declared = a.at('identifier', 'tx');
  const used = a.at('identifier', 'tx', 1);
  assert.equal(a.own.bindingOf(used), a.own.bindingOf(declared));
  assert.equal(a.own.bindingOf(used)!.decl.id, declared.id);
});

// ---- robustness

const TOKENS = [
  'fn',
  'main',
  'async',
  'move',
  'let',
  'mut',
  '=',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  ',',
  ';',
  '.',
  'tx',
  'rx',
  'tx2',
  'mpsc::channel',
  'oneshot::channel(',
  'tokio::spawn(',
  'drop(',
  '.clone()',
  '.send(1)',
  '.await',
  '.unwrap()',
  '?',
  'if',
  'else',
  'match',
  '=>',
  'loop',
  'while',
  'for',
  'in',
  'break',
  'continue',
  'return',
  'Some(',
  '_',
  '|',
  '||',
  'vec![',
  'tokio::select!',
  'struct',
  'enum',
  'impl',
  'Self',
  '&',
  '*',
  "'a:",
  'Command::Get {',
  'resp',
  '..',
  '\n',
];

function programs(): string[] {
  const dirs = ['test/runtime/tokio-programs', 'test/corpus/rust'];
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith('.rs'))
        .map((f) => readFileSync(join(dir, f), 'utf8'));
    } catch {
      return [];
    }
  });
}

function analyseAndLint(source: string): void {
  const root = parser.parse(source).rootNode;
  const own = analyzeOwnership(root);
  const diagnostics = [...own.diagnostics, ...lintRust(root, own)];
  for (const d of diagnostics) {
    assert.ok(d.range.start.line >= 0 && d.range.start.column >= 0 && d.message.length > 0, JSON.stringify(d));
  }
}

test('random token soup never makes the analysis or the lints throw', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 200 }), (tokens) => {
      analyseAndLint(tokens.join(' '));
    }),
    { numRuns: 400 },
  );
});

test('mutated real programs never make the analysis or the lints throw', () => {
  const corpus = programs();
  assert.ok(corpus.length > 0, 'no Rust programs to mutate');
  const mutation = fc.record({
    program: fc.nat({ max: corpus.length - 1 }),
    at: fc.nat(),
    length: fc.nat({ max: 60 }),
    insert: fc.array(fc.constantFrom(...TOKENS), { maxLength: 6 }),
  });
  fc.assert(
    fc.property(mutation, ({ program, at, length, insert }) => {
      const source = corpus[program]!;
      const start = at % (source.length + 1);
      analyseAndLint(source.slice(0, start) + insert.join(' ') + source.slice(start + length));
    }),
    { numRuns: 400 },
  );
});

test('very deep nesting gives a diagnostic instead of a stack overflow', () => {
  const depth = 20_000;
  const source = `fn main() { let x = ${'('.repeat(depth)}1${')'.repeat(depth)}; }`;
  assert.doesNotThrow(() => analyseAndLint(source));
});
