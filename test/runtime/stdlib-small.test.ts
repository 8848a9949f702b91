// The small packages tutorials use: log's lines and Fatal, runtime's goroutine count,
// unicode/utf8, unicode, cmp, slices, maps, strings.Title and strings.NewReplacer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bytesOf,
  cmp,
  fmt,
  go,
  log,
  makeChan,
  maps,
  runtime,
  slices,
  strings,
  unicode,
  utf8,
} from '../../runtime/src/go/index.js';
import { runProgram } from '../support/run-program.js';

test('log_println_starts_with_date_and_time_by_default', async () => {
  const { stderr } = await runProgram(() => {
    log.println('hello', 3);
  });
  assert.match(stderr, /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d hello 3\n$/);
});

test('log_fatal_prints_then_exits_with_status_1', async () => {
  const { stderr, code, stdout } = await runProgram(() => {
    log.setFlags(0);
    log.setPrefix('app: ');
    log.fatalf('bad %d', 7);
  });
  assert.equal(stderr, 'app: bad 7\n');
  assert.equal(stdout, '');
  assert.equal(code, 1);
});

test('num_goroutine_counts_main_and_every_live_goroutine', async () => {
  const { stdout } = await runProgram(async () => {
    const stop = makeChan<number>(0, 0);
    fmt.println(runtime.numGoroutine());
    for (let i = 0; i < 3; i++) go(() => stop.recv());
    await runtime.gosched();
    fmt.println(runtime.numGoroutine());
  });
  assert.equal(stdout, '1\n4\n');
});

test('utf8_decode_rune_gives_its_width_in_bytes', () => {
  assert.deepEqual(utf8.decodeRuneInString('世界'), [0x4e16, 3]);
  assert.deepEqual(utf8.decodeLastRuneInString('añ'), [0xf1, 2]);
  assert.deepEqual(utf8.decodeRuneInString(''), [utf8.runeError, 0]);
  assert.equal(utf8.runeCountInString('Hello, 世界!'), 10);
});

test('utf8_valid_rejects_a_truncated_sequence', () => {
  assert.equal(utf8.valid(bytesOf('é')), true);
  assert.equal(utf8.valid(Uint8Array.of(0xc3)), false);
  assert.equal(utf8.valid(Uint8Array.of(0xed, 0xa0, 0x80)), false);
});

test('unicode_predicates_follow_categories', () => {
  assert.deepEqual(
    [
      unicode.isUpper(0x41),
      unicode.isLetter(0x4e16),
      unicode.isDigit(0x39),
      unicode.isSpace(0x85),
      unicode.isPunct(0x21),
    ],
    [true, true, true, true, true],
  );
  assert.equal(unicode.toUpper(0xe9), 0xc9);
});

test('cmp_compare_puts_nan_first_and_strings_in_byte_order', () => {
  assert.equal(cmp.compare(NaN, -Infinity), -1);
  assert.equal(cmp.compare('\uffff', '\u{10000}'), -1);
});

test('slices_max_panics_on_an_empty_slice', () => {
  assert.throws(() => slices.max([]), /empty list/);
});

test('slices_binary_search_finds_the_insertion_point', () => {
  assert.deepEqual(slices.binarySearch([1, 3, 5], 4), [2, false]);
  assert.deepEqual(slices.binarySearch([1, 3, 5], 5), [2, true]);
});

test('slices_insert_and_delete_give_new_slices', () => {
  assert.deepEqual(slices.insert([1, 4], 1, 2, 3), [1, 2, 3, 4]);
  assert.deepEqual(slices.delete([1, 2, 3, 4], 1, 3), [1, 4]);
});

test('maps_keys_sorted_collects_every_key', () => {
  const m = new Map([
    ['b', 2],
    ['a', 1],
  ]);
  assert.deepEqual(slices.sorted(maps.keys(m)), ['a', 'b']);
  assert.equal(maps.equal(m, maps.clone(m)), true);
});

test('strings_title_upper_cases_the_first_letter_of_each_word', () => {
  assert.equal(strings.title("hello wide world-o'clock ünter_x 3d"), "Hello Wide World-O'Clock Ünter_x 3d");
});

test('strings_replacer_prefers_the_earlier_pair_at_one_place', () => {
  assert.equal(strings.newReplacer('a', '1', 'aa', '2').replace('aaa'), '111');
  assert.equal(strings.newReplacer('', 'X').replace('ab'), 'XaXbX');
});

test('to_title_gives_the_title_case_of_digraphs_and_keeps_georgian', () => {
  assert.deepEqual(
    [unicode.toTitle(0x1c6), unicode.toTitle(0x1c4), unicode.toTitle(0x1f3), unicode.toTitle(0x10d0)],
    [0x1c5, 0x1c5, 0x1f2, 0x10d0],
  );
  assert.deepEqual([unicode.toTitle(0x61), unicode.toUpper(0x1c6)], [0x41, 0x1c4]);
});
