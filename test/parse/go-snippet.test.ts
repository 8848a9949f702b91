// Go input as a whole file, as declarations, or as a run of statements, and its wrapping.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Parser } from 'web-tree-sitter';
import { createParser } from '../../server/parse/grammars.js';
import { classifyGo, wrapGo } from '../../server/parse/go-snippet.js';

let parser: Parser;
before(async () => {
  parser = await createParser('go');
});

const statements = ['ch := make(chan int)', 'go func() { ch <- 42 }()', 'fmt.Println(<-ch)'].join('\n');

test('source with a package clause is a file', () => {
  assert.equal(classifyGo('// Package main.\npackage main\n\nfunc main() {}\n', parser), 'file');
});

test('imports and functions without a package clause are declarations', () => {
  assert.equal(classifyGo('import "fmt"\n\nfunc main() {\n\tfmt.Println(1)\n}\n', parser), 'declarations');
  assert.equal(classifyGo('func (c *Counter) Inc() { c.n++ }', parser), 'declarations');
});

test('var, const and type declarations alone are declarations', () => {
  assert.equal(classifyGo('type Counter struct{ n int }\nvar total int\nconst n = 3\n', parser), 'declarations');
});

test('a run of statements is statements', () => {
  assert.equal(classifyGo(statements, parser), 'statements');
  assert.equal(classifyGo('var wg sync.WaitGroup\nwg.Add(1)', parser), 'statements');
  assert.equal(classifyGo('select {\ncase v := <-ch:\n\tfmt.Println(v)\ndefault:\n}', parser), 'statements');
});

test('statements with a syntax error are still statements', () => {
  assert.equal(classifyGo('x := <-ch\nselect {\ncase', parser), 'statements');
});

test('wrapped statements are a Go file that parses without errors', () => {
  const wrapped = wrapGo(statements, 'statements');
  assert.equal(wrapped.text, `package main\nfunc main() {\n${statements}\n}`);
  const tree = parser.parse(wrapped.text)!;
  assert.equal(tree.rootNode.hasError, false, tree.rootNode.toString());
  assert.equal(tree.rootNode.namedChildren[1]?.type, 'function_declaration');
});

test('wrapped declarations get a package clause', () => {
  const wrapped = wrapGo('func main() {}', 'declarations');
  assert.equal(wrapped.text, 'package main\nfunc main() {}');
  assert.equal(wrapped.lineOffset, 1);
});

test('a file is left as it is', () => {
  const source = 'package main\nfunc main() {}\n';
  const wrapped = wrapGo(source, 'file');
  assert.equal(wrapped.text, source);
  assert.deepEqual(wrapped.toOriginal({ row: 1, column: 5 }), { row: 1, column: 5 });
});

test('toOriginal maps a node of the wrapped text back to its place in the input', () => {
  const wrapped = wrapGo(statements, 'statements');
  const tree = parser.parse(wrapped.text)!;
  const send = tree.rootNode.descendantsOfType('send_statement')[0]!;
  const start = wrapped.toOriginal(send.startPosition)!;
  assert.deepEqual(start, { row: 1, column: 12 });
  const line = statements.split('\n')[start.row]!;
  assert.equal(line.slice(start.column, start.column + send.text.length), 'ch <- 42');
});

test('toOriginal gives null for positions in the added lines', () => {
  const wrapped = wrapGo(statements, 'statements');
  assert.equal(wrapped.toOriginal({ row: 0, column: 0 }), null);
  assert.equal(wrapped.toOriginal({ row: 1, column: 3 }), null);
  assert.equal(wrapped.toOriginal({ row: 5, column: 0 }), null);
  assert.deepEqual(wrapped.toOriginal({ row: 4, column: 17 }), { row: 2, column: 17 });
});
