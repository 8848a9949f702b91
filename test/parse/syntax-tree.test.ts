// The plain trees the translators read (server/parse/syntax-tree.ts) against web-tree-sitter's
// own nodes of the same parse: every node's type, flags, range, text and children, and the
// children of every field, for programs with non-ASCII text, CRLF line ends and syntax errors,
// through each way of reading a tree (the direct wasm walk, the public cursor, the native binding).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language, Node as WasmNode, Parser } from 'web-tree-sitter';
import { createParser, type GrammarLanguage } from '../../server/parse/grammars.js';
import { createSourceParser, nativeUnavailable, type SourceParser } from '../../server/parse/source-parser.js';
import {
  buildSyntaxTree,
  cursorReader,
  NameTable,
  type SyntaxNode,
  type SyntaxTree,
} from '../../server/parse/syntax-tree.js';
import { directWasmWalk } from '../../server/parse/wasm-reader.js';
import { inCI } from '../support/corpus.js';
import { PROJECT_ROOT } from '../support/run-ts-program.js';

const GO = `package main

import "fmt"

// Grüße, 世界 and an emoji 😀 before the code: columns count UTF-16 code units.
func main() {
\tch := make(chan string, 1)
\tch <- "héllo 😀 wörld"
\tmsg := <-ch
\tfmt.Println(msg, "ß", len("日本語"))
\tselect {
\tcase v, ok := <-ch:
\t\t_ = v; _ = ok
\tdefault:
\t}
}
`;

const RUST = `use tokio::sync::mpsc;

/// Ünïcödé docs — and 😀.
#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(8);
    tokio::spawn(async move { tx.send("naïve 😀".to_string()).await.unwrap(); });
    while let Some(v) = rx.recv().await {
        println!("{} → {:?}", v, v.len());
    }
    let s = &"日本語"[0..3];
}
`;

/** Programs with errors: missing tokens, unexpected ones, an unterminated string. */
const BROKEN: Record<GrammarLanguage, string[]> = {
  go: [
    'package main\nfunc main() {\n\tx := (1 + \n\tch <- \n}\n',
    'func f( { 😀 }\n',
    'package main\r\nfunc main() {\r\n\ts := "ü\r\n}\r\n',
  ],
  rust: ['fn main() { let x = ; let y = (1, ; }', 'fn f() -> { "é\n', 'fn main() {\r\n    let v = vec![1, 2\r\n}\r\n'],
};

const SAMPLES: Record<GrammarLanguage, string[]> = {
  go: [GO, GO.replace(/\n/g, '\r\n'), ...BROKEN.go],
  rust: [RUST, RUST.replace(/\n/g, '\r\n'), ...BROKEN.rust],
};

const wasm: Partial<Record<GrammarLanguage, Parser>> = {};
before(async () => {
  for (const lang of ['go', 'rust'] as const) wasm[lang] = await createParser(lang);
});

function describe(n: SyntaxNode | WasmNode | null): string {
  return n === null ? 'null' : `${n.type}@${n.startIndex}-${n.endIndex}`;
}

/** Compares `plain` with web-tree-sitter's `node` and their subtrees; `fields`: also every field of every node. */
function compare(plain: SyntaxNode, node: WasmNode, language: Language, fields: boolean, where = 'root'): number {
  const at = `${where} > ${describe(node)}`;
  assert.equal(plain.type, node.type, at);
  assert.equal(plain.isNamed, node.isNamed, `${at} isNamed`);
  assert.equal(plain.isMissing, node.isMissing, `${at} isMissing`);
  assert.equal(plain.isError, node.isError, `${at} isError`);
  assert.equal(plain.hasError, node.hasError, `${at} hasError`);
  assert.equal(plain.startIndex, node.startIndex, `${at} startIndex`);
  assert.equal(plain.endIndex, node.endIndex, `${at} endIndex`);
  assert.deepEqual(plain.startPosition, node.startPosition, `${at} startPosition`);
  assert.deepEqual(plain.endPosition, node.endPosition, `${at} endPosition`);
  assert.equal(plain.text, node.text, `${at} text`);
  assert.equal(plain.childCount, node.childCount, `${at} childCount`);
  assert.equal(plain.namedChildCount, node.namedChildCount, `${at} namedChildCount`);
  // tree-sitter finds siblings by position, so it passes over a zero-width missing one: plain trees do not.
  if (!node.tree.rootNode.hasError) {
    assert.equal(describe(plain.nextSibling), describe(node.nextSibling), `${at} nextSibling`);
    assert.equal(
      describe(plain.previousNamedSibling),
      describe(node.previousNamedSibling),
      `${at} previousNamedSibling`,
    );
  }
  if (fields) {
    for (let i = 0; i < node.childCount; i++)
      assert.equal(plain.children[i]!.fieldName, node.fieldNameForChild(i), `${at} field of child ${i}`);
    // In an ERROR node web-tree-sitter's childForFieldName may miss a child that its own
    // fieldNameForChild (compared above) gives that field: the by-name lookups are compared elsewhere.
    for (const name of node.isError ? [] : language.fields) {
      if (name === null) continue;
      assert.equal(
        describe(plain.childForFieldName(name)),
        describe(node.childForFieldName(name)),
        `${at} field ${name}`,
      );
      assert.deepEqual(
        plain.childrenForFieldName(name).map(describe),
        node.childrenForFieldName(name).map(describe),
        `${at} fields ${name}`,
      );
    }
  }
  let count = 1;
  for (let i = 0; i < node.childCount; i++) count += compare(plain.children[i]!, node.child(i)!, language, fields, at);
  assert.equal(
    plain.namedChildren.map(describe).join(),
    node.namedChildren.map(describe).join(),
    `${at} namedChildren`,
  );
  return count;
}

function checkAgainstWasm(
  lang: GrammarLanguage,
  text: string,
  build: (text: string) => SyntaxTree,
  fields: boolean,
): number {
  const parser = wasm[lang]!;
  const tree = parser.parse(text)!;
  try {
    const plain = build(text);
    assert.equal(plain.text, text);
    // tree-sitter prints an unexpected character's code in its S-expression, which no node holds.
    if (!tree.rootNode.hasError) assert.equal(plain.rootNode.toString(), tree.rootNode.toString());
    return compare(plain.rootNode, tree.rootNode, parser.language!, fields);
  } finally {
    tree.delete();
  }
}

/** The plain tree through web-tree-sitter's public TreeCursor (the fallback of the direct walk). */
function publicCursorTree(lang: GrammarLanguage): (text: string) => SyntaxTree {
  const names = new NameTable();
  return (text) => {
    const raw = wasm[lang]!.parse(text)!;
    try {
      return buildSyntaxTree(cursorReader(raw.walk()), text, names, raw.rootNode.hasError);
    } finally {
      raw.delete();
    }
  };
}

function nativeOrSkip(t: { skip(message: string): void }, lang: GrammarLanguage): boolean {
  const reason = nativeUnavailable(lang);
  if (reason === null) return true;
  if (inCI) assert.fail(reason);
  t.skip(reason);
  return false;
}

function corpus(lang: GrammarLanguage): string[] {
  const dir = join(PROJECT_ROOT, 'test', 'corpus', lang);
  const extension = lang === 'go' ? '.go' : '.rs';
  return readdirSync(dir)
    .filter((f) => f.endsWith(extension))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

test('web-tree-sitter columns and indices count UTF-16 code units, rows count line feeds', () => {
  const text = 'package main\nvar s = "😀é"; var t = 1\r\nvar u = 2\n';
  const tree = wasm.go!.parse(text)!;
  try {
    const ids = tree.rootNode
      .descendantsOfType('identifier')
      .map((n) => [n!.text, n!.startIndex, n!.startPosition.row, n!.startPosition.column]);
    // "😀" is two code units; "\r" ends no row.
    assert.deepEqual(ids, [
      ['s', 17, 1, 4],
      ['t', 32, 1, 19],
      ['u', 43, 2, 4],
    ]);
    assert.equal(text[32], 't');
  } finally {
    tree.delete();
  }
});

test('the direct wasm walk is available with the pinned web-tree-sitter', () => {
  assert.equal(directWasmWalk(), true);
});

for (const lang of ['go', 'rust'] as const) {
  test(`${lang}: plain trees match web-tree-sitter's nodes, fields included (direct wasm walk)`, async () => {
    const parser = await createSourceParser(lang, { backend: 'wasm' });
    for (const text of SAMPLES[lang]) checkAgainstWasm(lang, text, (t) => parser.parse(t), true);
  });

  test(`${lang}: plain trees match web-tree-sitter's nodes, fields included (public cursor)`, () => {
    for (const text of SAMPLES[lang]) checkAgainstWasm(lang, text, publicCursorTree(lang), true);
  });

  test(`${lang}: plain trees match web-tree-sitter's nodes, fields included (native binding)`, async (t) => {
    if (!nativeOrSkip(t, lang)) return;
    const parser = await createSourceParser(lang, { backend: 'native' });
    for (const text of SAMPLES[lang]) checkAgainstWasm(lang, text, (s) => parser.parse(s), true);
  });

  test(`${lang}: every corpus program's plain tree matches web-tree-sitter's, from both bindings`, async (t) => {
    const parsers: SourceParser[] = [await createSourceParser(lang, { backend: 'wasm' })];
    if (nativeOrSkip(t, lang)) parsers.push(await createSourceParser(lang, { backend: 'native' }));
    let nodes = 0;
    for (const text of corpus(lang))
      for (const parser of parsers) nodes += checkAgainstWasm(lang, text, (s) => parser.parse(s), false);
    assert.ok(nodes > 10_000, `only ${nodes} nodes compared`);
  });

  test(`${lang}: broken programs (corpus programs with cuts and stray tokens) match too, errors and missing nodes included`, async () => {
    const parser = await createSourceParser(lang, { backend: 'wasm' });
    const programs = corpus(lang);
    let state = 12345;
    const next = (n: number) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state % n;
    };
    const junk = ['{', '}', '(', ')', ';', '<-', '::', '"', "'", 'é', '😀', 'fn', 'func', '=>', ',', '\n'];
    let broken = 0;
    for (let i = 0; i < 60; i++) {
      let text = programs[next(programs.length)]!;
      for (let k = 0; k < 3; k++) {
        const at = next(text.length);
        text =
          next(2) === 0
            ? text.slice(0, at) + text.slice(at + next(20))
            : text.slice(0, at) + junk[next(junk.length)]! + text.slice(at);
      }
      const fields = i < 10;
      const tree = parser.parse(text);
      if (tree.rootNode.hasError) broken++;
      checkAgainstWasm(lang, text, (t) => (t === text ? tree : parser.parse(t)), fields);
    }
    assert.ok(broken > 30, `only ${broken} of the mutated programs have errors`);
  });

  test(`${lang}: a sub-parse reads its own tree (the direct walk leaves no state behind)`, async () => {
    const parser = await createSourceParser(lang, { backend: 'wasm' });
    const first = parser.parse(SAMPLES[lang][0]!);
    const second = parser.parse(SAMPLES[lang][2]!);
    assert.notEqual(first.rootNode.id, second.rootNode.id);
    assert.equal(first.rootNode.toString(), checkRoot(lang, SAMPLES[lang][0]!));
    assert.equal(second.rootNode.toString(), checkRoot(lang, SAMPLES[lang][2]!));
  });
}

function checkRoot(lang: GrammarLanguage, text: string): string {
  const tree = wasm[lang]!.parse(text)!;
  try {
    return tree.rootNode.toString();
  } finally {
    tree.delete();
  }
}

test('node helpers: siblings, descendants, cursor', async () => {
  const parser = await createSourceParser('go', { backend: 'wasm' });
  const tree = parser.parse(GO);
  const root = tree.rootNode;
  const wasmTree = wasm.go!.parse(GO)!;
  try {
    const types = ['identifier', 'interpreted_string_literal', '<-'];
    assert.deepEqual(
      root.descendantsOfType(types).map(describe),
      wasmTree.rootNode.descendantsOfType(types).map(describe),
    );
    const call = root.descendantsOfType('call_expression')[0]!;
    assert.equal(call.parent!.children.includes(call), true);
    assert.equal(call.firstChild!.type, 'identifier');
    assert.equal(call.lastChild!.type, 'argument_list');
    assert.equal(call.child(99), null);
    assert.equal(call.namedChild(1)!.type, 'argument_list');
    assert.ok(call.equals(call) && !call.equals(root));
    assert.equal(tree.positionAt(GO.indexOf('😀') + 2).column, GO.split('\n')[4]!.indexOf('😀') + 2);
    // The cursor goes where web-tree-sitter's goes, with the same field names.
    const seen: string[] = [];
    const expected: string[] = [];
    const plainCursor = root.walk();
    const wasmCursor = wasmTree.walk();
    for (const [cursor, out] of [
      [plainCursor, seen],
      [wasmCursor, expected],
    ] as const) {
      walking: for (;;) {
        out.push(
          `${cursor.currentFieldName ?? '-'}:${cursor.nodeType}:${cursor.startIndex}-${cursor.endIndex}:${cursor.nodeIsNamed}:${cursor.startPosition.column}`,
        );
        if (cursor.gotoFirstChild()) continue;
        for (;;) {
          if (cursor.gotoNextSibling()) continue walking;
          if (!cursor.gotoParent()) break walking;
        }
      }
    }
    wasmCursor.delete();
    assert.deepEqual(seen, expected);
  } finally {
    wasmTree.delete();
  }
});
