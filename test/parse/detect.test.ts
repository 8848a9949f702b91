// Which language a document is in: go, rust, markdown, or unknown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../server/parse/detect.js';

test('the file extension tells the language, in any case', () => {
  assert.equal(detectLanguage('main.go'), 'go');
  assert.equal(detectLanguage('src/main.rs'), 'rust');
  assert.equal(detectLanguage('lesson.md'), 'markdown');
  assert.equal(detectLanguage('LESSON.MARKDOWN'), 'markdown');
});

test("the editor's language id wins over the extension", () => {
  assert.equal(detectLanguage('notes.txt', 'go'), 'go');
  assert.equal(detectLanguage('main.go', 'rust'), 'rust');
});

test('an unknown language id falls back to the extension', () => {
  assert.equal(detectLanguage('main.rs', 'plaintext'), 'rust');
});

test('Go text is recognised by its package clause, func, := and chan', () => {
  assert.equal(detectLanguage(undefined, undefined, 'package main\n\nfunc main() {}\n'), 'go');
  assert.equal(detectLanguage('Untitled-1', 'plaintext', 'ch := make(chan int)\n'), 'go');
});

test('Rust text is recognised by fn, let, tokio:: and paths', () => {
  assert.equal(detectLanguage(undefined, undefined, 'let (tx, mut rx) = mpsc::channel(3);\n'), 'rust');
  assert.equal(detectLanguage(undefined, undefined, '#[tokio::main]\nasync fn main() {}\n'), 'rust');
});

test('text with a go or rust fence is markdown', () => {
  assert.equal(detectLanguage(undefined, undefined, '# Lesson\n\n```go\nx := 1\n```\n'), 'markdown');
});

test('text that shows no language gives null', () => {
  assert.equal(detectLanguage(undefined, undefined, 'hello world'), null);
  assert.equal(detectLanguage('README'), null);
  assert.equal(detectLanguage(), null);
});
