// Whatever the Rust input, its TypeScript and JavaScript parse: what cannot be translated becomes
// code that panics when reached, the rest still translates (and valid Rust still runs as Rust
// does). One test for each way the translator once wrote code that does not parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translate, type Translation } from '../../server/translate/index.js';
import { RUST_CORPUS, runtimeEntry } from '../support/corpus.js';
import { assertParses } from '../support/fuzz.js';
import { runTsProgram } from '../support/run-ts-program.js';

/** Translates `rust` as `src/main.rs`, checking that both outputs parse. */
async function translated(rust: string): Promise<Translation> {
  const result = await translate(rust, { language: 'rust', fileName: 'src/main.rs' });
  assertParses(result.typescript, 'ts');
  assertParses(result.javascript, 'js');
  return result;
}

/** The TypeScript of `rust`, which must hold each of `expected` as a line, in order. */
async function expectLines(rust: string, expected: string[]): Promise<Translation> {
  const result = await translated(rust);
  const lines = result.typescript.split('\n').map((l) => l.trim());
  let at = 0;
  for (const want of expected) {
    const found = lines.indexOf(want, at);
    assert.ok(found >= 0, `expected line ${JSON.stringify(want)} (in order) in:\n${result.typescript}`);
    at = found + 1;
  }
  return result;
}

/** What the translation of a valid program prints when it runs (Node parses its JavaScript as a module). */
async function runs(rust: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const { javascript } = await translate(rust, {
    language: 'rust',
    fileName: 'src/main.rs',
    runtimeSpecifier: runtimeEntry(RUST_CORPUS, 'url-of-ts'),
  });
  const dir = mkdtempSync(join(tmpdir(), 'chan2ts-never-broken-'));
  try {
    const file = join(dir, 'main.mjs');
    writeFileSync(file, javascript);
    return await runTsProgram(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const unsupportedNames = (result: Translation) =>
  result.diagnostics.filter((d) => d.code === 'unsupported').map((d) => d.message);

test('comment_inside_arguments_is_not_an_argument', async () => {
  const result = await expectLines(
    `use std::time::Duration;
fn main() {
    let d = Duration::from_secs(
        // five seconds
        5,
    );
    let v = vec![/* one */ 1, // two
        2];
    println!(
        // the template
        "{:?} {:?}", d, /* and */ v
    );
}
`,
    ['const d = Duration.fromSecs(5);', 'const v = [1, 2];', 'println("{:?} {:?}", [d, v]);'],
  );
  assert.deepEqual(unsupportedNames(result), []);
});

test('block_comment_that_nests_or_is_cut_off_becomes_line_comments', async () => {
  await expectLines(
    '/* outer /* inner */ still the comment */\nfn main() {\n    /* a /* b */ c */\n}\n/* cut /* off */ here\nto the end\n',
    [
      '// /* outer /* inner */ still the comment */',
      '// /* a /* b */ c */',
      '// /* cut /* off */ here',
      '// to the end',
    ],
  );
});

test('line_comment_ends_only_at_a_newline', async () => {
  // JavaScript also ends a line comment at U+2028; Rust does not.
  await expectLines('// one\u2028two\nfn main() {}\n', ['// one two']);
});

test('code_that_does_not_parse_becomes_a_placeholder_that_panics', async () => {
  for (const body of ['let x = 1 +;', 'a == ;', 'let = 1;', 'f(a b);', '::t println;', 'let (>6;']) {
    const result = await translated(`fn main() {\n    ${body}\n}\n`);
    assert.match(result.typescript, /unsupported\('code with a syntax error', 'src\/main\.rs:2:\d+'\)/, body);
  }
});

test('macro_arguments_that_do_not_parse_are_reported_and_panic', async () => {
  const result = await translated('fn main() {\n    let a = 1;\n    println!("{}", a b);\n}\n');
  assert.match(result.typescript, /unsupported\('code with a syntax error'/);
  assert.deepEqual(unsupportedNames(result), ['chan2ts cannot translate this yet: code with a syntax error']);
});

test('statement_outside_a_function_is_left_out', async () => {
  // What a function whose head does not parse leaves behind: statements at the top of the file.
  const result = await translated('fn main() {}\nreturn 5;\nx.await;\n');
  assert.equal(
    result.typescript.match(/\/\/ chan2ts: unsupported: statement outside a function/g)?.length,
    2,
    result.typescript,
  );
});

test('break_or_continue_outside_a_loop_panics_instead', async () => {
  await expectLines('break;\ncontinue;\n', [
    "unsupported('break outside a loop', 'src/main.rs:1:1');",
    "unsupported('continue outside a loop', 'src/main.rs:2:1');",
  ]);
  // A closure is a function of its own: it cannot leave the loop around it.
  await expectLines('fn main() {\n    loop {\n        let f = || { break; };\n    }\n}\n', [
    "unsupported('break outside a loop', 'src/main.rs:3:22');",
  ]);
  // A labelled block is left by `break 'label`, never by `continue`.
  await expectLines("fn main() {\n    'b: { continue 'b; }\n}\n", [
    "unsupported('continue outside a loop', 'src/main.rs:2:11');",
  ]);
});

test('labelled_block_is_left_by_break_with_its_value', async () => {
  const program = `fn first_square_above(limit: u32) -> Option<u32> {
    let found = 'search: {
        for i in 0..10 {
            if i * i > limit {
                break 'search Some(i);
            }
        }
        None
    };
    found
}
fn main() {
    println!("{:?} {:?}", first_square_above(20), first_square_above(100));
}
`;
  await expectLines(program, ['search: {', 'break search;']);
  assert.equal((await runs(program)).stdout, 'Some(5) None\n');
});

test('nested_loops_with_one_label_get_distinct_javascript_labels', async () => {
  await expectLines("fn main() {\n    'a: loop {\n        'a: loop { break 'a; }\n        break 'a;\n    }\n}\n", [
    'a: for (;;) {',
    'a2: for (;;) {',
    'break a2;',
    'break a;',
  ]);
});

test('jump_in_a_branch_of_an_if_value_runs_only_in_that_branch', async () => {
  const program = `fn pick(c: bool) -> i32 {
    let y = if c { 1 } else { return 0 };
    y + 1
}
fn main() {
    for i in 0..3 {
        let z = if i == 1 { continue } else { i * 2 };
        println!("{} {}", z, pick(i == 0));
    }
}
`;
  await expectLines(program, ['if (c) {', 'value1 = 1;', '} else {', 'return 0;']);
  assert.equal((await runs(program)).stdout, '0 2\n4 0\n');
});

test('jump_used_as_a_value_is_an_expression_after_it', async () => {
  await expectLines('fn f() -> i32 {\n    let v = Some(return 3);\n    0\n}\nfn main() {}\n', [
    'return 3;',
    'const v = (undefined as never);',
  ]);
  await expectLines('fn main() {\n    loop {\n        let n = break?.w;\n    }\n}\n', ['break;']);
  // A closure that returns at once: its body is the return statement alone.
  await expectLines('fn main() {\n    let add = |x: i32| return x + 1;\n}\n', [
    'const add = (x: number) => {',
    'return x + 1;',
    '};',
  ]);
});

test('raw_identifiers_and_keywords_are_valid_javascript_names', async () => {
  await expectLines(
    'struct Item { r#type: u32 }\nstruct if;\nfn main() {\n    let r#for = Item { r#type: 2 };\n    println!("{}", r#for.r#type);\n}\n',
    [
      'class Item {',
      'type: number;',
      'class if_ {}',
      'const for_ = new Item({ type: 2 });',
      'println("{}", [for_.type]);',
    ],
  );
  // A file that does not parse can leave keywords where names go.
  await expectLines('match t { else => 1 }\n', ['const else_ = t;']);
});

test('non_ascii_identifiers_stay_as_written', async () => {
  await expectLines('fn main() {\n    let café = 1;\n    let 名前 = café + 1;\n}\n', [
    'const café = 1;',
    'const 名前 = café + 1;',
  ]);
});

test('assignment_through_get_mut_unwrap_writes_the_map_slot', async () => {
  const program = `use std::collections::HashMap;
fn main() {
    let mut scores: HashMap<String, u32> = HashMap::new();
    scores.insert("ann".to_string(), 1);
    let who = "ann".to_string();
    *scores.get_mut(&who).unwrap() += 1;
    println!("{:?}", scores.get(&who));
    *scores.get_mut(&who).unwrap() = 7;
    println!("{:?}", scores.get(&who));
    *scores.get_mut("bob").unwrap() += 1;
}
`;
  await expectLines(program, [
    "const slot2 = unwrap(scores.get(key1), 'src/main.rs:6:27');",
    'scores.set(key1, slot2 + 1);',
    'scores.set(key3, 7);',
  ]);
  const run = await runs(program);
  assert.equal(run.stdout, 'Some(2)\nSome(7)\n');
  assert.match(run.stderr, /called `Option::unwrap\(\)` on a `None` value/);
  assert.equal(run.code, 101);
});

test('assignment_to_a_call_becomes_a_placeholder', async () => {
  await expectLines(
    'fn cell(v: &mut Vec<u32>) -> u32 {\n    v[0]\n}\nfn main() {\n    let mut v = vec![1];\n    *cell(&mut v) = 2;\n}\n',
    ["(unsupported('assignment to *cell(&mut v)', 'src/main.rs:6:5') as any);"],
  );
  await expectLines('fn main() {\n    1 = f();\n}\n', ["(unsupported('assignment to 1', 'src/main.rs:2:5') as any);"]);
});

test('tuple_assignment_and_let_without_a_value_declare_names', async () => {
  const program = `fn main() {
    let (a, b);
    (a, b) = (1, 2);
    let (mut x, mut y) = (a, b);
    (x, y) = (y, x);
    println!("{} {} {} {}", a, b, x, y);
}
`;
  await expectLines(program, ['let a, b;', '[a, b] = [1, 2];', '[x, y] = [y, x];']);
  assert.equal((await runs(program)).stdout, '1 2 2 1\n');
});

test('enum_value_as_a_statement_is_not_read_as_a_block', async () => {
  await expectLines('enum Cmd { Go(u32) }\nfn main() {\n    Cmd::Go(1);\n}\n', ["({ kind: 'Go', 0: 1 });"]);
});

test('format_placeholder_that_is_not_a_name_becomes_a_placeholder', async () => {
  const result = await expectLines('fn main() {\n    println!("{5*}");\n}\n', [
    `println("{5*}", [], { "5*": (unsupported('format placeholder {5*}', 'src/main.rs:2:5') as any) });`,
  ]);
  assert.deepEqual(unsupportedNames(result), ['chan2ts cannot translate this yet: format placeholder {5*}']);
});

test('discarded_parameters_get_distinct_names', async () => {
  const program = `fn second(_: i32, _: i32) -> i32 { 2 }
fn main() {
    let first = |_: i32, _: i32| 1;
    println!("{} {}", first(1, 2), second(3, 4));
}
`;
  await expectLines(program, [
    'function second(_: number, _2: number): number {',
    'const first = (_: number, _2: number) => 1;',
  ]);
  assert.equal((await runs(program)).stdout, '1 2\n');
});

test('member_of_a_number_or_an_operation_is_grouped', async () => {
  await expectLines(
    'fn main() {\n    let n = 7.is_power_of_two();\n    let t = std::time::Instant::now();\n    let late = t.elapsed() > p * 2;\n}\n',
    ['const n = rs.isPowerOfTwo(7);', 'const late = t.elapsed().nanos > (p * 2).nanos;'],
  );
});

test('conditional_or_negation_inside_an_operation_keeps_its_meaning', async () => {
  const program =
    'fn main() {\n    let x = 3;\n    let y = 1 + if x > 2 { 10 } else { 20 };\n    let z = - -x;\n    println!("{} {}", y, z);\n}\n';
  await expectLines(program, ['const y = 1 + (x > 2 ? 10 : 20);', 'const z = -(-x);']);
  assert.equal((await runs(program)).stdout, '11 3\n');
});

test('future_that_awaits_inside_is_deferred_as_an_async_function', async () => {
  await expectLines('async fn f() {\n    tokio::time::timeout(d, !flag.await).await;\n}\n', [
    'await timeout(d, async () => !(await flag));',
  ]);
});

test('const_whose_value_needs_statements_declares_them_first', async () => {
  const program = 'const LIMIT: u32 = {\n    let a = 2;\n    a * 3\n};\nfn main() {\n    println!("{}", LIMIT);\n}\n';
  await expectLines(program, [
    'let value1: number;',
    'const a = 2;',
    'value1 = a * 3;',
    'const LIMIT: number = value1;',
  ]);
  assert.equal((await runs(program)).stdout, '6\n');
});

test('enum_without_variants_is_never', async () => {
  await expectLines('enum Never {}\nfn main() {}\n', ['type Never = never;']);
});

test('decimal_literal_with_leading_zeros_is_not_octal', async () => {
  await expectLines('fn main() {\n    let a = 007;\n    let b = 0_1.5;\n}\n', ['const a = 7;', 'const b = 1.5;']);
});

test('struct_named_like_a_runtime_function_or_main_is_renamed', async () => {
  const result = await expectLines(
    'struct unwrap;\nstruct main;\nfn f() -> Option<u8> { Some(1) }\nfn main() {\n    f().unwrap();\n}\n',
    ['class unwrap_ {}', 'class main_ {}'],
  );
  assert.match(result.typescript, /import \{ .*\bunwrap\b.* \} from/);
});

test('assignment_used_as_an_operand_is_parenthesized', async () => {
  await expectLines(
    'fn main() {\n    let o: Option<i32> = None;\n    let n = o.unwrap_or(x = 1);\n    match o { Some(t) if t = e => {} _ => {} }\n}\n',
    ['const n = (o ?? (x = 1));', 'if (o !== undefined && (o = e)) {'],
  );
});

test('string_append_and_take_write_where_the_value_lives', async () => {
  const program = `use std::collections::HashMap;
fn main() {
    let mut names: HashMap<u32, String> = HashMap::new();
    names.entry(1).or_default().push_str("ann");
    let two = names.entry(2).or_insert(String::from("b"));
    two.push('o');
    two.push_str("b");
    let mut pending: HashMap<u32, Option<u32>> = HashMap::new();
    pending.insert(7, Some(5));
    let taken = pending.get_mut(&7).unwrap().take();
    println!("{:?} {:?} {:?} {}", names.get(&1), names.get(&2), taken, pending.contains_key(&7));
}
`;
  await expectLines(program, [
    'names.set(key1, names.get(key1)! + "ann");',
    'names.set(key2, names.get(key2)! + "o");',
    'pending.set(key3, undefined);',
  ]);
  assert.equal((await runs(program)).stdout, 'Some("ann") Some("bob") Some(5) true\n');
});

test('method_call_without_its_argument_is_a_placeholder', async () => {
  await expectLines('fn main() {\n    let p: u16 = 3;\n    let q = p.checked_mul();\n}\n', [
    "const q = rs.checked(p * (unsupported('checked_mul without its argument', 'src/main.rs:3:13') as any), 'u16');",
  ]);
});

test('method_named_by_a_number_is_a_placeholder', async () => {
  await expectLines('fn main() {\n    let pair = (1, 2);\n    pair.1();\n}\n', [
    "(unsupported('method call .1()', 'src/main.rs:3:5') as any);",
  ]);
});

test('format_capture_of_a_reserved_word_is_a_valid_name', async () => {
  await expectLines('fn main() {\n    print!("{if}");\n}\n', ['print("{if}", [], { if: if_ });']);
});

test('parameter_that_does_not_parse_binds_nothing', async () => {
  await expectLines('fn e(mut: r<()>) {}\nfn main() {}\n', ['function e(_: r<Unit>): void {}']);
});

test('call_of_a_value_that_is_not_a_path_groups_the_callee', async () => {
  await expectLines('fn main() {\n    (async { 1 }());\n    (Duration::f {}());\n}\n', [
    '((async () => {',
    'return 1;',
    '})());',
    '((new f({  }))());',
  ]);
});

test('pin_used_as_a_value_is_unit', async () => {
  await expectLines('fn main() {\n    tokio::pin!(f);\n    let v = t[pin!()];\n}\n', ['const v = t[null];']);
});

test('jump_in_what_a_for_loop_iterates_leaves_the_loop_around_it', async () => {
  await expectLines('fn main() {\n    for e in continue {}\n    loop {\n        for x in break {}\n    }\n}\n', [
    "unsupported('continue outside a loop', 'src/main.rs:2:14');",
    'for (;;) {',
    'break;',
    'for (const x of (undefined as never)) {}',
  ]);
});

test('repeated_vec_element_is_an_arrow_body', async () => {
  const program =
    '#[derive(Clone, Debug)]\nenum Slot { Free }\nfn main() {\n    let slots = vec![Slot::Free; 2];\n    println!("{:?}", slots);\n}\n';
  await expectLines(program, ["const slots: Slot[] = Array.from({ length: 2 }, () => ({ kind: 'Free' }));"]);
  assert.equal((await runs(program)).stdout, '[Free, Free]\n');
});

test('await_in_display_fmt_is_a_placeholder', async () => {
  await expectLines(
    'use std::fmt;\nstruct R;\nimpl fmt::Display for R {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        m.await;\n        write!(f, "r")\n    }\n}\nfn main() {}\n',
    ['toString(): string {', "(unsupported('.await in fmt', 'src/main.rs:5:9') as any);"],
  );
});

test('type_alias_that_does_not_parse_is_left_out', async () => {
  await expectLines('type R<> = ::.r<>;\nfn main() {}\n', [
    '// chan2ts: unsupported: code with a syntax error (src/main.rs:1:1)',
  ]);
});

test('second_definition_of_a_name_is_left_out', async () => {
  await expectLines('fn render() {}\nfn render() {}\nstruct S;\nstruct S;\nfn main() {}\n', [
    'function render(): void {}',
    '// chan2ts: unsupported: a second definition of render (src/main.rs:2:1)',
    'class S {}',
    '// chan2ts: unsupported: a second definition of S (src/main.rs:4:1)',
  ]);
});

test('comment_after_the_value_of_a_block_is_not_its_value', async () => {
  const program =
    'fn answer() -> i32 {\n    42\n    // the answer\n}\nfn main() {\n    let x = {\n        1 + 1 /* two */\n    };\n    println!("{} {}", answer(), x);\n}\n';
  await expectLines(program, ['return 42;', '// the answer', 'x = 1 + 1;']);
  assert.equal((await runs(program)).stdout, '42 2\n');
});

test('awaited_block_or_closure_is_grouped', async () => {
  // An async block is an async function here: awaiting it calls it.
  await expectLines('async fn f() {\n    let v = async { 1 }.await;\n}\nfn main() {}\n', [
    'const v = await (async () => {',
    '})();',
  ]);
});

test('assertion_used_as_a_value_checks_first_and_is_unit', async () => {
  // Half-typed code: an assert_eq! left as an argument of another assertion (not valid Rust, but it must parse).
  await translated('fn main() {\n    let v = 3;\n    assert_ne!(v, assert_eq!(v, 3));\n}\n');
  const program = `fn ok(x: i32) {
    assert!(x > 0)
}
fn main() {
    let v = 3;
    let u = assert!(v == 3);
    ok(v);
    let w = if v > 2 { assert_eq!(v, 3) } else { () };
    let check = || assert_ne!(v, 4);
    check();
    println!("{:?} {:?}", u, w);
    let failed = if v > 2 { assert_eq!(v + 1, 5, "v was {}", v) } else { () };
    println!("not reached {:?}", failed);
}
`;
  const run = await runs(program);
  assert.equal(run.stdout, '() ()\n');
  assert.match(run.stderr, /assertion `left == right` failed: v was 3\n {2}left: 4\n right: 5/);
  assert.equal(run.code, 101);
});

test('unknown_method_of_a_std_type_is_reported_by_name_and_panics_when_reached', async () => {
  const program = [
    'fn main() {',
    '    let level: i8 = -3;',
    '    let word = String::from("hi");',
    '    if level > 0 {',
    '        level.frobnicate();',
    '        word.frobnicate();',
    '    }',
    '    println!("{} {}", level, word);',
    '    println!("{}", word.frobnicate());',
    '}',
    '',
  ].join('\n');
  const result = await translated(program);
  assert.deepEqual(unsupportedNames(result), [
    'chan2ts cannot translate this yet: i8::frobnicate',
    'chan2ts cannot translate this yet: str::frobnicate',
    'chan2ts cannot translate this yet: str::frobnicate',
  ]);
  const run = await runs(program);
  assert.equal(run.stdout, '-3 hi\n');
  assert.match(run.stderr, /str::frobnicate/);
});

test('method_of_a_program_trait_on_a_type_parameter_has_the_declared_type', async () => {
  const program = [
    'trait Named { fn name(&self) -> String; }',
    'struct Cat;',
    'impl Named for Cat { fn name(&self) -> String { "tom".to_string() } }',
    'fn shout<U>(who: &U) -> String where U: Named { who.name().to_uppercase() }',
    'fn main() {',
    '    println!("{}", shout(&Cat));',
    '}',
    '',
  ].join('\n');
  const result = await translated(program);
  assert.deepEqual(unsupportedNames(result), []);
  assert.equal((await runs(program)).stdout, 'TOM\n');
});
