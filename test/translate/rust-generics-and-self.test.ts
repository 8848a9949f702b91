// `Self` in a method's parameters is the type the impl is for (server/translate/rust/functions.ts),
// and functions and methods keep their type parameters (server/translate/rust/generics.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../server/translate/index.js';

async function typescriptOf(rust: string): Promise<string> {
  return (await translate(rust, { language: 'rust', fileName: 'src/main.rs' })).typescript;
}

const METERS = `struct Meters(f64);
impl Meters {
    fn plus(&self, other: &Self) -> Self { Meters(self.0 + other.0) }
    fn all(&self, others: Vec<Self>) -> Vec<Self> { others }
}
fn main() { println!("{}", Meters(1.0).plus(&Meters(2.0)).0); }
`;

test('a_self_parameter_is_typed_as_the_impls_type', async () => {
  const ts = await typescriptOf(METERS);
  assert.match(ts, /plus\(other: Meters\): Meters \{/);
  assert.match(ts, /all\(others: Meters\[\]\): Meters\[\] \{/);
  assert.doesNotMatch(ts, /\bSelf\b/);
});

test('a_tuple_struct_field_of_a_self_parameter_is_read_by_index', async () => {
  const ts = await typescriptOf(METERS);
  assert.match(ts, /this\[0\] \+ other\[0\]/);
});

test('a_generic_method_keeps_its_type_parameters_without_bounds', async () => {
  const ts = await typescriptOf(`use std::fmt::Display;
struct Shelf { n: u32 }
impl Shelf {
    fn label<T: Display, U>(&self, a: T, b: U) -> String where U: Display { format!("{}{}{}", self.n, a, b) }
}
fn main() { println!("{}", Shelf { n: 1 }.label(2, "x")); }
`);
  assert.match(ts, /label<T, U>\(a: T, b: U\): string \{/);
});

test('a_generic_function_keeps_its_type_parameters_but_not_its_lifetimes', async () => {
  const ts = await typescriptOf(`fn first<'a, T: Copy>(items: &'a [T]) -> T { items[0] }
fn main() { println!("{}", first(&[3, 4])); }
`);
  assert.match(ts, /function first<T>\(items: T\[\]\): T \{/);
});
