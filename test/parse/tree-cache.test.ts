// TreeCache (server/parse/tree-cache.ts): trees updated with tree-sitter's edit API match a
// fresh parse; full-text changes, close and unknown documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Node, Tree } from 'web-tree-sitter';
import { createParser } from '../../server/parse/grammars.js';
import { TreeCache, type CacheChange } from '../../server/parse/tree-cache.js';

const GO = [
  'package main',
  '',
  'func main() {',
  '\tch := make(chan string, 2) // é',
  '\tgo func() { ch <- "héllo 😀"; close(ch) }()',
  '\tfor v := range ch {',
  '\t\tprintln(v)',
  '\t}',
  '}',
  '',
].join('\n');

const INSERTS = [
  '',
  'x',
  ' ',
  '\n',
  'é',
  '😀',
  '"€"',
  '{',
  '}',
  'ch <- 1\n',
  'select {\ncase v := <-ch:\n\tprintln(v)\n}\n',
  '\r\n',
  '// ñ\n',
  'go f()',
];

/** Every node's type and span, so that positions are compared too (toString has none). */
function spans(tree: Tree): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    out.push(
      `${node.type}@${node.startIndex}-${node.endIndex}:${node.startPosition.row},${node.startPosition.column}-${node.endPosition.row},${node.endPosition.column}`,
    );
    for (const child of node.children) if (child) walk(child);
  };
  walk(tree.rootNode);
  return out.join(' ');
}

/** Moves an index off the middle of a surrogate pair. */
function whole(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

test('a tree updated by random incremental edits equals a fresh parse of the final text', async () => {
  const cache = await TreeCache.create();
  const fresh = await createParser('go');
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.nat(12),
    text: fc.constantFrom(...INSERTS),
  });
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
      async (batches) => {
        const uri = 'file:///prop.go';
        let document = TextDocument.create(uri, 'go', 1, GO);
        cache.open(uri, 'go', GO, 1);
        for (const batch of batches) {
          const changes: CacheChange[] = [];
          let text = document.getText();
          for (const { at, length, text: inserted } of batch) {
            // LSP changes apply in order: each range is in the text left by the previous one.
            // Offsets a position can name (not inside a surrogate pair or a \r\n).
            const scratch = TextDocument.create(uri, 'go', 0, text);
            const valid = (index: number): number => scratch.offsetAt(scratch.positionAt(whole(text, index)));
            const start = valid(Math.floor(at * text.length));
            const end = Math.max(start, valid(Math.min(text.length, start + length)));
            changes.push({ range: { start: scratch.positionAt(start), end: scratch.positionAt(end) }, text: inserted });
            text = text.slice(0, start) + inserted + text.slice(end);
          }
          document = TextDocument.update(document, changes as never, document.version + 1);
          assert.equal(document.getText(), text);
          cache.change(uri, changes, document.getText(), document.version);
        }
        const tree = cache.tree(uri, document.version);
        assert.ok(tree);
        const expected = fresh.parse(document.getText())!;
        try {
          assert.equal(tree.rootNode.toString(), expected.rootNode.toString());
          assert.equal(spans(tree), spans(expected));
        } finally {
          expected.delete();
          cache.close(uri);
        }
      },
    ),
    { numRuns: 50 },
  );
  fresh.delete();
});

test('a change without a range re-parses the new text from scratch', async () => {
  const cache = await TreeCache.create();
  cache.open('file:///a.go', 'go', GO, 1);
  const before = cache.tree('file:///a.go');
  assert.ok(before);
  const text = 'package other\n\nvar x = 1\n';
  cache.change('file:///a.go', [{ text }], text, 2);
  const tree = cache.tree('file:///a.go', 2);
  assert.ok(tree);
  assert.notEqual(tree, before);
  assert.equal(tree.rootNode.text, text);
  assert.match(tree.rootNode.toString(), /^\(source_file \(package_clause \(package_identifier\)\) \(var_declaration/);
  assert.equal(cache.tree('file:///a.go', 1), null, 'the old version has no tree');
  cache.clear();
});

test('close releases the tree of a document', async () => {
  const cache = await TreeCache.create();
  cache.open('file:///a.go', 'go', GO);
  cache.open('file:///b.rs', 'rust', 'fn main() { let (tx, rx) = mpsc::channel(1); }\n');
  assert.equal(cache.size, 2);
  cache.close('file:///a.go');
  assert.equal(cache.size, 1);
  assert.equal(cache.tree('file:///a.go'), null);
  assert.ok(cache.tree('file:///b.rs'));
  cache.close('file:///b.rs');
  assert.equal(cache.size, 0);
});

test('a change to a document the cache does not hold does nothing', async () => {
  const cache = await TreeCache.create();
  cache.change(
    'file:///unknown.go',
    [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
    'x',
  );
  assert.equal(cache.size, 0);
  assert.equal(cache.tree('file:///unknown.go'), null);
});
