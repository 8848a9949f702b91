import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertUsable, defineFuzzTests, translateOrHang as translateAs } from '../support/fuzz.js';

const translateOrHang = (source: string) => translateAs(source, 'go');

const TOKENS = [
  'package',
  'main',
  'func',
  'go',
  'chan',
  'select',
  'case',
  'default',
  'for',
  'range',
  'if',
  'else',
  'return',
  'defer',
  'make',
  'close',
  '<-',
  ':=',
  '=',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ',',
  ';',
  '\n',
  'ch',
  'x',
  'int',
  'string',
  '"s"',
  '1',
  '0.5',
  'struct',
  'type',
  'map',
  'var',
  'const',
  'switch',
  'break',
  'continue',
  'nil',
  '...',
  '*',
  '&',
  '.',
  'fmt',
  'Println',
  'import',
  '`raw`',
  "'r'",
  '//',
  '/*',
  '*/',
  'interface',
  'iota',
  'fallthrough',
  'goto',
  'label:',
];

defineFuzzTests('go', TOKENS, ['test/corpus/go', 'test/runtime/programs', 'examples'], '.go');

test('a truncated program reports where it stops', async () => {
  const result = await translateOrHang('package main\nfunc main() {\n\tch := make(chan int\n');
  assert.ok(result.diagnostics.some((d) => d.severity === 'error' && d.code === 'syntax-error'));
});

test('a very large generated program translates', async () => {
  const body = Array.from({ length: 5000 }, (_, i) => `\tch <- ${i}\n\t_ = <-ch`).join('\n');
  const result = await translateOrHang(`package main\nfunc main() {\n\tch := make(chan int, 1)\n${body}\n}\n`);
  assert.equal(result.diagnostics.length, 0);
  assert.equal(result.typescript.split('await ch.send(').length - 1, 5000);
});

test('a receive case with too many names is reported, not thrown', async () => {
  const result = await translateOrHang(
    'package main\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase a, b, c := <-ch:\n\t\tprintln(a, b, c)\n\t}\n}\n',
  );
  assertUsable(result);
  assert.ok(result.typescript.includes('select(['), result.typescript);
});
