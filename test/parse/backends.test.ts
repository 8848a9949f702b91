// The two tree-sitter bindings behind server/parse/source-parser.ts: the native grammars are
// the wasm grammars' twins (same ABI, same node kinds and fields by id), and every corpus
// program translates to the same TypeScript and JavaScript whichever binding parses it.
// Without the native binding this fails under CI and skips otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { loadLanguage, locateWasm, type GrammarLanguage } from '../../server/parse/grammars.js';
import { createSourceParser, nativeUnavailable } from '../../server/parse/source-parser.js';
import { translate } from '../../server/translate/index.js';
import { corpusFile, corpusNames, GO_CORPUS, inCI, RUST_CORPUS, type Corpus } from '../support/corpus.js';
import { PROJECT_ROOT } from '../support/run-ts-program.js';

const PACKAGES: Record<GrammarLanguage, string> = { go: 'tree-sitter-go', rust: 'tree-sitter-rust' };

/** The native binding's own functions (the `tree-sitter` package's index.js keeps them to itself). */
interface NativeBinding {
  LANGUAGE_VERSION: number;
  getNodeTypeNamesById(language: unknown): (string | null)[];
  getNodeFieldNamesById(language: unknown): (string | null)[];
}

function nativeOrSkip(t: { skip(message: string): void }, lang: GrammarLanguage): boolean {
  const reason = nativeUnavailable(lang);
  if (reason === null) return true;
  if (inCI) assert.fail(reason);
  t.skip(reason);
  return false;
}

function nativeBinding(): NativeBinding {
  const require = createRequire(join(PROJECT_ROOT, 'package.json'));
  const packageDir = dirname(require.resolve('tree-sitter/package.json'));
  // The same loader tree-sitter's index.js uses, from its own folder: the same .node file.
  const load = createRequire(join(packageDir, 'index.js'))('node-gyp-build') as (dir: string) => NativeBinding;
  return load(packageDir);
}

/** The ABI version a grammar package's generated parser was made for. */
function generatedAbi(lang: GrammarLanguage): number {
  const require = createRequire(join(PROJECT_ROOT, 'package.json'));
  const parserC = join(dirname(require.resolve(`${PACKAGES[lang]}/package.json`)), 'src', 'parser.c');
  const match = /#define LANGUAGE_VERSION (\d+)/.exec(readFileSync(parserC, 'utf8'));
  assert.ok(match, `no LANGUAGE_VERSION in ${parserC}`);
  return Number(match[1]);
}

for (const lang of ['go', 'rust'] as const) {
  test(`${lang}: the native grammar is the wasm grammar's twin (ABI, node kinds and fields by id)`, async (t) => {
    if (!nativeOrSkip(t, lang)) return;
    const wasm = await loadLanguage(lang);
    const binding = nativeBinding();
    const native = createRequire(join(PROJECT_ROOT, 'package.json'))(PACKAGES[lang]) as unknown;
    // The native binding does not report a grammar's ABI: its build comes from the package's
    // parser.c. tree-sitter-rust 0.24.0 ships a wasm generated at ABI 14 beside a parser.c at
    // 15; what must agree is that both load and that their node kinds and fields have the same ids.
    for (const [what, abi] of [
      ['the wasm grammar', wasm.abiVersion],
      ['the generated parser.c', generatedAbi(lang)],
    ] as const) {
      assert.ok(
        abi >= 13 && abi <= binding.LANGUAGE_VERSION,
        `${what}: ABI ${abi} outside the native binding's 13..${binding.LANGUAGE_VERSION}`,
      );
    }
    const names = binding.getNodeTypeNamesById(native);
    assert.equal(names.length, wasm.nodeTypeCount, 'node kind count');
    for (let id = 0; id < names.length; id++)
      if (names[id] !== null) assert.equal(names[id], wasm.nodeTypeForId(id), `node kind ${id}`);
    assert.deepEqual(binding.getNodeFieldNamesById(native), wasm.fields, 'field names');
  });
}

async function sameTranslations(t: { skip(message: string): void }, corpus: Corpus): Promise<void> {
  if (!nativeOrSkip(t, corpus.language)) return;
  // The default: web-tree-sitter with the direct walk reads trees faster than the native binding.
  assert.equal((await createSourceParser(corpus.language)).backend, 'wasm');
  const names = corpusNames(corpus);
  assert.ok(names.length > 10);
  for (const name of names) {
    const text = readFileSync(corpusFile(corpus, name), 'utf8');
    const options = { language: corpus.language, fileName: corpus.fileName(name) };
    const wasm = await translate(text, { ...options, parser: 'wasm' });
    const native = await translate(text, { ...options, parser: 'native' });
    assert.equal(native.typescript, wasm.typescript, `${name}: TypeScript`);
    assert.equal(native.javascript, wasm.javascript, `${name}: JavaScript`);
    assert.deepEqual(native.typescriptMap, wasm.typescriptMap, `${name}: TypeScript source map`);
    assert.deepEqual(native.diagnostics, wasm.diagnostics, `${name}: diagnostics`);
  }
}

test('every Go corpus program translates the same with either binding', (t) => sameTranslations(t, GO_CORPUS));

test('every Rust corpus program translates the same with either binding', (t) => sameTranslations(t, RUST_CORPUS));

test('the native packages are pinned exactly and installed at that version', () => {
  const require = createRequire(join(PROJECT_ROOT, 'package.json'));
  const { devDependencies: dependencies } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  for (const name of ['tree-sitter', ...Object.values(PACKAGES)]) {
    assert.match(dependencies[name] ?? '', /^\d+\.\d+\.\d+$/, `${name} in package.json`);
    const installed = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
    assert.equal(installed.version, dependencies[name], `${name} installed`);
  }
});

test('a bundle with no node_modules beside it parses with web-tree-sitter, and says why when asked for native', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'chan2ts-bundle-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const entry = join(dir, 'entry.ts');
  const script = [
    `import { createSourceParser, nativeUnavailable } from ${JSON.stringify(join(PROJECT_ROOT, 'server/parse/source-parser.ts'))};`,
    "const parser = await createSourceParser('go');",
    "console.log(JSON.stringify({ backend: parser.backend, type: parser.parse('package main').rootNode.type, native: nativeUnavailable('go') }));",
    "await createSourceParser('go', { backend: 'native' });",
  ].join('\n');
  writeFileSync(entry, script);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(dir, 'cli.mjs'),
    external: ['tree-sitter', 'tree-sitter-go', 'tree-sitter-rust'],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  for (const file of ['tree-sitter.wasm', 'tree-sitter-go.wasm']) copyFileSync(locateWasm(file), join(dir, file));
  const run = spawnSync(process.execPath, [join(dir, 'cli.mjs')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CHAN2TS_GRAMMARS: dir },
  });
  const first = JSON.parse(run.stdout.split('\n')[0]!) as { backend: string; type: string; native: string | null };
  assert.equal(first.backend, 'wasm');
  assert.equal(first.type, 'source_file');
  assert.match(first.native ?? '', /native tree-sitter binding does not load: Cannot find module 'tree-sitter'/);
  assert.notEqual(run.status, 0, 'asking for the native binding fails');
  assert.match(run.stderr, /native tree-sitter binding does not load/);
});
