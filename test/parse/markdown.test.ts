// Fenced code blocks of Markdown lessons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFences, pickFence } from '../../server/parse/markdown.js';

const lesson = [
  '# Lesson 🧠', // a surrogate pair: offsets count UTF-16 units
  '',
  '```rust',
  'fn main() {}',
  '```',
  '',
  '~~~go title="x"',
  'package main',
  '',
  'func main() {}',
  '~~~',
  '',
  '```rust,ignore',
  'let x = 1;',
  '```',
  '',
  '```text',
  'output',
  '```',
  '',
].join('\n');

test('finds backtick and tilde fences in order with their language and info string', () => {
  const fences = findFences(lesson).map(({ language, index, info }) => ({ language, index, info }));
  assert.deepEqual(fences, [
    { language: 'rust', index: 0, info: 'rust' },
    { language: 'go', index: 1, info: 'go title="x"' },
    { language: 'rust', index: 2, info: 'rust,ignore' },
    { language: 'text', index: 3, info: 'text' },
  ]);
});

test('a fence gives its code and where the code starts in the document', () => {
  const go = findFences(lesson)[1]!;
  assert.equal(go.code, 'package main\n\nfunc main() {}');
  assert.equal(go.startLine, 7);
  assert.equal(go.startOffset, lesson.indexOf('package main'));
  assert.equal(lesson.slice(go.startOffset, go.startOffset + go.code.length), go.code);
});

test('a fence closes only with the same character at least as long as the opening', () => {
  const markdown = '````go\n```\n~~~~\nx := 1\n`````\nafter\n';
  assert.equal(findFences(markdown)[0]!.code, '```\n~~~~\nx := 1');
});

test('fences indented up to three spaces count, four spaces outside a list item are indented code', () => {
  const markdown = 'Intro.\n\n   ```go\n   x := 1\n   ```\n\nMore.\n\n    ```go\n    y := 2\n    ```\n';
  const fences = findFences(markdown);
  assert.equal(fences.length, 1);
  assert.equal(fences[0]!.code, '   x := 1');
});

test('a fence inside a list item counts, however deep the item is indented', () => {
  const markdown =
    '1. step\n\n    ```go\n    y := 2\n    ```\n- outer\n  - inner\n\n    ```rust\n    let z = 3;\n    ```\n';
  const fences = findFences(markdown);
  assert.deepEqual(
    fences.map((fence) => [fence.language, fence.code]),
    [
      ['go', '    y := 2'],
      ['rust', '    let z = 3;'],
    ],
  );
  for (const fence of fences)
    assert.equal(markdown.slice(fence.startOffset, fence.startOffset + fence.code.length), fence.code);
});

test('a fence in a block quote gives its code with the quote markers blanked, at the same columns', () => {
  const markdown = 'Quoted:\n\n> ```go\n> ch := make(chan int)\n>\n> close(ch)\n> ```\n\nafter\n';
  const [fence] = findFences(markdown);
  assert.equal(fence!.code, '  ch := make(chan int)\n \n  close(ch)');
  assert.equal(fence!.startLine, 3);
  assert.equal(fence!.code.length, markdown.indexOf('\n> ```\n\nafter') - fence!.startOffset);
});

test('a fence inside an HTML comment is not a fence', () => {
  assert.deepEqual(findFences('<!--\n```go\npanic("hidden")\n```\n-->\n'), []);
});

test('golang and rs info strings read as go and rust', () => {
  const fences = findFences('```golang\na\n```\n```rs\nb\n```\n');
  assert.deepEqual(
    fences.map((fence) => fence.language),
    ['go', 'rust'],
  );
});

test('a backtick line whose info string has a backtick is inline code, not a fence', () => {
  assert.deepEqual(findFences('```go` is inline\ncode\n'), []);
});

test('an unclosed fence runs to the end of the document', () => {
  const fence = findFences('text\n```go\nch := make(chan int)\nclose(ch)\n')[0]!;
  assert.equal(fence.code, 'ch := make(chan int)\nclose(ch)');
});

test('an empty fence has empty code starting on the line after the opening', () => {
  const markdown = '```go\n```\n';
  assert.deepEqual(findFences(markdown)[0], {
    language: 'go',
    index: 0,
    code: '',
    startLine: 1,
    startOffset: 6,
    info: 'go',
  });
});

test('CRLF documents keep their line breaks inside the code', () => {
  const fence = findFences('```go\r\na := 1\r\nb := 2\r\n```\r\n')[0]!;
  assert.equal(fence.code, 'a := 1\r\nb := 2');
  assert.equal(fence.startLine, 1);
  assert.equal(fence.startOffset, 7);
});

test('pickFence gives the nth fence of a language, 1-based', () => {
  assert.equal(pickFence(lesson, 'rust', 2)?.code, 'let x = 1;');
  assert.equal(pickFence(lesson, 'go')?.index, 1);
});

test('pickFence without a language counts go and rust fences only', () => {
  assert.equal(pickFence(lesson, undefined, 3)?.index, 2);
  assert.equal(pickFence(lesson, undefined, 4), null);
});

test('pickFence gives null when there is no such fence', () => {
  assert.equal(pickFence(lesson, 'go', 2), null);
  assert.equal(pickFence('no fences here', 'rust'), null);
});
