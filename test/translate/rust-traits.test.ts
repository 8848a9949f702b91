// Traits declared in the file (server/translate/rust/traits.ts, trait-methods.ts): an interface
// for `dyn Trait` values, and default methods inherited by the classes that implement the trait.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../server/translate/index.js';

const SHAPES = `trait Shape: Send {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        "shape".to_string()
    }
}
struct Square(f64);
struct Circle { r: f64 }
impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn name(&self) -> String { "square".to_string() }
}
impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
}
fn describe(s: &dyn Shape) -> String {
    format!("{} {:.1}", s.name(), s.area())
}
fn main() {
    let shapes: Vec<Box<dyn Shape + Send>> = vec![Box::new(Square(2.0)), Box::new(Circle { r: 1.0 })];
    for s in &shapes { println!("{}", describe(s.as_ref())); }
}
`;

async function typescriptOf(rust: string): Promise<string> {
  return (await translate(rust, { language: 'rust', fileName: 'src/main.rs' })).typescript;
}

test('dyn_trait_is_the_traits_interface', async () => {
  const ts = await typescriptOf(SHAPES);
  assert.match(ts, /interface Shape \{\n {2}area\(\): number;\n {2}name\(\): string;\n\}/);
  assert.match(ts, /function describe\(s: Shape\): string/);
  assert.match(ts, /const shapes: Shape\[\] = /);
});

test('default_trait_method_is_inherited_by_a_class_that_does_not_override_it', async () => {
  const ts = await typescriptOf(SHAPES);
  const circle = ts.slice(ts.indexOf('class Circle'), ts.indexOf('function describe'));
  assert.match(circle, /name\(\): string \{\n\s*return "shape";/);
  const square = ts.slice(ts.indexOf('class Square'), ts.indexOf('class Circle'));
  assert.equal(square.match(/name\(\): string/g)?.length, 1);
  assert.match(square, /return "square";/);
});

test('a_call_on_a_dyn_trait_value_is_typed_by_the_traits_signature', async () => {
  const ts = await typescriptOf(SHAPES);
  // `{:.1}` of an f64 the trait method returns: printed as a float.
  assert.match(ts, /format\("\{\} \{:\.1\}", \[s\.name\(\), f64\(s\.area\(\)\)\]\)/);
});

test('trait_interface_leaves_self_and_type_parameters_untyped', async () => {
  const ts = await typescriptOf(`trait Store<K> {
    fn put(&mut self, key: K, n: i32);
    fn merged(&self, other: &Self) -> i32;
    fn show<T: std::fmt::Debug>(&self, t: T) -> String { format!("{:?}", t) }
}
fn main() {}
`);
  assert.match(
    ts,
    /interface Store \{\n {2}put\(key: any, n: number\): void;\n {2}merged\(other: any\): number;\n {2}show\(t: any\): string;\n\}/,
  );
});

test('default_trait_method_is_inherited_by_an_enum_that_does_not_override_it', async () => {
  const ts = await typescriptOf(`trait Summary {
    fn name(&self) -> String;
    fn describe(&self) -> String { format!("about {}", self.name()) }
    fn is_urgent(&self) -> bool { false }
}
enum Message { Quit, Write(String) }
impl Summary for Message {
    fn name(&self) -> String { String::from("message") }
    fn is_urgent(&self) -> bool { matches!(self, Message::Quit) }
}
fn main() { let m = Message::Write(String::from("hi")); println!("{} {}", m.describe(), m.is_urgent()); }
`);
  assert.match(
    ts,
    /function messageDescribe\(self: Message\): string \{\n\s*return format\("about \{\}", \[messageName\(self\)\]\);/,
  );
  assert.equal(ts.match(/function messageIsUrgent\(/g)?.length, 1);
  assert.match(ts, /println\("\{\} \{\}", \[messageDescribe\(m\), messageIsUrgent\(m\)\]\)/);
});

test('an_overloaded_operator_calls_the_impls_method', async () => {
  const ts = await typescriptOf(`use std::ops::{Add, AddAssign, Neg, Index};
#[derive(Debug, Clone, Copy)]
struct V { x: i32 }
impl Add for V { type Output = V; fn add(self, o: V) -> V { V { x: self.x + o.x } } }
impl Neg for V { type Output = Self; fn neg(self) -> Self::Output { V { x: -self.x } } }
impl AddAssign for V { fn add_assign(&mut self, o: V) { self.x += o.x; } }
impl Index<usize> for V { type Output = i32; fn index(&self, _i: usize) -> &i32 { &self.x } }
fn twice<T: Add<Output = T> + Copy>(t: T) -> T { t + t }
fn main() {
    let mut a = V { x: 1 };
    let b = a + V { x: 2 };
    a += -b;
    println!("{:?} {} {}", a, a[0], twice(3));
}
`);
  assert.match(ts, /const b = a\.add\(new V\(\{ x: 2 \}\)\);/);
  assert.match(ts, /a\.addAssign\(b\.neg\(\)\);/);
  assert.match(ts, /a\.index\(0\)/);
  // `Self::Output` is the impl's associated type.
  assert.match(ts, /neg\(\): V \{/);
  // Arithmetic on a type parameter's values: numbers or structs alike.
  assert.match(ts, /return rs\.add\(t, t\);/);
});
