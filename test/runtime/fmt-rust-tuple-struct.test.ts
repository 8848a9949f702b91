// Debug of a tuple struct (runtime/src/fmt/rust-debug.ts): a class whose fields are named 0,
// 1, ... prints as `Name(a, b)`, as `#[derive(Debug)]` on `struct Name(A, B)` does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format } from '../../runtime/src/tokio/index.js';

class Meters {
  0: number;
  constructor(init: { 0: number }) {
    this[0] = init[0];
  }
}

class Pair {
  0: string;
  1: number;
  constructor(init: { 0: string; 1: number }) {
    this[0] = init[0];
    this[1] = init[1];
  }
}

test('a_tuple_struct_prints_its_fields_in_parentheses', () => {
  assert.equal(format('{:?}', [new Pair({ 0: 'a', 1: 2 })]), 'Pair("a", 2)');
  assert.equal(format('{:?}', [new Meters({ 0: 5 })]), 'Meters(5)');
});

test('a_tuple_struct_prints_pretty_as_rust_does', () => {
  assert.equal(format('{:#?}', [new Pair({ 0: 'a', 1: 2 })]), 'Pair(\n    "a",\n    2,\n)');
});
