import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertUsable, defineFuzzTests, translateOrHang as translateAs } from '../support/fuzz.js';

const translateOrHang = (source: string) => translateAs(source, 'rust');

const TOKENS = [
  'fn',
  'main',
  'async',
  'await',
  '.await',
  'let',
  'mut',
  'move',
  'tokio',
  '::',
  'spawn',
  'select!',
  'mpsc',
  'channel',
  'oneshot',
  'broadcast',
  'watch',
  'recv',
  'send',
  'drop',
  'tx',
  'rx',
  'match',
  'if',
  'else',
  'loop',
  'while',
  'for',
  'in',
  'break',
  'continue',
  'return',
  '=>',
  '=',
  '==',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  '<',
  '>',
  ',',
  ';',
  '\n',
  '|',
  '&',
  '*',
  '?',
  '!',
  '.',
  '..',
  '..=',
  'Some',
  'None',
  'Ok',
  'Err',
  'unwrap',
  'println!',
  'vec!',
  'format!',
  '"s {}"',
  '"{:?}"',
  "'c'",
  '1',
  '2.5',
  'u8',
  'i32',
  'String',
  'Vec',
  'struct',
  'enum',
  'impl',
  'self',
  'Self',
  'biased;',
  'else =>',
  '_',
  '#[tokio::main]',
  '#[derive(Debug)]',
  '//',
  '/*',
  '*/',
  'r#"raw"#',
  'as',
  'where',
  'dyn',
  "'a",
];

defineFuzzTests('rust', TOKENS, ['test/corpus/rust', 'test/runtime/tokio-programs'], '.rs');

test('a truncated Rust program reports where it stops', async () => {
  const result = await translateOrHang(
    '#[tokio::main]\nasync fn main() {\n    let (tx, mut rx) = tokio::sync::mpsc::channel::<i32>(\n',
  );
  assert.ok(result.diagnostics.some((d) => d.severity === 'error' && d.code === 'syntax-error'));
});

test('a select! with a malformed branch is reported, not thrown', async () => {
  const result = await translateOrHang('async fn f() {\n    tokio::select! {\n        Some(v) = => {}\n    }\n}\n');
  assertUsable(result);
  assert.ok(
    result.diagnostics.some((d) => d.code === 'unsupported' || d.code === 'syntax-error'),
    JSON.stringify(result.diagnostics),
  );
});
