// Slice and map methods of std that arrays and Maps lack (runtime/src/tokio/std-slices.ts),
// `iter_mut` over numbers (rs.refsTo) and RefCell (std-cell.ts), as std documents them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format, LocalSet, rs, spawn } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

test('windows_gives_every_run_of_neighbours', () => {
  assert.deepEqual(rs.windows([1, 2, 3, 4], 2), [
    [1, 2],
    [2, 3],
    [3, 4],
  ]);
  assert.deepEqual(rs.windows([1, 2], 3), []);
});

test('chunks_keep_a_short_last_chunk_and_chunks_exact_leaves_it_out', () => {
  assert.deepEqual(rs.chunks([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  const exact = rs.chunksExact([1, 2, 3, 4, 5], 2);
  assert.deepEqual(
    [...exact],
    [
      [1, 2],
      [3, 4],
    ],
  );
  assert.deepEqual(exact.remainder(), [5]);
  assert.deepEqual(rs.rchunks([1, 2, 3, 4, 5], 2), [[4, 5], [2, 3], [1]]);
});

test('a_zero_window_or_chunk_size_panics', async () => {
  const windows = await runTokio(async () => {
    rs.windows([1], 0, 'src/main.rs:3:7');
  });
  assert.equal(windows.code, 101);
  assert.match(windows.stderr, /panicked at src\/main.rs:3:7:\nwindow size must be non-zero/);
  const chunks = await runTokio(async () => {
    rs.chunks([1], 0);
  });
  assert.match(chunks.stderr, /chunk size must be non-zero/);
});

test('hash_map_retain_removes_what_the_closure_does_not_keep', () => {
  const ages = new Map([
    ['ann', 31],
    ['bob', 17],
    ['cy', 45],
  ]);
  rs.retainMap(ages, (name, age) => age >= 18 && name !== 'cy');
  assert.deepEqual([...ages], [['ann', 31]]);
});

test('iter_mut_over_numbers_writes_through_to_the_vec', () => {
  const counts = [1, 2, 3];
  for (const slot of rs.refsTo(counts)) slot.value *= 10;
  assert.deepEqual(counts, [10, 20, 30]);
});

test('ref_cell_borrow_mut_changes_the_shared_value_and_prints_as_std', () => {
  const cell = new rs.RefCell<number[]>([]);
  cell.value.push(1);
  assert.equal(cell.replace([7]).length, 1);
  assert.equal(format('{:?}', [cell]), 'RefCell { value: [7] }');
});

test('local_set_run_until_runs_the_future_and_its_local_tasks', async () => {
  const { code, stderr } = await runTokio(async () => {
    const local = new LocalSet();
    const sum = await local.runUntil(async () => {
      const handles = [1, 2, 3].map((i) => spawn(async () => i * 2));
      let total = 0;
      for (const h of handles) total += (await h).unwrap();
      return total;
    });
    assert.equal(sum, 12);
  });
  assert.equal(code, 0, stderr);
});
