import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { assertUsable, translateOrHang as translateAs } from '../support/fuzz.js';

const translateOrHang = (source: string) => translateAs(source, 'rust');

const TOKENS = [
  'fn', 'main', 'async', 'await', '.await', 'let', 'mut', 'move', 'tokio', '::', 'spawn', 'select!', 'mpsc', 'channel',
  'oneshot', 'broadcast', 'watch', 'recv', 'send', 'drop', 'tx', 'rx', 'match', 'if', 'else', 'loop', 'while', 'for', 'in',
  'break', 'continue', 'return', '=>', '=', '==', '{', '}', '(', ')', '[', ']', '<', '>', ',', ';', '\n', '|', '&', '*',
  '?', '!', '.', '..', '..=', 'Some', 'None', 'Ok', 'Err', 'unwrap', 'println!', 'vec!', 'format!', '"s {}"', '"{:?}"',
  "'c'", '1', '2.5', 'u8', 'i32', 'String', 'Vec', 'struct', 'enum', 'impl', 'self', 'Self', 'biased;', 'else =>', '_',
  '#[tokio::main]', '#[derive(Debug)]', '//', '/*', '*/', 'r#"raw"#', 'as', 'where', 'dyn', "'a",
];

function corpus(): string[] {
  const dirs = ['test/corpus/rust', 'test/runtime/tokio-programs', 'examples'];
  return dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.rs')).map((f) => readFileSync(join(dir, f), 'utf8')));
}

test('random Rust token soup always translates to output and diagnostics', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...TOKENS), { maxLength: 200 }), async (tokens) => {
      assertUsable(await translateOrHang(tokens.join(' ')));
    }),
    { numRuns: 300 },
  );
});

test('mutated real Rust programs always translate to output and diagnostics', async () => {
  const programs = corpus();
  assert.ok(programs.length > 30, 'the Rust corpus is missing');
  const mutation = fc.record({
    program: fc.nat({ max: programs.length - 1 }),
    at: fc.nat(),
    length: fc.nat({ max: 40 }),
    insert: fc.array(fc.constantFrom(...TOKENS), { maxLength: 5 }),
  });
  await fc.assert(
    fc.asyncProperty(mutation, async ({ program, at, length, insert }) => {
      const source = programs[program]!;
      const start = at % (source.length + 1);
      assertUsable(await translateOrHang(source.slice(0, start) + insert.join(' ') + source.slice(start + length)));
    }),
    { numRuns: 300 },
  );
});

test('arbitrary unicode and binary junk translates as Rust without throwing', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 500 }), async (junk) => {
      assertUsable(await translateOrHang(junk));
    }),
    { numRuns: 200 },
  );
});

test('a truncated Rust program reports where it stops', async () => {
  const result = await translateOrHang('#[tokio::main]\nasync fn main() {\n    let (tx, mut rx) = tokio::sync::mpsc::channel::<i32>(\n');
  assert.ok(result.diagnostics.some((d) => d.severity === 'error' && d.code === 'syntax-error'));
});

test('a select! with a malformed branch is reported, not thrown', async () => {
  const result = await translateOrHang('async fn f() {\n    tokio::select! {\n        Some(v) = => {}\n    }\n}\n');
  assertUsable(result);
  assert.ok(result.diagnostics.some((d) => d.code === 'unsupported' || d.code === 'syntax-error'), JSON.stringify(result.diagnostics));
});
