// fmt's Sscan, Sscanln and Sscanf: what they fill and the errors Go 1.23 gives for the same input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fmt, pointerTo } from '../../runtime/src/go/index.js';

function box<T>(value: T): { value: T } {
  return { value };
}

test('sscan_fills_each_target_by_the_kind_of_its_value', async () => {
  const [word, n, yes, big, f] = [box(''), box(0), box(false), box(0n), box(0)];
  const [count, err] = await fmt.sscan('go -12\n true 7 2.5e3', word, n, yes, big, fmt.floatTarget(f));
  assert.deepEqual(
    [count, err, word.value, n.value, yes.value, big.value, f.value],
    [5, null, 'go', -12, true, 7n, 2500],
  );
});

test('sscan_reads_base_prefixes_and_old_style_octal', async () => {
  const targets = [box(0), box(0), box(0), box(0)];
  await fmt.sscan('0x1F 0b101 0o17 017', ...targets);
  assert.deepEqual(
    targets.map((t) => t.value),
    [31, 5, 15, 15],
  );
});

test('sscan_reports_eof_for_a_missing_item_and_expected_integer_for_a_word', async () => {
  const [a, b] = [box(0), box(0)];
  const [n, err] = await fmt.sscan('4', a, b);
  assert.deepEqual([n, err?.Error(), a.value], [1, 'EOF', 4]);
  const [m, bad] = await fmt.sscan('four', a);
  assert.deepEqual([m, bad?.Error()], [0, 'expected integer']);
});

test('sscanln_stops_at_the_newline', async () => {
  const [a, b] = [box(0), box(0)];
  const [n, err] = await fmt.sscanln('1\n2', a, b);
  assert.deepEqual([n, err?.Error()], [1, 'unexpected newline']);
  const [m, extra] = await fmt.sscanln('1 2 3', a, b);
  assert.deepEqual([m, extra?.Error()], [2, 'expected newline']);
});

test('sscanf_matches_the_literal_text_of_its_format', async () => {
  let x = 0;
  let y = 0;
  const [n, err] = await fmt.sscanf(
    'at (3,-4)',
    'at (%d,%d)',
    pointerTo(
      () => x,
      (v) => (x = v),
    ),
    pointerTo(
      () => y,
      (v) => (y = v),
    ),
  );
  assert.deepEqual([n, err, x, y], [2, null, 3, -4]);
  const [m, mismatch] = await fmt.sscanf('7 pears', '%d apples', box(0));
  assert.deepEqual([m, mismatch?.Error()], [1, 'input does not match format']);
});

test('sscanf_width_limits_an_item', async () => {
  const [word, num] = [box(''), box(0)];
  await fmt.sscanf('abcdef12', '%3s%d', word, num);
  assert.deepEqual([word.value, num.value], ['abc', 0]);
  const [n, err] = await fmt.sscanf('abcdef12', '%3s%d', word, num);
  assert.deepEqual([n, err?.Error()], [1, 'expected integer']);
});

test('sscan_of_a_bad_float_reports_strconv_error', async () => {
  const [n, err] = await fmt.sscan('abc', fmt.floatTarget(box(0)));
  assert.deepEqual([n, err?.Error()], [0, 'strconv.ParseFloat: parsing "": invalid syntax']);
});
