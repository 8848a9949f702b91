// The grammar wasm files in grammars/ against the pinned web-tree-sitter and their manifest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LANGUAGE_VERSION, MIN_COMPATIBLE_VERSION } from 'web-tree-sitter';
import { createParser, loadLanguage, locateWasm, type GrammarLanguage } from '../../server/parse/grammars.js';
import { PROJECT_ROOT } from '../support/run-ts-program.js';

interface Manifest {
  webTreeSitter: string;
  grammars: { language: string; package: string; version: string; file: string; sha256: string }[];
}

const LANGUAGES: GrammarLanguage[] = ['go', 'rust'];

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function readManifest(): Manifest {
  return readJson<Manifest>(join(dirname(locateWasm('tree-sitter-go.wasm')), 'manifest.json'));
}

function installedVersion(name: string): string {
  return readJson<{ version: string }>(join(PROJECT_ROOT, 'node_modules', name, 'package.json')).version;
}

test('the pinned web-tree-sitter loads both grammars, whose ABI it supports', async () => {
  for (const lang of LANGUAGES) {
    const language = await loadLanguage(lang);
    assert.ok(
      language.abiVersion >= MIN_COMPATIBLE_VERSION && language.abiVersion <= LANGUAGE_VERSION,
      `${lang} ABI ${language.abiVersion} outside ${MIN_COMPATIBLE_VERSION}..${LANGUAGE_VERSION}`,
    );
  }
});

test('the manifest records the sha256 of each wasm file the loader reads', () => {
  const manifest = readManifest();
  assert.deepEqual(
    manifest.grammars.map((grammar) => grammar.language),
    LANGUAGES,
  );
  for (const grammar of manifest.grammars) {
    const bytes = readFileSync(locateWasm(grammar.file));
    assert.equal(createHash('sha256').update(bytes).digest('hex'), grammar.sha256, grammar.file);
  }
});

test('the manifest versions are the installed ones, pinned exactly in package.json', () => {
  const manifest = readManifest();
  const { devDependencies: dependencies } = readJson<{ devDependencies: Record<string, string> }>(
    join(PROJECT_ROOT, 'package.json'),
  );
  const pinned = [...manifest.grammars, { package: 'web-tree-sitter', version: manifest.webTreeSitter }];
  for (const { package: name, version } of pinned) {
    assert.equal(dependencies[name], version, `${name} in package.json`);
    assert.equal(installedVersion(name), version, `${name} installed`);
  }
});

test('a small Go program parses without errors', async () => {
  const parser = await createParser('go');
  const tree = parser.parse(
    'package main\n\nimport "fmt"\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 1\n\tfmt.Println(<-ch)\n}\n',
  );
  assert.equal(tree?.rootNode.type, 'source_file');
  assert.equal(tree?.rootNode.hasError, false, tree?.rootNode.toString());
});

test('a small Rust program parses without errors', async () => {
  const parser = await createParser('rust');
  const tree = parser.parse(
    '#[tokio::main]\nasync fn main() {\n    let (tx, mut rx) = tokio::sync::mpsc::channel(3);\n' +
      '    tokio::spawn(async move { tx.send(1).await.unwrap(); });\n' +
      '    while let Some(v) = rx.recv().await {\n        println!("{}", v);\n    }\n}\n',
  );
  assert.equal(tree?.rootNode.type, 'source_file');
  assert.equal(tree?.rootNode.hasError, false, tree?.rootNode.toString());
});

test('a missing grammar file is named, with the command that makes it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'chan2ts-grammars-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  copyFileSync(locateWasm('tree-sitter.wasm'), join(dir, 'tree-sitter.wasm'));
  await assert.rejects(loadLanguage('go', { dir }), /tree-sitter-go\.wasm is missing.*npm run build/);
});

test('CHAN2TS_GRAMMARS points the loader at another folder', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'chan2ts-grammars-'));
  t.after(() => {
    delete process.env['CHAN2TS_GRAMMARS'];
    rmSync(dir, { recursive: true, force: true });
  });
  copyFileSync(locateWasm('tree-sitter-rust.wasm'), join(dir, 'tree-sitter-rust.wasm'));
  process.env['CHAN2TS_GRAMMARS'] = dir;
  assert.equal(locateWasm('tree-sitter-rust.wasm'), join(dir, 'tree-sitter-rust.wasm'));
});
