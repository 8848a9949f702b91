// 64-bit integers (server/translate/rust/wide-integers.ts): numbers unless the program has an
// integer literal a number cannot hold exactly; then its u64/i64/u128/i128 are bigints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../server/translate/index.js';

async function typescriptOf(body: string): Promise<string> {
  const rust = `fn main() {\n${body}\n}\n`;
  return (await translate(rust, { language: 'rust', fileName: 'src/main.rs' })).typescript;
}

test('ordinary_64_bit_integers_stay_numbers', async () => {
  const ts = await typescriptOf(`    let mut total: u64 = 0;
    for i in 0..10u64 { total += i * 3; }
    let n: usize = 4;
    println!("{} {}", total / 2, n);`);
  assert.match(ts, /let total: number = 0;/);
  assert.match(ts, /Math\.trunc\(total \/ 2\)/);
  assert.doesNotMatch(ts, /bigint|BigInt|\dn\b/);
});

test('u64_past_2_to_the_53_is_a_bigint_when_the_program_needs_it', async () => {
  const ts = await typescriptOf(`    let mut seed: u64 = 2024;
    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
    let digit = ((seed >> 33) % 10) as u8;
    let small: u32 = 7;
    println!("{} {} {}", seed / 3, digit, small + 1);`);
  assert.match(ts, /let seed: bigint = 2024n;/);
  assert.match(ts, /seed = rs\.wrappingWide\(rs\.wrappingWide\(seed \* 6364136223846793005n, 'u64'\) \+ 1n, 'u64'\);/);
  assert.match(ts, /const digit = Number\(BigInt\.asUintN\(8, \(\(seed >> 33n\) % 10n\)\)\);/);
  // Integer division of bigints truncates already; narrower integers stay numbers.
  assert.match(ts, /seed \/ 3n/);
  assert.match(ts, /const small: number = 7;/);
});

test('casts_between_wide_and_narrow_integers_wrap_as_rust_does', async () => {
  const ts = await typescriptOf(`    let big: u64 = 18_446_744_073_709_551_000;
    let signed = big as i64;
    let index = 3usize;
    let widened = index as u64 + big;
    let float = big as f64;
    println!("{} {} {}", signed, widened, float);`);
  assert.match(ts, /const signed = BigInt\.asIntN\(64, big\);/);
  assert.match(ts, /const widened = BigInt\.asUintN\(64, BigInt\(index\)\) \+ big;/);
  assert.match(ts, /const float = Number\(big\);/);
});

test('u64_max_and_checked_arithmetic_are_exact_in_wide_programs', async () => {
  const ts = await typescriptOf(`    let near = u64::MAX - 5;
    println!("{:?} {}", near.checked_add(6), 9_007_199_254_740_993u64);`);
  assert.match(ts, /const near = 18446744073709551615n - 5n;/);
  assert.match(ts, /rs\.checkedWide\(near \+ 6n, 'u64'\)/);
  assert.match(ts, /9007199254740993n/);
});

test('wide_lists_and_their_sums_stay_bigints', async () => {
  const ts = await typescriptOf(`    let v: Vec<u64> = vec![1, 2, 9_007_199_254_740_993];
    let s: u64 = v.iter().sum();
    println!("{}", s);`);
  assert.match(ts, /const v: bigint\[\] = \[1n, 2n, 9007199254740993n\];/);
  assert.match(ts, /v\.reduce\(\(a, b\) => a \+ b, 0n\)/);
});

test('a_64_bit_one_shifted_past_2_to_the_53_or_by_a_computed_count_makes_integers_wide', async () => {
  const constant = await typescriptOf(`    let top = 1u64 << 60;
    println!("{}", top + 1);`);
  assert.match(constant, /const top = BigInt\.asUintN\(64, 1n << 60n\);/);
  const computed = await typescriptOf(`    let mut bits: u64 = 0;
    for i in 0..10u32 { bits += 1u64 << (i * 6); }
    println!("{}", bits);`);
  assert.match(computed, /let bits: bigint = 0n;/);
  // A shift that stays below 2^53 keeps numbers.
  const small = await typescriptOf(`    let mask: u64 = (1u64 << 40) - 1;
    println!("{}", mask);`);
  assert.doesNotMatch(small, /bigint|BigInt|\dn\b/);
});
