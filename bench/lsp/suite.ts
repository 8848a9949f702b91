/**
 * The lsp suite: the language server as an editor meets it, through the stdio protocol against
 * dist/server.js (run `npm run build` first), timed on the client side (a request's whole
 * round trip: JSON-RPC, the handler, the answer).
 *
 * - hover: 1,000 hovers (after 200 of warm-up) cycling over the channel constructs of a
 *   generated 2,000-line Go file (bench/translate/generate.ts); median and p99.
 * - translate: chan2ts/translate of a 2,000-line Go file and a 2,000-line Rust file
 *   (rust-file.ts); median of single timed requests after warm-up ones. Rust is "not
 *   available" while the server refuses to translate Rust. The server keeps the translation
 *   of an unchanged document, so these rows time the answer; the -edited rows send an edit
 *   (a comment line appended) before each request, which the server translates afresh (its
 *   diagnostics of the edit, 150 ms later, land between the requests, as in an editor).
 * - heap-growth: the server's heap (after full collections: the server runs with --expose-gc
 *   and --bench, which adds chan2ts/bench/memoryUsage) once it is warm, then after 10,000 more
 *   hovers (the timed ones among them), each figure the median of 5 readings 200 hovers apart.
 *   Warm means: rounds of 2,000 hovers until two rounds in a row change the figure by under 1%. V8 keeps compiling and optimizing for about 20,000
 *   hovers (code space and feedback in old space grow, then level off; measured in process:
 *   flat from 20,000 to 40,000), which is not a leak; the heap after the first 200 hovers is
 *   reported too.
 */
import { DidChangeTextDocumentNotification, ResponseError } from 'vscode-languageserver-protocol/node';
import { existsSync } from 'node:fs';
import * as ext from '../../server/lsp/protocol.js';
import { hover, open, SERVER, startServer, stopServer } from '../../test/server/lsp-client.js';
import { median, now } from '../harness.js';
import type { Cell, Row } from '../report.js';
import { generateGoFile } from '../translate/generate.js';
import { lineCount } from '../translate/suite.js';
import { generateRustFile } from './rust-file.js';

export const LSP_SUITE = 'lsp';
export const SERVER_IMPL = 'chan2ts-server';
export const FILE_LINES = 2000;

export const lspScenarios = [
  { id: 'hover-median', title: `hover round trip on a ${FILE_LINES}-line Go file: median` },
  { id: 'hover-p99', title: `hover round trip on a ${FILE_LINES}-line Go file: 99th percentile` },
  {
    id: `translate-go-${FILE_LINES}-lines`,
    title: `chan2ts/translate of a generated ${FILE_LINES}-line Go file: median`,
  },
  {
    id: `translate-rust-${FILE_LINES}-lines`,
    title: `chan2ts/translate of a generated ${FILE_LINES}-line Rust (Tokio) file: median`,
  },
  {
    id: `translate-go-${FILE_LINES}-lines-edited`,
    title: `chan2ts/translate of the ${FILE_LINES}-line Go file right after an edit: median`,
  },
  {
    id: `translate-rust-${FILE_LINES}-lines-edited`,
    title: `chan2ts/translate of the ${FILE_LINES}-line Rust file right after an edit: median`,
  },
] as const;
/** Measured with the hovers, reported in the table only (a JSON row has no bytes field). */
export const HEAP_SCENARIO = 'heap-growth';

export interface LspOptions {
  quick: boolean;
  matches(scenarioId: string, impl: string): boolean;
  log(text: string): void;
}

export interface LspResult {
  cells: Cell[];
  /** Heap figures in bytes (the table shows them; heapRows gives them to --json). */
  heap: {
    /** After the first warm-up hovers. */
    first?: number;
    /** Once warm, and how many hovers that took. */
    warm?: number;
    warmHovers?: number;
    /** After `hovers` more hovers. */
    after?: number;
    hovers: number;
  };
}

const COUNTS = {
  warmupHovers: [200, 100],
  timedHovers: [1000, 300],
  memoryHovers: [10_000, 2_000],
  steadyRound: [2000, 500],
  steadyRounds: [15, 3],
  translateWarmup: [3, 1],
  translateRuns: [15, 5],
} as const;

const HEAP_READINGS = 5;
const HEAP_GAP = 200;

/** Positions of the channel constructs of `text`, to hover on (line, character). */
export function hoverTargets(text: string): { line: number; character: number }[] {
  const targets: { line: number; character: number }[] = [];
  const lines = text.split('\n');
  const signs = [
    /<-/g,
    /make\(chan/g,
    /\bclose\(/g,
    /\bgo func/g,
    /\bselect \{/g,
    /\bwg\.(Add|Done|Wait)\(/g,
    /\bmu\.(Lock|Unlock)\(/g,
    /\brange \w+/g,
  ];
  lines.forEach((line, row) => {
    for (const sign of signs) for (const m of line.matchAll(sign)) targets.push({ line: row, character: m.index! + 1 });
  });
  return targets;
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runLspSuite(opts: LspOptions): Promise<LspResult> {
  const wanted = lspScenarios.filter((s) => opts.matches(s.id, SERVER_IMPL));
  const cells: Cell[] = wanted.map((s) => ({ scenario: s.id, impl: SERVER_IMPL }));
  const result: LspResult = { cells, heap: { hovers: 0 } };
  const heap = opts.matches(HEAP_SCENARIO, SERVER_IMPL);
  if (cells.length === 0 && !heap) return result;
  const cell = (id: string) => cells.find((c) => c.scenario === id);
  const mode = opts.quick ? 1 : 0;
  if (!existsSync(SERVER)) {
    for (const c of cells) c.error = `${SERVER} is missing: run npm run build first`;
    return result;
  }
  const server = await startServer({ nodeArgs: ['--expose-gc'], args: ['--bench'] });
  try {
    const go = generateGoFile(FILE_LINES);
    const goUri = await open(server, go, 'bench.go');
    const targets = hoverTargets(go);
    const hoverRound = async (count: number, samples?: number[]): Promise<number> => {
      let answered = 0;
      for (let i = 0; i < count; i++) {
        const at = targets[i % targets.length]!;
        const t0 = now();
        const value = await hover(server, goUri, at.line, at.character);
        samples?.push(now() - t0);
        if (value !== null) answered++;
      }
      return answered;
    };

    if (cell('hover-median') || cell('hover-p99') || heap) {
      opts.log(
        `bench: lsp: ${targets.length} hover targets in ${lineCount(go)} lines of Go; ${COUNTS.warmupHovers[mode]} warm-up hovers`,
      );
      const answered = await hoverRound(COUNTS.warmupHovers[mode]);
      if (answered === 0) throw new Error('no hover target got a note: the bench input or the server is broken');
      const heapUsed = async () => {
        const usage = await server.connection.sendRequest(ext.benchMemoryUsage, null);
        if (!usage.collected) opts.log('bench: lsp: the server ran without --expose-gc: heap figures include garbage');
        return usage.heapUsed;
      };
      // One reading swings by a few percent with V8's code flushing and re-optimizing: a figure
      // is the median of HEAP_READINGS readings, HEAP_GAP hovers apart (those hovers count).
      const heapFigure = async () => {
        const readings: number[] = [];
        for (let i = 0; i < HEAP_READINGS; i++) {
          await hoverRound(HEAP_GAP);
          readings.push(await heapUsed());
        }
        return median(readings);
      };
      if (heap) {
        let hovers = COUNTS.warmupHovers[mode];
        let last = (result.heap.first = await heapUsed());
        let calm = 0;
        for (let round = 0; round < COUNTS.steadyRounds[mode] && calm < 2; round++) {
          await hoverRound(COUNTS.steadyRound[mode]);
          const next = await heapFigure();
          hovers += COUNTS.steadyRound[mode] + HEAP_READINGS * HEAP_GAP;
          calm = Math.abs(next - last) / last < 0.01 ? calm + 1 : 0;
          last = next;
        }
        result.heap.warm = last;
        result.heap.warmHovers = hovers;
        opts.log(`bench: lsp: heap warm after ${hovers} hovers`);
      }
      const samples: number[] = [];
      await hoverRound(COUNTS.timedHovers[mode], samples);
      const n = samples.length;
      const h50 = cell('hover-median');
      if (h50)
        h50.row = { suite: LSP_SUITE, scenario: h50.scenario, impl: SERVER_IMPL, ms: median(samples), n, runs: 1 };
      const h99 = cell('hover-p99');
      if (h99)
        h99.row = {
          suite: LSP_SUITE,
          scenario: h99.scenario,
          impl: SERVER_IMPL,
          ms: percentile(samples, 99),
          n,
          runs: 1,
        };
      if (heap) {
        const more = COUNTS.memoryHovers[mode];
        opts.log(`bench: lsp: ${more} hovers for the heap`);
        await hoverRound(more - n - HEAP_READINGS * HEAP_GAP);
        result.heap.after = await heapFigure();
        result.heap.hovers = more;
      }
    }

    const rust = generateRustFile(FILE_LINES);
    const translations: [string, string, string, string, boolean][] = [
      [`translate-go-${FILE_LINES}-lines`, go, 'bench-translate.go', 'go', false],
      [`translate-rust-${FILE_LINES}-lines`, rust, 'bench.rs', 'rust', false],
      [`translate-go-${FILE_LINES}-lines-edited`, go, 'bench-edited.go', 'go', true],
      [`translate-rust-${FILE_LINES}-lines-edited`, rust, 'bench-edited.rs', 'rust', true],
    ];
    for (const [id, text, name, languageId, edited] of translations) {
      const c = cell(id);
      if (!c) continue;
      const uri = await open(server, text, name, languageId);
      let version = 1;
      const lastLine = text.split('\n').length - 1;
      const edit = () =>
        server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version: ++version },
          contentChanges: [
            { range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: '//\n' },
          ],
        });
      const request = async () => {
        if (edited) await edit();
        return server.connection.sendRequest(ext.translate, { uri });
      };
      try {
        await request();
      } catch (error) {
        if (!(error instanceof ResponseError)) throw error;
        c.na = `not available: ${error.message}`;
        opts.log(`bench: lsp: ${id}: ${c.na}`);
        continue;
      }
      for (let i = 1; i < COUNTS.translateWarmup[mode]; i++) await request();
      const samples: number[] = [];
      for (let i = 0; i < COUNTS.translateRuns[mode]; i++) {
        const t0 = now();
        await request();
        samples.push(now() - t0);
      }
      c.row = {
        suite: LSP_SUITE,
        scenario: id,
        impl: SERVER_IMPL,
        ms: median(samples),
        linesPerSec: lineCount(text) / (median(samples) / 1000),
        n: lineCount(text),
        runs: samples.length,
      };
    }
  } catch (error) {
    for (const c of cells) if (!c.row && !c.na) c.error = (error as Error).message;
    opts.log(`bench: lsp failed: ${(error as Error).stack ?? error}`);
  } finally {
    await stopServer(server).catch(() => server.process.kill());
  }
  return result;
}

/** The heap figures as JSON rows: the server's heap once warm, and after the further hovers. */
export function heapRows(heap: LspResult['heap']): Row[] {
  const rows: Row[] = [];
  if (heap.warm !== undefined)
    rows.push({
      suite: LSP_SUITE,
      scenario: HEAP_SCENARIO,
      impl: 'server-warm',
      bytes: heap.warm,
      n: heap.warmHovers ?? 0,
      runs: 1,
    });
  if (heap.after !== undefined)
    rows.push({
      suite: LSP_SUITE,
      scenario: HEAP_SCENARIO,
      impl: 'server-after',
      bytes: heap.after,
      n: heap.hovers,
      runs: 1,
    });
  return rows;
}
