/** The JSON document and the readable table. */
import { legendsAndNotes, pad, ratio } from './table-text.js';

/** One measured row: exactly what goes into {"results":[...]}. */
export interface Row {
  suite: string;
  scenario: string;
  impl: string;
  opsPerSec?: number;
  ms?: number;
  /** The translator suite: input lines per second. */
  linesPerSec?: number;
  n: number;
  runs: number;
  bytesPerGoroutine?: number;
  spawnMs?: number;
  /** The lsp suite's heap-growth rows: the server's heap in bytes. */
  bytes?: number;
}

/** A table line: a row, or why there is none (n/a: the library cannot express it; error). */
export interface Cell {
  scenario: string;
  impl: string;
  row?: Row;
  na?: string;
  error?: string;
  note?: string;
}

export const OURS = 'chan2ts';
export const FLOOR = 'floor';
/** Ours bundled, tracing off; the bundle with its trace hooks compiled out; the bundle recording (impls/chan2ts-trace.ts). */
export const TRACE_OFF = 'chan2ts-bundled';
export const NO_HOOKS = 'chan2ts-no-hooks';
export const TRACED = 'chan2ts-traced';
export const GO_NATIVE = ['go-native-maxprocs1', 'go-native'];

export function jsonDocument(rows: readonly Row[]): string {
  const clean = rows.map((r) => {
    const out: Record<string, unknown> = { suite: r.suite, scenario: r.scenario, impl: r.impl };
    if (r.opsPerSec !== undefined) out.opsPerSec = round(r.opsPerSec, 0);
    if (r.ms !== undefined) out.ms = round(r.ms, 3);
    if (r.linesPerSec !== undefined) out.linesPerSec = round(r.linesPerSec, 0);
    out.n = r.n;
    out.runs = r.runs;
    if (r.bytesPerGoroutine !== undefined) out.bytesPerGoroutine = Math.round(r.bytesPerGoroutine);
    if (r.spawnMs !== undefined) out.spawnMs = round(r.spawnMs, 3);
    return out;
  });
  return JSON.stringify({ results: clean });
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Speed of a row in "bigger is faster" terms: ops/s, or 1/ms. */
function speed(r: Row): number {
  return r.opsPerSec !== undefined ? r.opsPerSec : 1 / r.ms!;
}

function rate(x: number, unit: string): string {
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)} M ${unit}/s`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(1)} k ${unit}/s`;
  return `${x.toFixed(0)} ${unit}/s`;
}

function figure(r: Row, unit: string): string {
  if (r.opsPerSec !== undefined) return rate(r.opsPerSec, unit);
  return `wake ${r.ms!.toFixed(1)} ms, spawn ${r.spawnMs?.toFixed(0) ?? '?'} ms`;
}

export function table(
  cells: readonly Cell[],
  titles: ReadonlyMap<string, { title: string; unit: string }>,
  legend: readonly { name: string; description: string }[],
  peers: readonly string[],
): string {
  const lines: string[] = [];
  lines.push('suite runtime-go: each figure is the median of the timed runs, taken after a warm-up and interleaved');
  lines.push('across implementations (round 1 runs each once, then round 2, ...); heap = heapUsed delta after gc.');
  lines.push('"vs ours" = speed of that implementation / speed of chan2ts (above 1: faster than ours);');
  lines.push('"heap vs ours" = its heap per blocked goroutine / ours.');
  lines.push('');
  const header = [
    pad('scenario', 24),
    pad('impl', 20),
    pad('figure', 30),
    pad('n', 8),
    pad('runs', 5),
    pad('vs ours', 9),
    pad('heap/goroutine', 15),
    'heap vs ours',
  ];
  lines.push(header.join(' '));
  lines.push('-'.repeat(header.join(' ').length));
  const notes: string[] = [];
  let last = '';
  for (const cell of cells) {
    const info = titles.get(cell.scenario);
    const label = cell.scenario === last ? '' : cell.scenario;
    last = cell.scenario;
    const ours = cells.find((c) => c.scenario === cell.scenario && c.impl === OURS)?.row;
    let fig: string;
    let runs = '';
    let nText = '';
    let vs = '';
    let heap = '';
    let heapVs = '';
    if (cell.row !== undefined) {
      const r = cell.row;
      fig = figure(r, info?.unit ?? 'op');
      nText = String(r.n);
      runs = String(r.runs);
      if (ours !== undefined) vs = ratio(speed(r) / speed(ours));
      if (r.bytesPerGoroutine !== undefined) {
        heap = `${Math.round(r.bytesPerGoroutine)} B`;
        if (ours?.bytesPerGoroutine) heapVs = ratio(r.bytesPerGoroutine / ours.bytesPerGoroutine);
      }
    } else if (cell.na !== undefined) {
      fig = 'n/a';
      notes.push(`${cell.impl}, ${cell.scenario}: ${cell.na}`);
    } else {
      fig = 'error';
      notes.push(`${cell.impl}, ${cell.scenario}: ${cell.error}`);
    }
    if (cell.note !== undefined) notes.push(`${cell.impl}, ${cell.scenario}: ${cell.note}`);
    lines.push(
      [pad(label, 24), pad(cell.impl, 20), pad(fig, 30), pad(nText, 8), pad(runs, 5), pad(vs, 9), pad(heap, 15), heapVs]
        .join(' ')
        .trimEnd(),
    );
  }

  lines.push('');
  lines.push('ours vs the others (our speed / theirs: above 1 means chan2ts is faster; heap: ours / theirs):');
  const scenarioIds = [...new Set(cells.map((c) => c.scenario))];
  const sh = [
    pad('scenario', 24),
    pad('ours/best JS peer', 34),
    pad('ours/floor', 11),
    pad('ours/go GOMAXPROCS=1', 21),
    pad('ours/go default', 16),
    pad('tracing off/no hooks', 21),
    'traced/off',
  ];
  lines.push(sh.join(' '));
  for (const id of scenarioIds) {
    const get = (impl: string) => cells.find((c) => c.scenario === id && c.impl === impl)?.row;
    const ours = get(OURS);
    if (ours === undefined) continue;
    const cmp = (other: Row | undefined) => {
      if (other === undefined) return '-';
      let s = ratio(speed(ours) / speed(other));
      if (ours.bytesPerGoroutine && other.bytesPerGoroutine)
        s += ` heap ${ratio(ours.bytesPerGoroutine / other.bytesPerGoroutine)}`;
      return s;
    };
    const peerRows = peers.map(get).filter((r): r is Row => r !== undefined);
    const best = peerRows.sort((a, b) => speed(b) - speed(a))[0];
    const bestText = best === undefined ? '-' : `${cmp(best)} (${best.impl})`;
    lines.push(
      [
        pad(id, 24),
        pad(bestText, 34),
        pad(cmp(get(FLOOR)), 11),
        pad(cmp(get(GO_NATIVE[0]!)), 21),
        pad(cmp(get(GO_NATIVE[1]!)), 16),
        pad(relative(get(TRACE_OFF), get(NO_HOOKS)), 21),
        relative(get(TRACED), get(TRACE_OFF)),
      ]
        .join(' ')
        .trimEnd(),
    );
  }

  const scenarioLegend = scenarioIds.map((id) => ({ name: id, description: titles.get(id)?.title ?? '' }));
  lines.push(
    ...legendsAndNotes(
      [
        { heading: 'scenarios', width: 24, entries: scenarioLegend },
        { heading: 'implementations', width: 20, entries: legend },
      ],
      notes,
    ),
  );
  return lines.join('\n');
}

/** The speed of `a` / the speed of `b`, or "-" when either is missing. */
function relative(a: Row | undefined, b: Row | undefined): string {
  return a === undefined || b === undefined ? '-' : ratio(speed(a) / speed(b));
}
