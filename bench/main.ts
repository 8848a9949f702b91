/**
 * npm run bench [-- --json] [--quick] [--filter NAME[,NAME...]] [--runs N]
 *
 * The runtime-go suite: chan2ts against JavaScript peers, a promise hand-off floor and native
 * Go, all measured in this one run; and the translator-go and translator-rust suites
 * (bench/translate, measured first): translate() against a bare tree-sitter parse of the same text,
 * with web-tree-sitter and, where it loads, the native tree-sitter binding. --json prints exactly one JSON document
 * on stdout, with the rows of both suites; progress goes to stderr. --filter keeps the rows whose
 * scenario id or implementation name contains NAME, or whose suite name starts with it
 * (case-insensitive; repeat it or separate names with commas; `--filter translator` runs the
 * translator suite alone, `--filter runtime` the runtime suites). --quick
 * uses small n (and fewer translator calls). --runs applies to the runtime suites.
 *
 * What tracing costs (issue 15) is part of the runtime-go suite: our runtime bundled as `chan2ts
 * run` loads it with tracing off, the same bundle with its trace hooks compiled out, and the
 * bundle recording a trace; then the heap per recorded event (impls/chan2ts-trace.ts). The
 * timeline suite (bench/timeline): the first frame of a 100,000-event timeline page in headless
 * Chromium; `--filter timeline` runs it alone.
 *
 * The runtime-tokio suite (bench/tokio): chan2ts's Tokio runtime against native Tokio,
 * current_thread and multi_thread, built with cargo when it is there; `--filter tokio` (or
 * `--filter runtime-tokio`) runs it alone. BENCH_TOKIO_FORM=runMain|none picks how its main runs.
 *
 * The lsp suite (bench/lsp): hover and translate latency and heap growth of the language server
 * through the stdio protocol against dist/server.js; `--filter lsp` runs it alone.
 *
 * The programs suite (bench/programs): five whole Go and Tokio programs, `chan2ts run` against
 * their native builds in wall time, after checking that both print the same; `--filter programs`
 * runs it alone.
 */
import { parseArgs } from 'node:util';
import { hasGc } from './harness.js';
import { scenarios, SUITE, type Scenario } from './scenarios.js';
import { measureScenario, type Candidate, type RunOptions } from './run-js.js';
import { jsonDocument, table, TRACED, type Cell, type Row } from './report.js';
import { GO_IMPLS, runGoNative } from './go-native.js';
import type { ChannelImpl } from './impls/types.js';
import { loadChan2ts } from './impls/chan2ts-api.js';
import { chan2tsImpl, type MainForm } from './impls/chan2ts.js';
import { traceCost } from './impls/chan2ts-trace.js';
import { floorImpl } from './impls/floor.js';
import { tsChanImpl } from './impls/ts-chan.js';
import { thingCspImpl } from './impls/thing-csp.js';
import { jsCspImpl } from './impls/js-csp.js';
import { goscriptImpl } from './impls/goscript.js';
import { GO_TRANSLATOR, runTranslatorSuite, RUST_TRANSLATOR } from './translate/suite.js';
import { translatorTable } from './translate/report.js';
import { runTokioSuite } from './tokio/suite.js';
import { tokioTable } from './tokio/report.js';
import { TOKIO_ALIAS, TOKIO_SUITE } from './tokio/scenarios.js';
import { heapRows, LSP_SUITE, runLspSuite } from './lsp/suite.js';
import { lspTable } from './lsp/report.js';
import { runProgramsSuite } from './programs/suite.js';
import { programsTable } from './programs/report.js';
import { PROGRAMS_SUITE } from './programs/programs.js';
import { runTimelineSuite, TIMELINE_SUITE, timelineTable } from './timeline/suite.js';

interface Args {
  json: boolean;
  quick: boolean;
  filters: string[];
  runs: number;
}

const USAGE = 'usage: npm run bench -- [--json] [--quick] [--filter NAME[,NAME]] [--runs N]\n';

function readArgs(argv: string[]): Args {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      filter: { type: 'string', multiple: true, default: [] },
      runs: { type: 'string', default: '3' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const runs = Number.parseInt(values.runs, 10);
  if (!(runs >= 1)) throw new Error(`--runs needs a whole number of at least 1, not ${values.runs}`);
  const filters = values.filter.flatMap((f) => f.split(',').filter(Boolean));
  return { json: values.json, quick: values.quick, filters, runs };
}

let args: Args;
try {
  args = readArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exit(2);
}
const log = (text: string) => process.stderr.write(`${text}\n`);
if (!hasGc) log('bench: global.gc is missing (run with node --expose-gc): heap figures are unreliable');

const rt = await loadChan2ts();
// BENCH_CHAN2TS_FORM=go|runMain picks how chan2ts's main runs (see impls/chan2ts.ts).
const form = process.env.BENCH_CHAN2TS_FORM as MainForm | undefined;
const tracing = await traceCost();
const jsImpls: ChannelImpl[] = [
  chan2tsImpl(rt, form),
  ...tracing.impls,
  floorImpl,
  tsChanImpl(false),
  tsChanImpl(true),
  thingCspImpl,
  jsCspImpl,
  goscriptImpl,
];
const PEERS = ['ts-chan', 'ts-chan-unsafe', '@thi.ng/csp', 'js-csp', 'goscript'];

// A suite matches by the start of its name ("translator", "runtime"), so `--filter go` still
// means the go-native and goscript rows, not every suite ending in "-go".
const matchesIn = (suite: string, scenarioId: string, impl: string) =>
  args.filters.length === 0 ||
  args.filters.some((filter) => {
    const f = filter.toLowerCase();
    return suite.startsWith(f) || scenarioId.toLowerCase().includes(f) || impl.toLowerCase().includes(f);
  });
const matches = (scenario: Scenario, impl: string) => matchesIn(SUITE, scenario.id, impl);

const opts: RunOptions = {
  quick: args.quick,
  runs: args.runs,
  budgetMs: args.quick ? 5_000 : 30_000,
  timeoutMs: args.quick ? 30_000 : 180_000,
  log,
};

// The translator-go suite runs first, so that its timings do not include collecting whatever
// the runtime peers leave on the heap (blocked goroutines, timers).
const translatorRuns: { lang: typeof GO_TRANSLATOR; cells: Cell[] }[] = [];
for (const lang of [GO_TRANSLATOR, RUST_TRANSLATOR]) {
  const langCells = await runTranslatorSuite(lang, {
    quick: args.quick,
    matches: (scenarioId, impl) => matchesIn(lang.suite, scenarioId, impl),
    log,
  });
  translatorRuns.push({ lang, cells: langCells });
}
const translatorCells = translatorRuns.flatMap((r) => r.cells);

// The lsp suite: the language server over stdio (dist/server.js), in its own process.
const lsp = await runLspSuite({
  quick: args.quick,
  matches: (scenarioId, impl) => matchesIn(LSP_SUITE, scenarioId, impl),
  log,
});

// The runtime-tokio suite: `--filter tokio` names it too.
const tokio = await runTokioSuite({
  quick: args.quick,
  runs: args.runs,
  matches: (scenarioId, impl) =>
    matchesIn(TOKIO_SUITE, scenarioId, impl) || args.filters.some((f) => f.toLowerCase() === TOKIO_ALIAS),
  log,
  form: process.env.BENCH_TOKIO_FORM,
});

const programs = await runProgramsSuite({
  quick: args.quick,
  runs: args.runs,
  matches: (programId, impl) => matchesIn(PROGRAMS_SUITE, programId, impl),
  log,
});

const timeline = await runTimelineSuite({
  runs: args.runs,
  matches: (scenarioId, impl) => matchesIn(TIMELINE_SUITE, scenarioId, impl),
  log,
});

const cells: Cell[] = [];
for (const scenario of scenarios) {
  const candidates: Candidate[] = [];
  for (const impl of jsImpls) {
    if (!matches(scenario, impl.name)) continue;
    // The tracing rows measure throughput only: no line for them elsewhere.
    if (tracing.impls.includes(impl) && scenario.kind !== 'throughput') continue;
    const cell: Cell = { scenario: scenario.id, impl: impl.name };
    cells.push(cell);
    const note = impl.notes?.[scenario.id];
    const fn = scenario.pick(impl);
    if (fn === undefined) {
      cell.na = note ?? 'not expressible with this library';
      continue;
    }
    if (note !== undefined) cell.note = note;
    candidates.push(
      scenario.kind === 'throughput'
        ? { impl: impl.name, throughput: scenario.pick(impl) }
        : { impl: impl.name, blocked: scenario.pick(impl) },
    );
  }
  if (candidates.length === 0) continue;
  for (const outcome of await measureScenario(scenario, candidates, opts)) {
    const cell = cells.find((c) => c.scenario === scenario.id && c.impl === outcome.impl)!;
    if (outcome.measured) cell.row = { suite: SUITE, scenario: scenario.id, impl: outcome.impl, ...outcome.measured };
    else {
      cell.error = outcome.error;
      log(`bench: ${scenario.id} / ${outcome.impl} failed: ${outcome.error}`);
    }
  }
}

// Native Go: the scenarios and go-native impls the filter keeps.
const goImpls = GO_IMPLS.map((g) => g.name).filter((name) => scenarios.some((s) => matches(s, name)));
const goScenarios = scenarios.filter((s) => goImpls.some((name) => matches(s, name))).map((s) => s.id);
const goRows: Row[] = runGoNative(goScenarios, goImpls, args.quick, args.runs);
for (const row of goRows) {
  if (
    !matches(
      scenarios.find((s) => s.id === row.scenario)!,
      row.impl,
    )
  )
    continue;
  cells.push({ scenario: row.scenario, impl: row.impl, row });
}

// The heap a recorded event takes, when the traced row runs.
const perEvent = cells.some((c) => c.impl === TRACED && c.row !== undefined)
  ? await tracing.bytesPerEvent(args.quick ? 5_000 : 50_000)
  : undefined;

// Keep the table grouped by scenario, in suite order.
const order = new Map(scenarios.map((s, i) => [s.id, i]));
cells.sort((a, b) => order.get(a.scenario)! - order.get(b.scenario)!);

const rows = [
  ...[...cells, ...tokio.cells, ...programs.cells, ...timeline.cells, ...translatorCells, ...lsp.cells].flatMap((c) =>
    c.row ? [c.row] : [],
  ),
  ...heapRows(lsp.heap),
];
let output: string;
if (args.json) {
  output = jsonDocument(rows);
} else {
  const titles = new Map(
    scenarios.map((s) => [s.id, { title: s.title, unit: s.kind === 'throughput' ? s.unit : 'goroutine' }]),
  );
  const legend = [...jsImpls.map((i) => ({ name: i.name, description: i.description })), ...GO_IMPLS];
  const parts: string[] = [];
  if (cells.length > 0) parts.push(table(cells, titles, legend, PEERS));
  if (perEvent !== undefined)
    parts.push(
      `tracing on: ${Math.round(perEvent.bytes)} B of heap per event (${perEvent.events} events of a buffered SPSC run, every event kept)`,
    );
  if (tokio.cells.length > 0) parts.push(tokioTable(tokio.cells, tokio.legend));
  if (programs.cells.length > 0) parts.push(programsTable(programs.cells, programs.legend));
  if (timeline.cells.length > 0) parts.push(timelineTable(timeline));
  for (const run of translatorRuns) if (run.cells.length > 0) parts.push(translatorTable(run.lang, run.cells));
  if (lsp.cells.length > 0 || lsp.heap.first !== undefined) parts.push(lspTable(lsp));
  output = parts.length > 0 ? parts.join('\n\n') : 'bench: no scenario or implementation matches the filter';
}
// Exit once stdout has the text: libraries may leave timers or ports behind.
const failed = [...cells, ...tokio.cells, ...programs.cells, ...timeline.cells, ...translatorCells, ...lsp.cells].some(
  (c) => c.error !== undefined,
);
process.stdout.write(output + '\n', () => process.exit(failed ? 1 : 0));
