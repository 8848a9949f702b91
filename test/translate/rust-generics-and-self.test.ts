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

const STACK = `#[derive(Debug, Clone, Default)]
struct Stack<T> { items: Vec<T> }
impl<T: Clone> Stack<T> {
    fn new() -> Self { Stack { items: Vec::new() } }
    fn push(&mut self, item: T) { self.items.push(item); }
    fn top(&self) -> Option<&T> { self.items.last() }
}
impl Stack<i32> {
    fn sum(&self) -> i32 { self.items.iter().sum() }
}
fn main() {
    let mut s = Stack::new();
    s.push(2);
    println!("{:?} {}", s.top(), s.sum());
}
`;

test('a_generic_struct_is_a_generic_class_whose_parameters_default_to_any', async () => {
  const ts = await typescriptOf(STACK);
  assert.match(ts, /^class Stack<T = any> \{$/m);
  assert.match(ts, /^ {2}items: T\[\];$/m);
  assert.match(ts, /clone\(\): Stack<T> \{/);
  assert.match(ts, /static default_<T = any>\(\): Stack<T> \{/);
});

test('a_static_method_of_a_generic_impl_declares_the_impls_type_parameters', async () => {
  const ts = await typescriptOf(STACK);
  assert.match(ts, /static new_<T = any>\(\): Stack<T> \{/);
  assert.match(ts, /^ {2}push\(item: T\): void \{$/m);
});

test('a_method_of_an_impl_for_some_values_of_a_generic_struct_says_what_this_is', async () => {
  const ts = await typescriptOf(STACK);
  assert.match(ts, /^ {2}sum\(this: Stack<number>\): number \{$/m);
});

test('a_generic_enum_is_a_generic_union_and_its_methods_generic_functions', async () => {
  const ts = await typescriptOf(`#[derive(Debug)]
enum Tree<T> { Leaf(T), Node(Box<Tree<T>>, Box<Tree<T>>) }
impl<T: Copy> Tree<T> {
    fn first(&self) -> T {
        match self { Tree::Leaf(v) => *v, Tree::Node(l, _) => l.first() }
    }
}
fn main() { println!("{}", Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Leaf(2))).first()); }
`);
  assert.match(ts, /^type Tree<T = any> =$/m);
  assert.match(ts, /\| \{ kind: 'Node'; 0: Tree<T>; 1: Tree<T> \}/);
  assert.match(ts, /function treeFirst<T>\(self: Tree<T>\): T \{/);
});

test('a_function_parameter_of_a_function_trait_has_a_function_type', async () => {
  const ts = await typescriptOf(`fn twice(f: impl Fn(i32) -> i32, v: i32) -> i32 { f(f(v)) }
fn apply<F>(f: F, v: i32) -> i32 where F: Fn(i32) -> i32 { f(v) }
fn each(f: &dyn Fn(&str), items: &[&str]) { for i in items { f(i); } }
fn main() {
    println!("{} {}", twice(|x| x + 1, 1), apply(|x| x * 3, 2));
    each(&|s| println!("{}", s), &["a"]);
}
`);
  assert.match(ts, /function twice\(f: \(arg0: number\) => number, v: number\): number \{/);
  assert.match(ts, /function apply<F>\(f: \(arg0: number\) => number, v: number\): number \{/);
  assert.match(ts, /function each\(f: \(arg0: string\) => void, items: string\[\]\): void \{/);
  // The closure passed in gets its parameter's type from the function's (TypeScript reads it from there too).
  assert.match(ts, /twice\(\(x\) => x \+ 1, 1\)/);
});
