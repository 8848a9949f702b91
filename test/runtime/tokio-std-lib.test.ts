// The runtime's helpers for translated Rust (runtime/src/tokio/std-lib.ts, exported as `rs`):
// each behaves as the Rust it stands for (expected values from Rust's documented semantics).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format, mpsc, Mutex, rs, RustPanic } from '../../runtime/src/tokio/index.js';

test('strlen_counts_utf8_bytes_as_str_len_does', () => {
  assert.equal(rs.strLen('abc'), 3);
  assert.equal(rs.strLen('é'), 2);
  assert.equal(rs.strLen('📤 up'), 7);
});

test('index_past_the_end_panics_with_rusts_message_and_location', () => {
  assert.equal(rs.index([10, 20], 1, 'src/main.rs:1:1'), 20);
  assert.throws(
    () => rs.index([1, 2, 3], 3, 'src/main.rs:7:5'),
    (e: unknown) =>
      e instanceof RustPanic &&
      e.message === 'index out of bounds: the len is 3 but the index is 3' &&
      e.location === 'src/main.rs:7:5',
  );
});

test('parse_integer_follows_rusts_rules_and_errors', () => {
  assert.equal(rs.parseInteger('+42').unwrap(), 42);
  assert.equal(rs.parseInteger('-7', 'i8').unwrap(), -7);
  assert.equal(format('{}', [rs.parseInteger('').unwrapErr()]), 'cannot parse integer from empty string');
  assert.equal(format('{:?}', [rs.parseInteger('4x').unwrapErr()]), 'ParseIntError { kind: InvalidDigit }');
  assert.equal(format('{}', [rs.parseInteger('256', 'u8').unwrapErr()]), 'number too large to fit in target type');
  assert.equal(format('{}', [rs.parseInteger('-1', 'u32').unwrapErr()]), 'invalid digit found in string');
});

test('parse_float_accepts_rusts_forms', () => {
  assert.equal(rs.parseFloat('2.5e3').unwrap(), 2500);
  assert.equal(rs.parseFloat('inf').unwrap(), Infinity);
  assert.equal(format('{}', [rs.parseFloat('1.2.3').unwrapErr()]), 'invalid float literal');
});

test('wrapping_saturating_and_checked_arithmetic_respect_the_integer_width', () => {
  assert.equal(rs.wrapping(250 + 10, 'u8'), 4);
  assert.equal(rs.wrapping(127 + 1, 'i8'), -128);
  assert.equal(rs.saturating(250 + 10, 'u8'), 255);
  assert.equal(rs.saturating(3 - 5, 'u32'), 0);
  assert.equal(rs.checked(200 + 100, 'u8'), undefined);
  assert.equal(rs.checked(200 + 55, 'u8'), 255);
});

test('bitwise_on_64_bit_values_keeps_every_bit', () => {
  const big = 2 ** 40 + 300;
  assert.equal(rs.bitwise(big, '&', 0xff), 44);
  assert.equal(rs.bitwise(2 ** 40, '|', 1), 2 ** 40 + 1);
});

test('eq_compares_tuples_vecs_maps_structs_and_enum_values_structurally', () => {
  assert.ok(rs.eq([1, [2, 'a']], [1, [2, 'a']]));
  assert.ok(!rs.eq([1, 2], [1, 2, 3]));
  assert.ok(rs.eq({ kind: 'Busy', 0: 3 }, { kind: 'Busy', 0: 3 }));
  assert.ok(!rs.eq({ kind: 'Busy', 0: 3 }, { kind: 'Idle' }));
  assert.ok(rs.eq(new Map([['a', 1]]), new Map([['a', 1]])));
  class Point {
    constructor(readonly x: number) {}
  }
  assert.ok(rs.eq(new Point(1), new Point(1)));
  assert.ok(!rs.eq(new Point(1), { x: 1 }));
});

test('max_is_the_last_maximum_and_min_the_first_minimum', () => {
  const pairs: [number, string][] = [
    [2, 'a'],
    [3, 'b'],
    [3, 'c'],
    [1, 'd'],
    [1, 'e'],
  ];
  assert.deepEqual(
    rs.maxByKey(pairs, (p) => p[0]),
    [3, 'c'],
  );
  assert.deepEqual(
    rs.minByKey(pairs, (p) => p[0]),
    [1, 'd'],
  );
  assert.equal(rs.max([]), undefined);
});

test('btreemap_iterates_and_prints_in_key_order', () => {
  const m = new rs.BTreeMap<string, number>([
    ['pens', 1],
    ['ink', 2],
    ['paper', 3],
  ]);
  assert.deepEqual([...m.keys()], ['ink', 'paper', 'pens']);
  assert.equal(format('{:?}', [m]), '{"ink": 2, "paper": 3, "pens": 1}');
});

test('entry_or_insert_inserts_only_when_missing', () => {
  const m = new Map<string, number>([['a', 1]]);
  assert.equal(rs.entry(m, 'a').orInsert(5), 1);
  assert.equal(rs.entry(m, 'b').orInsert(5), 5);
  assert.equal(m.get('b'), 5);
});

test('arc_counts_clones_and_the_last_drop_drops_the_value', () => {
  const [tx, rx] = mpsc.channel<number>(1);
  const shared = rs.arc(new Mutex(rx));
  const worker = rs.arcClone(shared);
  assert.equal(rs.strongCount(shared), 2);
  rs.arcDrop(worker);
  assert.equal(rs.strongCount(shared), 1);
  assert.ok(!tx.isClosed(), 'the receiver lives while one Arc does');
  rs.arcDrop(shared);
  assert.ok(tx.isClosed(), 'the last Arc dropped the Mutex and the receiver in it');
});

test('drop_of_a_container_drops_the_handles_in_it_and_survives_cycles', () => {
  const [tx, rx] = mpsc.channel<number>(1);
  const holder: { senders: unknown[]; self?: unknown } = { senders: [tx, tx] };
  holder.self = holder;
  rs.drop(holder);
  assert.equal(format('{:?}', [rx.tryRecv()]), 'Err(Disconnected)');
});

test('arc_of_a_plain_value_counts_its_clones', () => {
  const unit = rs.arcValue(null);
  const copy = rs.arcClone(unit);
  assert.equal(rs.strongCount(unit), 2);
  rs.arcDrop(copy);
  assert.equal(rs.strongCount(unit), 1);
  assert.equal(format('{:?} {}', [unit, rs.arcValue(40)]), '() 40');
});

test('bit_count_reads_the_twos_complement_of_the_integer_type', () => {
  assert.equal(rs.bitCount(1, 64, 'leading'), 63);
  assert.equal(rs.bitCount(-1, 32, 'ones'), 32);
  assert.equal(rs.bitCount(8, 8, 'trailing'), 3);
  assert.equal(rs.bitCount(0, 16, 'zeros'), 16);
});

test('u64_max_prints_in_full', () => {
  assert.equal(format('{}', [18446744073709551615]), '18446744073709551615');
  assert.equal(format('{}', [2 ** 60]), '1152921504606846976');
});
