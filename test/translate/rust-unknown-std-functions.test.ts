// A std function the translator does not know, called by path or used as a function value: reported
// by name, and a call of the runtime's `unsupported` in its place (a panic only where it is
// reached), never a method of the same name guessed on the first argument.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../server/translate/index.js';

async function translated(body: string): Promise<{ typescript: string; unsupported: string[] }> {
  const rust = `fn main() {\n${body}\n}\n`;
  const result = await translate(rust, { language: 'rust', fileName: 'src/main.rs' });
  const unsupported = result.diagnostics.filter((d) => d.code === 'unsupported').map((d) => d.message);
  return { typescript: result.typescript, unsupported };
}

test('unknown_std_function_called_by_path_is_reported_by_name', async () => {
  const { typescript, unsupported } = await translated(`    let bits: u64 = 7;
    if bits == 0 {
        println!("{}", f64::from_bits(bits));
    }`);
  assert.deepEqual(unsupported, ['chan2ts cannot translate this yet: call of f64::from_bits']);
  assert.match(typescript, /unsupported\('call of f64::from_bits', 'src\/main\.rs:4:24'\)/);
  assert.doesNotMatch(typescript, /\.fromBits\(/);
});

test('unknown_std_function_as_a_value_is_reported_by_name', async () => {
  const { typescript, unsupported } = await translated(`    let bits: Vec<u64> = vec![7];
    let values: Vec<f64> = bits.into_iter().map(f64::from_bits).collect();
    println!("{}", values.len());`);
  assert.deepEqual(unsupported, ['chan2ts cannot translate this yet: f64::from_bits as a function value']);
  assert.doesNotMatch(typescript, /\.fromBits\(/);
});
