// Code nested deeper than a plain tree goes (server/parse/syntax-tree.ts MAX_NESTING) never
// overflows the stack: it becomes an error diagnostic that says so and a statement that panics
// when reached, while the code around it translates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceLanguage } from '../../server/translate/index.js';
import { assertUsable, translateOrHang } from '../support/fuzz.js';

const goMain = (body: string) => `package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("before")\n${body}\n}\n`;
const rustMain = (body: string) => `fn main() {\n    println!("before");\n${body}\n}\n`;

async function expectCutWithNotice(source: string, language: SourceLanguage): Promise<void> {
  const result = await translateOrHang(source, language);
  assertUsable(result);
  const notices = result.diagnostics.filter((d) => d.code === 'too-deeply-nested');
  assert.equal(notices.length, 1, JSON.stringify(result.diagnostics));
  assert.equal(notices[0]!.severity, 'error');
  assert.match(notices[0]!.message, /nested more than 800 levels deep/);
  assert.match(result.typescript, /println\(['"]before['"]\)/, 'the code before the deep part is translated');
}

test('twenty_thousand_nested_parentheses_are_cut_with_a_notice', async () => {
  await expectCutWithNotice(goMain(`\tx := ${'('.repeat(20_000)}1${')'.repeat(20_000)}\n\t_ = x`), 'go');
  await expectCutWithNotice(rustMain(`    let x = ${'('.repeat(20_000)}1${')'.repeat(20_000)};`), 'rust');
});

test('a_sum_of_twenty_thousand_terms_is_cut_with_a_notice', async () => {
  await expectCutWithNotice(goMain(`\tx := 1${' + 1'.repeat(20_000)}\n\t_ = x`), 'go');
  await expectCutWithNotice(rustMain(`    let x = 1${' + 1'.repeat(20_000)};`), 'rust');
});

test('a_thousand_nested_blocks_are_cut_with_a_notice', async () => {
  await expectCutWithNotice(goMain(`${'{'.repeat(1_000)}${'}'.repeat(1_000)}`), 'go');
  await expectCutWithNotice(rustMain(`${'{'.repeat(1_000)}${'}'.repeat(1_000)}`), 'rust');
});

test('code_nested_within_the_limit_translates_whole', async () => {
  const result = await translateOrHang(goMain(`\tx := 1${' + 1'.repeat(600)}\n\tfmt.Println(x)`), 'go');
  assert.deepEqual(
    result.diagnostics.filter((d) => d.severity === 'error'),
    [],
  );
});
