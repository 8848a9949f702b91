// Adapters over iterators whose values are waited for (runtime/src/tokio/std-async-iter.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rs } from '../../runtime/src/tokio/index.js';

/** Values 1, 2, 3, ... and how many were asked for. */
function counting(): { values: AsyncGenerator<number>; asked: () => number } {
  let n = 0;
  async function* values(): AsyncGenerator<number> {
    for (;;) yield ++n;
  }
  return { values: values(), asked: () => n };
}

test('take_asks_for_no_value_past_the_last_it_gives', async () => {
  const source = counting();
  assert.deepEqual(await rs.collectAsync(rs.takeValues(source.values, 3)), [1, 2, 3]);
  assert.equal(source.asked(), 3);
});

test('take_while_consumes_the_value_that_stops_it', async () => {
  const source = counting();
  const below = rs.takeWhileValues(source.values, (x) => x < 3);
  assert.deepEqual(await rs.collectAsync(below), [1, 2]);
  assert.equal(source.asked(), 3);
});

test('adapters_over_a_plain_iterable_give_an_async_one', async () => {
  const chain = rs.enumerateValues(
    rs.skipValues(
      rs.filterValues(
        rs.mapValues([1, 2, 3, 4], (x) => x * 10),
        (x) => x > 10,
      ),
      1,
    ),
  );
  assert.deepEqual(await rs.collectAsync(chain), [
    [0, 30],
    [1, 40],
  ]);
});

test('next_gives_none_once_the_iterator_has_ended', async () => {
  const it = rs.takeValues([7], 5);
  assert.equal(await rs.nextAsync(it), 7);
  assert.equal(await rs.nextAsync(it), undefined);
});
