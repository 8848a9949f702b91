// math/rand: the numbers are random, so these pin what every run shares: ranges, Go's panics,
// a seeded generator repeating itself, permutations keeping their elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rand } from '../../runtime/src/go/index.js';
import { GoPanic } from '../../runtime/src/go/panic.js';

test('intn_stays_in_zero_to_n', () => {
  for (const n of [1, 2, 7, 1000, 2 ** 40]) {
    for (let i = 0; i < 200; i++) {
      const v = rand.intn(n);
      assert.ok(Number.isInteger(v) && v >= 0 && v < n, `${v} for n=${n}`);
    }
  }
});

test('intn_panics_on_a_bound_below_one', () => {
  assert.throws(
    () => rand.intn(0),
    (e: unknown) => e instanceof GoPanic && e.value === 'invalid argument to Intn',
  );
});

test('float64_stays_in_zero_to_one', () => {
  for (let i = 0; i < 1000; i++) {
    const f = rand.float64();
    assert.ok(f >= 0 && f < 1);
  }
});

test('a_seeded_generator_repeats_its_sequence', () => {
  const draw = (seed: number) => {
    const r = rand.new(rand.newSource(seed));
    return Array.from({ length: 10 }, () => r.int63());
  };
  assert.deepEqual(draw(42), draw(42));
  assert.notDeepEqual(draw(42), draw(43));
});

test('seed_makes_the_top_level_functions_repeat', () => {
  rand.seed(5);
  const first = [rand.intn(1000), rand.intn(1000), rand.intn(1000)];
  rand.seed(5);
  assert.deepEqual([rand.intn(1000), rand.intn(1000), rand.intn(1000)], first);
});

test('perm_is_a_permutation_of_zero_to_n', () => {
  const p = rand.perm(10);
  assert.deepEqual(
    [...p].sort((a, b) => a - b),
    [...Array(10).keys()],
  );
});

test('shuffle_swaps_from_the_last_index_down', () => {
  const pairs: [number, number][] = [];
  rand.shuffle(4, (i, j) => pairs.push([i, j]));
  assert.deepEqual(
    pairs.map(([i]) => i),
    [3, 2, 1],
  );
  assert.ok(pairs.every(([i, j]) => j >= 0 && j <= i));
});

test('pcg_gives_gos_words_for_its_seeds', () => {
  // From Go 1.23: p := rand.NewPCG(1, 2); p.Uint64(), p.Uint64()
  const p = rand.newPCG(1, 2);
  assert.equal(p.uint64Big(), 14192431797130687760n);
  assert.equal(p.uint64Big(), 11371241257079532652n);
});

test('a_v2_generator_over_pcg_draws_as_go_does', () => {
  // From Go 1.23: r := rand.New(rand.NewPCG(42, 1024)); r.IntN(10), r.IntN(1000), r.IntN(1<<20), r.Int(), ...
  const r = rand.new(rand.newPCG(42, 1024));
  assert.deepEqual([r.intN(10), r.intN(1000), r.intN(1 << 20)], [9, 496, 189178]);
  r.int64N(1e18);
  r.int();
  assert.deepEqual([r.int32(), r.uint32(), r.int32N(7), r.uintN(3)], [43008742, 1542993725, 4, 0]);
  assert.equal(r.float64(), 0.274766596747989);
  assert.equal(Math.fround(r.float32()), Math.fround(0.8993882));
  assert.deepEqual(r.perm(6), [0, 1, 3, 4, 2, 5]);
});

// Go 1.23 prints these for rand.New(rand.NewSource(seed)) and the same calls.
test('a_seeded_generator_gives_gos_intn_sequence', () => {
  const r42 = rand.new(rand.newSource(42));
  assert.deepEqual([r42.intn(100), r42.intn(100)], [5, 87]);
  const r7 = rand.new(rand.newSource(7));
  assert.deepEqual(
    Array.from({ length: 5 }, () => r7.intn(1000)),
    [886, 870, 853, 863, 412],
  );
});

test('a_seeded_generator_derives_int31n_int63n_int31_uint32_as_go_does', () => {
  const r = rand.new(rand.newSource(7));
  for (let i = 0; i < 5; i++) r.intn(1000);
  assert.deepEqual(
    [r.int31n(50), r.int63n(1_000_000_007), r.int31(), r.uint32(), r.intn(64)],
    [8, 423507043n, 735904102, 95617904, 60],
  );
  assert.equal(r.float64().toFixed(6), '0.458825');
});

test('a_seeded_generator_permutes_and_shuffles_as_go_does', () => {
  const r = rand.new(rand.newSource(42));
  r.intn(100);
  r.intn(100);
  r.int63();
  r.float64();
  assert.deepEqual(r.perm(6), [3, 5, 0, 4, 2, 1]);
  const deck = ['A', 'K', 'Q', 'J', '10', '9'];
  r.shuffle(deck.length, (i, j) => ([deck[i], deck[j]] = [deck[j]!, deck[i]!]));
  assert.deepEqual(deck, ['Q', 'J', 'A', '9', 'K', '10']);
});

test('seed_zero_is_go_s_stand_in_seed', () => {
  const draw = (seed: number) => {
    const r = rand.new(rand.newSource(seed));
    return Array.from({ length: 5 }, () => r.intn(1 << 30));
  };
  assert.deepEqual(draw(0), draw(89482311));
});

test('seeds_equal_modulo_two_to_the_31_minus_1_give_one_sequence', () => {
  const draw = (seed: number) => {
    const r = rand.new(rand.newSource(seed));
    return Array.from({ length: 5 }, () => r.intn(1000));
  };
  assert.deepEqual(draw(5 + 2147483647), draw(5));
});

test('a_negative_seed_gives_gos_sequence', () => {
  assert.equal(rand.new(rand.newSource(-3)).intn(100), 52);
});

test('norm_float64_and_exp_float64_give_gos_ziggurat_values_for_a_seed', () => {
  // Go 1.23: rand.Seed(1); fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
  const r = rand.new(rand.newSource(1));
  assert.equal(r.normFloat64(), -1.233758177597947);
  assert.equal(r.expFloat64(), 0.5372820936538049);
});

test('norm_float64_reaches_past_the_base_strip_as_gos_does', () => {
  // Go 1.23, rand.NewSource(99): 5 NormFloat64 and 5 ExpFloat64, then 20000 NormFloat64 of
  // which 18 lie beyond 3.44 (drawn from the tail), the last -0.9903573698803498.
  const r = rand.new(rand.newSource(99));
  for (let i = 0; i < 5; i++) r.normFloat64();
  for (let i = 0; i < 5; i++) r.expFloat64();
  let tails = 0;
  let last = 0;
  for (let i = 0; i < 20000; i++) {
    last = r.normFloat64();
    if (Math.abs(last) > 3.44) tails++;
  }
  assert.equal(tails, 18);
  assert.equal(last, -0.9903573698803498);
});

test('uint64_of_a_seeded_generator_is_exact_past_2_53', () => {
  // From Go 1.23: r := rand.New(rand.NewSource(42)); r.Uint64(), r.Uint64()
  const r = rand.new(rand.newSource(42));
  assert.equal(r.uint64(), 12663951391086054483n);
  assert.equal(r.uint64(), 9832119173398632219n);
});
