/**
 * The translator's corpora, test/corpus/go/*.go and test/corpus/rust/*.rs, and what the tests
 * that use them share: list the programs, translate each one in-process as the CLI would, point
 * the translation's runtime import at the runtime's sources, and list what a translation must
 * not contain (unsupported markers, error diagnostics).
 *
 *     const names = corpusNames(RUST_CORPUS);
 *     const translations = await translateCorpus(RUST_CORPUS, names);
 *     const js = pointAtRuntime(RUST_CORPUS, translation.javascript, runtimeEntry(RUST_CORPUS, 'url-of-ts'));
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_RUNTIME, translate, type SourceLanguage, type Translation } from '../../server/translate/index.js';
import { PROJECT_ROOT } from './run-ts-program.js';

/** One language's corpus of programs: NAME.<extension> files in one folder. */
export interface Corpus {
  language: SourceLanguage;
  /** The language's name in messages ("Go", "Rust"). */
  title: string;
  /** The folder holding the programs. */
  dir: string;
  /** The programs' file extension, with its dot. */
  extension: string;
  /** The runtime's source folder, runtime/src/<go|tokio>, holding index.ts. */
  runtimeDir: string;
  /**
   * The file name `translate` gets for program NAME. For Rust it is the path rustc prints in
   * panic locations when test/support/cargo-toolchain.ts builds the program (a bin target of
   * one package, "src/bin/NAME.rs"), so that a translation printing "<fileName>:L:C" matches.
   */
  fileName(name: string): string;
}

export const GO_CORPUS: Corpus = {
  language: 'go',
  title: 'Go',
  dir: join(PROJECT_ROOT, 'test', 'corpus', 'go'),
  extension: '.go',
  runtimeDir: join(PROJECT_ROOT, 'runtime', 'src', 'go'),
  fileName: (name) => `${name}.go`,
};

export const RUST_CORPUS: Corpus = {
  language: 'rust',
  title: 'Rust',
  dir: join(PROJECT_ROOT, 'test', 'corpus', 'rust'),
  extension: '.rs',
  runtimeDir: join(PROJECT_ROOT, 'runtime', 'src', 'tokio'),
  fileName: (name) => `src/bin/${name}.rs`,
};

/** The Go programs of the runtime's own differential tests: a second set for the Go translator. */
export const GO_RUNTIME_PROGRAMS: Corpus = { ...GO_CORPUS, dir: join(PROJECT_ROOT, 'test', 'runtime', 'programs') };

/** Go programs whose output is the scheduling order: checked against Go run with GOMAXPROCS=1. */
export const GO_GOMAXPROCS1_CORPUS: Corpus = {
  ...GO_CORPUS,
  dir: join(PROJECT_ROOT, 'test', 'corpus', 'go-gomaxprocs1'),
};

/** Go programs that pin down what awaiting only pending operations must not change (see its README). */
export const GO_FAST_PATH_CORPUS: Corpus = { ...GO_CORPUS, dir: join(PROJECT_ROOT, 'test', 'corpus', 'go-fast-path') };

/**
 * The Tokio programs of the runtime's own differential tests (test/runtime/tokio-programs/):
 * written before the Rust translator, they check it a second time, on code it was not tuned to.
 */
export const RUST_RUNTIME_PROGRAMS: Corpus = {
  ...RUST_CORPUS,
  dir: join(PROJECT_ROOT, 'test', 'runtime', 'tokio-programs'),
};

/** CI=true (or any value but "" / "0" / "false") turns a missing toolchain into a failure. */
export const inCI: boolean = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

/** NAME for every program in the corpus, in name order. */
export function corpusNames(corpus: Corpus): string[] {
  return readdirSync(corpus.dir)
    .filter((file) => file.endsWith(corpus.extension))
    .map((file) => file.slice(0, -corpus.extension.length))
    .sort();
}

/** The path of program NAME's source file. */
export function corpusFile(corpus: Corpus, name: string): string {
  return join(corpus.dir, `${name}${corpus.extension}`);
}

/**
 * The runtime's entry point for a translation that imports it from a temporary folder: the
 * file URL of index.ts (for Node with the project's loader), or the path of index.js (for tsc,
 * which resolves .js to the .ts beside it).
 */
export function runtimeEntry(corpus: Corpus, kind: 'url-of-ts' | 'path-of-js'): string {
  return kind === 'url-of-ts'
    ? pathToFileURL(join(corpus.runtimeDir, 'index.ts')).href
    : join(corpus.runtimeDir, 'index.js');
}

/** Every quoted occurrence of the corpus language's runtime specifier, in import and export statements alike. */
export function pointAtRuntime(corpus: Corpus, code: string, target: string): string {
  const specifier = DEFAULT_RUNTIME[corpus.language];
  return code.replaceAll(`'${specifier}'`, `'${target}'`).replaceAll(`"${specifier}"`, `"${target}"`);
}

/** A program's translation, or what `translate` threw for it. */
export type CorpusTranslation = { translation: Translation } | { error: unknown };

/** Translates every named program of the corpus, as the CLI does for its file. */
export async function translateCorpus(
  corpus: Corpus,
  names: readonly string[],
): Promise<Map<string, CorpusTranslation>> {
  const translations = new Map<string, CorpusTranslation>();
  for (const name of names) {
    try {
      const source = readFileSync(corpusFile(corpus, name), 'utf8');
      const translation = await translate(source, { fileName: corpus.fileName(name), language: corpus.language });
      translations.set(name, { translation });
    } catch (error) {
      translations.set(name, { error });
    }
  }
  return translations;
}

/** Why `translate` threw, in one line (or with the stack, for a failure message). */
export function describeTranslateError(error: unknown, withStack = false): string {
  if (!(error instanceof Error)) return String(error);
  return withStack ? (error.stack ?? error.message) : error.message;
}

/** One line for each program whose translation threw. */
export function translateFailures(corpus: Corpus, translations: ReadonlyMap<string, CorpusTranslation>): string[] {
  const failures: string[] = [];
  for (const [name, translated] of translations) {
    if ('error' in translated)
      failures.push(`${corpus.fileName(name)}: translate threw: ${describeTranslateError(translated.error)}`);
  }
  return failures;
}

/**
 * What is wrong with the corpus's translations, one line each: a translation that threw, a
 * call of the runtime's `unsupported` (or a "chan2ts: unsupported" comment) in the TypeScript, an
 * error diagnostic.
 */
export function translationProblems(corpus: Corpus, translations: ReadonlyMap<string, CorpusTranslation>): string[] {
  const problems = translateFailures(corpus, translations);
  for (const [name, translated] of translations) {
    if (!('translation' in translated)) continue;
    const { typescript, diagnostics } = translated.translation;
    typescript.split('\n').forEach((line, i) => {
      if (/\bunsupported\(|chan2ts: unsupported/.test(line)) problems.push(`${name}.ts:${i + 1}: ${line.trim()}`);
    });
    for (const d of diagnostics) {
      if (d.severity !== 'error') continue;
      const { line, column } = d.range.start;
      problems.push(`${corpus.fileName(name)}:${line + 1}:${column + 1}: error ${d.code}: ${d.message}`);
    }
  }
  return problems;
}
