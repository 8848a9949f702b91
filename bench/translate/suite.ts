/**
 * The translator-go and translator-rust suites: how long `translate()` takes on Go and on Rust
 * text, next to the bare tree-sitter parse of the same text in the same run (the floor: no
 * translator can be faster than reading its input).
 *
 * Go inputs: bench/translate/snippet.go, a 100-line worker pool / pipeline program written for
 * the bench (it runs under `go run` and `chan2ts run` with the same output), and a 5,000-line
 * file from generate.ts (fixed seed: the same text on every run). Rust inputs: the Tokio file
 * generator of the lsp suite (bench/lsp/rust-file.ts) at 100 and 5,000 lines.
 *
 * Implementations: "translate" is the whole public call (language detection, parse, translate,
 * render TypeScript and JavaScript with their source maps), exactly as the CLI and the
 * language server make it, with the binding they pick (server/parse/source-parser.ts:
 * web-tree-sitter, read by the direct wasm walk); "translate-native" the same call parsing with
 * the native tree-sitter binding, where it loads. "parse" is web-tree-sitter's
 * `parser.parse(text)` with one parser reused across calls, then `tree.delete()`;
 * "parse-native" the native binding's parse (its trees are freed by the garbage collector).
 * Each translate is compared with the bare parse of its own binding.
 *
 * Each figure is the median of single timed calls, taken after warm-up calls and interleaved
 * (translate, parse, then parse, translate, ...), so a burst of load hits both.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Parser } from 'web-tree-sitter';
import { createParser } from '../../server/parse/grammars.js';
import { nativeParse, nativeUnavailable } from '../../server/parse/source-parser.js';
import { translate, type SourceLanguage } from '../../server/translate/index.js';
import { macrotask, median, now, settleHeap } from '../harness.js';
import type { Cell } from '../report.js';
import { generateRustFile } from '../lsp/rust-file.js';
import { generateGoFile } from './generate.js';

export const TRANSLATE = 'translate';
export const TRANSLATE_NATIVE = 'translate-native';
export const PARSE = 'parse';
export const PARSE_NATIVE = 'parse-native';

/** The bare parse each translate implementation is measured against (its own binding's). */
export const FLOOR_OF: Record<string, string> = {};

export interface TranslatorScenario {
  id: string;
  title: string;
  text(): string;
  /** Warm-up calls and timed calls per implementation: full run, then --quick. */
  warmup: readonly [number, number];
  runs: readonly [number, number];
}

const HERE = dirname(fileURLToPath(import.meta.url));

/** One translator's suite: its name, the language and file name `translate` gets, its inputs. */
export interface TranslatorLanguage {
  suite: string;
  language: SourceLanguage;
  fileName: string;
  scenarios: readonly TranslatorScenario[];
}

export const GO_TRANSLATOR: TranslatorLanguage = {
  suite: 'translator-go',
  language: 'go',
  fileName: 'main.go',
  scenarios: [
    {
      id: 'snippet-100-lines',
      title:
        'bench/translate/snippet.go: a 100-line worker pool and pipeline (struct, methods, WaitGroup, Mutex, select with timeout)',
      text: () => readFileSync(join(HERE, 'snippet.go'), 'utf8'),
      warmup: [200, 100],
      runs: [300, 50],
    },
    {
      id: 'file-5000-lines',
      title:
        'a generated 5,000-line file (generate.ts): structs, methods, pipelines, select loops, pools, labelled loops',
      text: () => generateGoFile(5000),
      warmup: [5, 2],
      runs: [25, 5],
    },
  ],
};

export const RUST_TRANSLATOR: TranslatorLanguage = {
  suite: 'translator-rust',
  language: 'rust',
  fileName: 'main.rs',
  scenarios: [
    {
      id: 'snippet-100-lines',
      title:
        'a generated 100-line Tokio file (bench/lsp/rust-file.ts): bounded pipeline, fan-in with cloned senders, oneshot reply, select loop',
      text: () => generateRustFile(100),
      warmup: [200, 100],
      runs: [300, 50],
    },
    {
      id: 'file-5000-lines',
      title: 'the same generator at 5,000 lines',
      text: () => generateRustFile(5000),
      warmup: [5, 2],
      runs: [25, 5],
    },
  ],
};

/** Why the native binding is not measured in this process, or null when it loads for both languages. */
const nativeMissing = nativeUnavailable('go') ?? nativeUnavailable('rust');
FLOOR_OF[TRANSLATE] = PARSE;
FLOOR_OF[TRANSLATE_NATIVE] = PARSE_NATIVE;
const NATIVE_IMPLS = new Set([TRANSLATE_NATIVE, PARSE_NATIVE]);

export const translatorImpls: readonly { name: string; description: string }[] = [
  {
    name: TRANSLATE,
    description:
      'translate(text): parse + translate + TypeScript and JavaScript text + both source maps (web-tree-sitter, direct walk)',
  },
  { name: TRANSLATE_NATIVE, description: 'the same, parsed by the native tree-sitter binding' },
  {
    name: PARSE,
    description: 'bare tree-sitter parse of the same text (web-tree-sitter, one reused parser): the floor',
  },
  { name: PARSE_NATIVE, description: 'bare parse with the native tree-sitter binding (one reused parser)' },
];

export interface TranslatorOptions {
  quick: boolean;
  /** Keeps a cell when the suite name, the scenario id or the implementation contains the filter. */
  matches(scenarioId: string, impl: string): boolean;
  log(text: string): void;
}

/** Lines of text, as an editor counts them (a final line break does not start another). */
export function lineCount(text: string): number {
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

type Call = () => Promise<void> | void;

/** Checks that the input is what the scenario claims: it parses cleanly and translates without errors or untranslated parts. */
async function validate(lang: TranslatorLanguage, id: string, text: string, parser: Parser): Promise<void> {
  const tree = parser.parse(text);
  try {
    if (!tree || tree.rootNode.hasError) throw new Error(`${id}: the input does not parse cleanly`);
  } finally {
    tree?.delete();
  }
  const result = await translate(text, { language: lang.language, fileName: lang.fileName });
  const problems = result.diagnostics.filter((d) => d.severity === 'error' || d.code === 'unsupported');
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new Error(
      `${lang.suite} ${id}: ${problems.length} diagnostics, first at ${first.range.start.line + 1}: ${first.message}`,
    );
  }
}

export async function runTranslatorSuite(lang: TranslatorLanguage, opts: TranslatorOptions): Promise<Cell[]> {
  const cells: Cell[] = [];
  const wanted = lang.scenarios.flatMap((s) =>
    translatorImpls.filter((i) => opts.matches(s.id, i.name)).map((i) => ({ s, impl: i.name })),
  );
  if (wanted.length === 0) return cells;
  const parser = await createParser(lang.language);
  try {
    for (const scenario of lang.scenarios) {
      const all = wanted.filter((w) => w.s === scenario).map((w) => w.impl);
      if (all.length === 0) continue;
      const mine = all.map((impl) => {
        const cell: Cell = { scenario: scenario.id, impl };
        if (NATIVE_IMPLS.has(impl) && nativeMissing !== null) cell.na = nativeMissing;
        cells.push(cell);
        return cell;
      });
      const impls = all.filter((impl) => !NATIVE_IMPLS.has(impl) || nativeMissing === null);
      const text = scenario.text();
      const n = lineCount(text);
      const calls: Record<string, Call> = {
        [TRANSLATE]: async () => {
          await translate(text, { language: lang.language, fileName: lang.fileName });
        },
        [TRANSLATE_NATIVE]: async () => {
          await translate(text, { language: lang.language, fileName: lang.fileName, parser: 'native' });
        },
        [PARSE]: () => {
          const tree = parser.parse(text);
          if (!tree) throw new Error('the parser gave no tree');
          tree.delete();
        },
        [PARSE_NATIVE]: () => nativeParse(lang.language, text),
      };
      try {
        await validate(lang, scenario.id, text, parser);
      } catch (error) {
        for (const cell of mine) if (cell.na === undefined) cell.error = (error as Error).message;
        opts.log(`bench: ${(error as Error).message}`);
        continue;
      }
      const mode = opts.quick ? 1 : 0;
      const samples = new Map<string, number[]>(impls.map((impl) => [impl, []]));
      opts.log(`bench: ${lang.suite} ${scenario.id} (${n} lines): warm-up`);
      for (const impl of impls) for (let i = 0; i < scenario.warmup[mode]; i++) await calls[impl]!();
      settleHeap();
      await macrotask();
      opts.log(`bench: ${lang.suite} ${scenario.id}: ${scenario.runs[mode]} timed calls each of ${impls.join(', ')}`);
      for (let round = 0; round < scenario.runs[mode]; round++) {
        const order = round % 2 === 0 ? impls : [...impls].reverse();
        for (const impl of order) {
          const t0 = now();
          await calls[impl]!();
          samples.get(impl)!.push(now() - t0);
        }
      }
      for (const cell of mine) {
        if (cell.na !== undefined) continue;
        const ms = median(samples.get(cell.impl)!);
        cell.row = {
          suite: lang.suite,
          scenario: scenario.id,
          impl: cell.impl,
          ms,
          linesPerSec: n / (ms / 1000),
          n,
          runs: samples.get(cell.impl)!.length,
        };
      }
    }
  } finally {
    parser.delete();
  }
  return cells;
}
