// Byte-for-byte guard for refactors of the translators: translates every program the
// project has (corpora, the runtime's program sets, examples, e2e fixtures, the golden
// tests' inputs, the shared repros) to TypeScript, JavaScript, both source maps and the
// diagnostics, and saves them or compares them with a saved set.
//
//   node scripts/translation-snapshot.mjs save [DIR]    (default DIR: .cache/translation-snapshot)
//   node scripts/translation-snapshot.mjs check [DIR]   exit 1 and list the files that differ
//
// The golden tests' inputs are recorded by running those tests with CHAN2TS_RECORD_INPUTS
// set (test/support/golden.ts appends each input it translates).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [mode, dirArg] = process.argv.slice(2);
if (mode !== 'save' && mode !== 'check') {
  console.error('usage: node scripts/translation-snapshot.mjs save|check [DIR]');
  process.exit(2);
}
const snapshotDir = dirArg ?? join(ROOT, '.cache', 'translation-snapshot');

const SOURCE_FOLDERS = [
  'test/corpus/go',
  'test/corpus/rust',
  'test/runtime/programs',
  'test/runtime/tokio-programs',
  'test/runtime/fmt-go',
  'test/runtime/fmt-rust',
  'test/e2e/fixtures/workspace',
  'examples',
  '../shared/repros/go',
  '../shared/repros/rust',
];
const GOLDEN_TESTS = ['test/translate/go-golden.test.ts', 'test/translate/rust-golden.test.ts'];

function sourceFiles() {
  const files = [];
  for (const folder of SOURCE_FOLDERS) {
    const dir = join(ROOT, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (/\.(go|rs|md)$/.test(name))
        files.push({ id: `${folder.replace(/^\.\.\//, '')}/${name}`, path: join(dir, name) });
    }
  }
  return files;
}

/** The inputs the golden tests translate, in the order they run. */
function goldenInputs() {
  const scratch = mkdtempSync(join(tmpdir(), 'chan2ts-snapshot-'));
  const record = join(scratch, 'inputs.jsonl');
  try {
    const run = spawnSync(
      process.execPath,
      ['--import', './test/support/register.mjs', '--test', '--test-concurrency=1', ...GOLDEN_TESTS],
      {
        cwd: ROOT,
        env: { ...process.env, CHAN2TS_RECORD_INPUTS: record },
        encoding: 'utf8',
      },
    );
    if (!existsSync(record)) {
      console.error(run.stdout, run.stderr);
      throw new Error('the golden tests recorded no inputs');
    }
    return readFileSync(record, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function outputsOf(translate, text, options) {
  try {
    const t = await translate(text, options);
    return {
      ts: t.typescript,
      js: t.javascript,
      'ts.map': JSON.stringify(t.typescriptMap),
      'js.map': JSON.stringify(t.javascriptMap),
      'diagnostics.json': JSON.stringify(t.diagnostics, null, 1),
    };
  } catch (error) {
    return { error: `${error?.name}: ${error?.message}` };
  }
}

async function collect() {
  const { translate } = await import(pathToFileURL(join(ROOT, 'server/translate/index.ts')).href);
  const outputs = new Map();
  for (const file of sourceFiles()) {
    const text = readFileSync(file.path, 'utf8');
    const fileName = file.id.includes('corpus/rust') ? `src/bin/${basename(file.path)}` : basename(file.path);
    for (const [ext, content] of Object.entries(await outputsOf(translate, text, { fileName })))
      outputs.set(`${file.id}.${ext}`, content);
  }
  for (const input of goldenInputs()) {
    const hash = createHash('sha256')
      .update(`${input.language}\n${input.fileName ?? ''}\n${input.source}`)
      .digest('hex')
      .slice(0, 16);
    const id = `golden/${input.language}-${hash}`;
    outputs.set(`${id}.input`, input.source);
    for (const [ext, content] of Object.entries(await outputsOf(translate, input.source, input)))
      outputs.set(`${id}.${ext}`, content);
  }
  return outputs;
}

function readSnapshot(dir) {
  const out = new Map();
  const visit = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else out.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  visit(dir);
  return out;
}

const outputs = await collect();
if (mode === 'save') {
  rmSync(snapshotDir, { recursive: true, force: true });
  for (const [name, content] of outputs) {
    const path = join(snapshotDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  console.log(`saved ${outputs.size} outputs to ${relative(ROOT, snapshotDir) || snapshotDir}`);
} else {
  if (!existsSync(snapshotDir)) {
    console.error(`no snapshot at ${snapshotDir}: run 'save' first (on the commit to compare against)`);
    process.exit(2);
  }
  const saved = readSnapshot(snapshotDir);
  const differing = [];
  for (const [name, content] of outputs)
    if (saved.get(name) !== content) differing.push(saved.has(name) ? `changed: ${name}` : `new: ${name}`);
  for (const name of saved.keys()) if (!outputs.has(name)) differing.push(`missing: ${name}`);
  if (differing.length) {
    console.error(differing.join('\n'));
    console.error(`${differing.length} of ${outputs.size} outputs differ from ${snapshotDir}`);
    process.exit(1);
  }
  console.log(`all ${outputs.size} outputs are the same as in ${relative(ROOT, snapshotDir) || snapshotDir}`);
}
