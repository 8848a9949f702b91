// The extension's check for Go or Rust code in a Markdown document, which decides whether the
// language server starts: it must never miss a block the server would translate.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { hasGoOrRustFence } from '../../extension/src/codeFence.js';
import { findFences } from '../../server/parse/markdown.js';

const servedBlock = (markdown: string) =>
  findFences(markdown).some((f) => f.language === 'go' || f.language === 'rust');

test('markdown_without_go_or_rust_blocks_does_not_need_the_server', () => {
  for (const text of [
    '# Notes\n\nPlain text about Go and Rust.\n',
    '```python\nprint(1)\n```\n',
    '```gopher\nnot go\n```\n',
    '```rust-lang-book-output\n$ cargo run\n```\n',
    'Inline `go` and ``` go ``` mentions are not fences.\n',
  ]) {
    assert.equal(hasGoOrRustFence(text), false, text);
  }
});

test('go_and_rust_blocks_anywhere_need_the_server', () => {
  for (const text of [
    '```go\npackage main\n```\n',
    '~~~rust\nfn main() {}\n~~~\n',
    'Intro\n\n```golang\nx := 1\n```\n',
    '```rs\nlet x = 1;\n```\n',
    '1. Step one:\n\n   ```go\n   ch := make(chan int)\n   ```\n',
    '- item\n  - nested\n    ```rust\n    let x = 1;\n    ```\n',
    '> ```go\n> ch <- 1\n> ```\n',
    '```{.go}\nx\n```\n',
  ]) {
    assert.equal(hasGoOrRustFence(text), true, text);
  }
});

test('the_sample_lesson_needs_the_server', () => {
  const lesson = readFileSync(new URL('../../examples/lesson.md', import.meta.url), 'utf8');
  assert.equal(hasGoOrRustFence(lesson), true);
});

test('every_block_the_server_translates_is_seen', () => {
  const piece = fc.constantFrom(
    '# Title\n',
    'Some text.\n',
    '\n',
    '```go\nch := make(chan int)\n```\n',
    '```rust\nlet (tx, rx) = mpsc::channel(1);\n```\n',
    '```python\nx = 1\n```\n',
    '~~~ golang\nx\n~~~\n',
    '   ```rs\n   let x = 1;\n   ```\n',
    '- item\n',
    '```\nno language\n```\n',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const markdown = pieces.join('');
      if (servedBlock(markdown)) assert.equal(hasGoOrRustFence(markdown), true, markdown);
    }),
  );
});
