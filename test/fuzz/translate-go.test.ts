import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { assertUsable, translateOrHang as translateAs } from '../support/fuzz.js';

const translateOrHang = (source: string) => translateAs(source, 'go');

const TOKENS = [
  'package', 'main', 'func', 'go', 'chan', 'select', 'case', 'default', 'for', 'range', 'if', 'else', 'return', 'defer',
  'make', 'close', '<-', ':=', '=', '{', '}', '(', ')', '[', ']', ',', ';', '\n', 'ch', 'x', 'int', 'string', '"s"', '1',
  '0.5', 'struct', 'type', 'map', 'var', 'const', 'switch', 'break', 'continue', 'nil', '...', '*', '&', '.', 'fmt',
  'Println', 'import', '`raw`', "'r'", '//', '/*', '*/', 'interface', 'iota', 'fallthrough', 'goto', 'label:',
];

function corpus(): string[] {
  const dirs = ['test/corpus/go', 'test/runtime/programs', 'examples'];
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(dir).filter((f) => f.endsWith('.go')).map((f) => readFileSync(join(dir, f), 'utf8'));
    } catch {
      return [];
    }
  });
}

test('random token soup always translates to output and diagnostics', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...TOKENS), { maxLength: 200 }), async (tokens) => {
      assertUsable(await translateOrHang(tokens.join(' ')));
    }),
    { numRuns: 300 },
  );
});

test('mutated real programs always translate to output and diagnostics', async () => {
  const programs = corpus();
  assert.ok(programs.length > 0, 'no Go programs to mutate');
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
      const mutated = source.slice(0, start) + insert.join(' ') + source.slice(start + length);
      assertUsable(await translateOrHang(mutated));
    }),
    { numRuns: 300 },
  );
});

test('arbitrary unicode and binary junk translates without throwing', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 500 }), async (junk) => {
      assertUsable(await translateOrHang(junk));
    }),
    { numRuns: 200 },
  );
});

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
  const result = await translateOrHang('package main\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase a, b, c := <-ch:\n\t\tprintln(a, b, c)\n\t}\n}\n');
  assertUsable(result);
  assert.ok(result.typescript.includes('select(['), result.typescript);
});
