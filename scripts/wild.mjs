// The measure that counts: programs nobody on the team wrote (test/wild/go, test/wild/rust),
// each built with the real toolchain and translated by chan2ts; a program passes when both
// print the same stdout and first stderr line and exit the same way. Prints one line per
// program that differs and the share that passes, then how many translations pass
// `tsc --strict`. Not a test: its failures are the work left.
//
//   npm run wild [-- go|rust] [--verbose] [--types]
//
// --types skips the toolchains and the runs: it translates and prints what tsc --strict reports.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const {
  values: { verbose, types },
  positionals,
} = parseArgs({
  options: { verbose: { type: 'boolean', short: 'v' }, types: { type: 'boolean' } },
  allowPositionals: true,
});
const languages = positionals.length > 0 ? positionals : ['go', 'rust'];

const corpus = await import('../test/support/corpus.ts');
const { runProcess, REGISTER_MJS, PROJECT_ROOT } = await import('../test/support/run-ts-program.ts');
const goToolchain = await import('../test/support/go-toolchain.ts');
const { typecheckFolder } = await import('../test/support/typecheck.ts');
const cargoToolchain = await import('../test/support/cargo-toolchain.ts');

const WILD = {
  go: {
    corpus: { ...corpus.GO_CORPUS, dir: join(PROJECT_ROOT, 'test', 'wild', 'go') },
    find: goToolchain.findGo,
    missing: goToolchain.GO_MISSING,
    build: goToolchain.buildGoPrograms,
    stderrFirstLine: (stderr) => stderr.split('\n')[0],
  },
  rust: {
    corpus: { ...corpus.RUST_CORPUS, dir: join(PROJECT_ROOT, 'test', 'wild', 'rust') },
    find: cargoToolchain.findCargo,
    missing: cargoToolchain.CARGO_MISSING,
    build: cargoToolchain.buildRustPrograms,
    stderrFirstLine: cargoToolchain.stderrFirstLine,
  },
};

/** Why a translated run differs from the original one, in a few words, or null when it does not. */
function difference(wild, original, translated) {
  if (translated.code !== original.code) return `exit ${translated.code}, expected ${original.code}`;
  const [want, got] = [original, translated].map((r) => wild.stderrFirstLine(r.stderr));
  if (want !== got)
    return `stderr ${JSON.stringify(got.slice(0, 100))}, expected ${JSON.stringify(want.slice(0, 100))}`;
  if (translated.stdout === original.stdout) return null;
  const [a, b] = [original.stdout.split('\n'), translated.stdout.split('\n')];
  let at = 0;
  while (a[at] === b[at]) at++;
  return `stdout line ${at + 1}: ${JSON.stringify((b[at] ?? '(end)').slice(0, 80))}, expected ${JSON.stringify((a[at] ?? '(end)').slice(0, 80))}`;
}

/** What a translated run said first on stderr (a panic's place and its message), on one line. */
function firstLines(stderr) {
  return stderr
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 2)
    .join(' | ');
}

/** What tsc --strict reports on the translations, one line per error. */
async function typeErrors(wild, translations) {
  const tsDir = mkdtempSync(join(tmpdir(), 'chan2ts-wild-ts-'));
  try {
    const typesRuntime = corpus.runtimeEntry(wild.corpus, 'path-of-js');
    for (const [name, translated] of translations)
      if ('translation' in translated)
        writeFileSync(
          join(tsDir, `${name}.ts`),
          corpus.pointAtRuntime(wild.corpus, translated.translation.typescript, typesRuntime),
        );
    return (await typecheckFolder(tsDir)).lines;
  } finally {
    rmSync(tsDir, { recursive: true, force: true });
  }
}

const illTypedNames = (lines) => [...new Set(lines.map((line) => /^(\w+)\.ts\(/.exec(line)?.[1]).filter(Boolean))];

async function measureTypes(language) {
  const wild = WILD[language];
  const names = corpus.corpusNames(wild.corpus);
  const lines = await typeErrors(wild, await corpus.translateCorpus(wild.corpus, names));
  for (const line of lines) console.log(line);
  console.log(
    `${language}: ${names.length - illTypedNames(lines).length}/${names.length} translations pass tsc --strict`,
  );
}

async function measure(language) {
  const wild = WILD[language];
  const names = corpus.corpusNames(wild.corpus);
  if (names.length === 0) return null;
  const toolchain = wild.find();
  if (toolchain === null) throw new Error(wild.missing);
  // A hundred cargo release builds take many minutes on a small machine.
  const built = await wild.build(
    toolchain,
    names.map((name) => ({ name, file: corpus.corpusFile(wild.corpus, name) })),
    { timeoutMs: 60 * 60_000 },
  );
  const outDir = mkdtempSync(join(tmpdir(), `chan2ts-wild-${language}-`));
  const failures = [];
  let illTyped = [];
  try {
    const translations = await corpus.translateCorpus(wild.corpus, names);
    const runtime = corpus.runtimeEntry(wild.corpus, 'url-of-ts');
    illTyped = illTypedNames(await typeErrors(wild, translations));
    for (const name of names) {
      const translated = translations.get(name);
      if ('error' in translated) {
        failures.push([name, `translate threw: ${corpus.describeTranslateError(translated.error)}`]);
        continue;
      }
      writeFileSync(
        join(outDir, `${name}.mjs`),
        corpus.pointAtRuntime(wild.corpus, translated.translation.javascript, runtime),
      );
      const [original, ours] = await Promise.all([
        built.run(name, { timeoutMs: 20_000 }),
        runProcess(process.execPath, ['--import', REGISTER_MJS, `${name}.mjs`], {
          cwd: outDir,
          timeoutMs: 20_000,
        }).catch((error) => ({ code: 'timeout', stdout: '', stderr: String(error.message).split('\n')[0] })),
      ]);
      const why = difference(wild, original, ours);
      if (why !== null) failures.push([name, verbose ? `${why}\n    ${firstLines(ours.stderr)}` : why]);
    }
  } finally {
    await built.cleanup();
    rmSync(outDir, { recursive: true, force: true });
  }
  return { total: names.length, failures, illTyped };
}

for (const language of languages) {
  if (!(language in WILD)) {
    console.error(`chan2ts wild: unknown language ${language} (go or rust)`);
    process.exit(2);
  }
  if (types) {
    await measureTypes(language);
    continue;
  }
  const result = await measure(language);
  if (result === null) {
    console.log(`${language}: no programs in test/wild/${language}`);
    continue;
  }
  const { total, failures, illTyped } = result;
  for (const [name, why] of failures) console.log(`  ${language} ${name}: ${why}`);
  const passed = total - failures.length;
  console.log(
    `${language}: ${passed}/${total} programs print and exit as the original (${((100 * passed) / total).toFixed(1)}%)`,
  );
  if (verbose) for (const name of illTyped) console.log(`  ${language} ${name}: tsc --strict reports errors`);
  console.log(`${language}: ${total - illTyped.length}/${total} translations pass tsc --strict`);
}
