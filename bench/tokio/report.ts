/** The readable table of the runtime-tokio suite, with its targets (reported, never asserted). */
import type { Cell, Row } from '../report.js';
import { legendsAndNotes, pad, ratio, scenariosIn } from '../table-text.js';
import { CHAN2TS } from './chan2ts.js';
import { TOKIO_NATIVE_IMPLS } from './native.js';
import { tokioScenarios } from './scenarios.js';

const [CURRENT, MULTI] = TOKIO_NATIVE_IMPLS.map((i) => i.name) as [string, string];

/** Targets from issues 4 and 16: ours / native at least `min` (or above `above`). */
export const TOKIO_TARGETS: readonly {
  scenario: string;
  against: string;
  label: string;
  min?: number;
  above?: number;
}[] = [
  { scenario: 'mpsc-bounded-128-spsc', against: CURRENT, label: 'current_thread', min: 0.5 },
  { scenario: 'mpsc-bounded-128-spsc', against: MULTI, label: 'multi_thread', above: 1 },
  { scenario: 'mpsc-unbounded-spsc', against: CURRENT, label: 'current_thread', min: 0.5 },
  { scenario: 'mpsc-unbounded-spsc', against: MULTI, label: 'multi_thread', above: 1 },
  { scenario: 'broadcast-4-receivers', against: CURRENT, label: 'current_thread', min: 0.4 },
  { scenario: 'oneshot-send-recv', against: CURRENT, label: 'current_thread', min: 0.5 },
  { scenario: 'oneshot-spawn-send-recv', against: CURRENT, label: 'current_thread', min: 0.5 },
];

function rate(x: number, unit: string): string {
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)} M ${unit}/s`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(1)} k ${unit}/s`;
  return `${x.toFixed(0)} ${unit}/s`;
}

export function tokioTable(cells: readonly Cell[], legend: readonly { name: string; description: string }[]): string {
  const out: string[] = [];
  out.push('suite runtime-tokio: each figure is the median of the timed runs, taken after two warm-up runs and');
  out.push('interleaved across implementations (native Tokio runs in a fresh process per run, warm-up included).');
  out.push('"ours/ct" and "ours/mt" = speed of chan2ts / speed of native Tokio current_thread, multi_thread');
  out.push('(above 1: chan2ts is faster).');
  out.push('');
  const header = [
    pad('scenario', 28),
    pad('impl', 28),
    pad('figure', 18),
    pad('n', 8),
    pad('runs', 5),
    pad('ours/ct', 8),
    'ours/mt',
  ];
  out.push(header.join(' '));
  out.push('-'.repeat(header.join(' ').length));
  const get = (scenario: string, impl: string): Row | undefined =>
    cells.find((c) => c.scenario === scenario && c.impl === impl)?.row;
  const ratioOf = (scenario: string, against: string): number | undefined => {
    const ours = get(scenario, CHAN2TS);
    const other = get(scenario, against);
    return ours && other ? ours.opsPerSec! / other.opsPerSec! : undefined;
  };
  const notes: string[] = [];
  let last = '';
  for (const cell of cells) {
    const label = cell.scenario === last ? '' : cell.scenario;
    last = cell.scenario;
    const unit = tokioScenarios.find((s) => s.id === cell.scenario)?.unit ?? 'op';
    const r = cell.row;
    if (r === undefined) {
      notes.push(`${cell.impl}, ${cell.scenario}: ${cell.error ?? cell.na ?? 'not measured'}`);
      out.push([pad(label, 28), pad(cell.impl, 28), 'error'].join(' '));
      continue;
    }
    let ct = '';
    let mt = '';
    if (cell.impl === CHAN2TS) {
      const a = ratioOf(cell.scenario, CURRENT);
      const b = ratioOf(cell.scenario, MULTI);
      ct = a === undefined ? '-' : ratio(a);
      mt = b === undefined ? '-' : ratio(b);
    }
    out.push(
      [
        pad(label, 28),
        pad(cell.impl, 28),
        pad(rate(r.opsPerSec!, unit), 18),
        pad(String(r.n), 8),
        pad(String(r.runs), 5),
        pad(ct, 8),
        mt,
      ]
        .join(' ')
        .trimEnd(),
    );
  }

  const targets = TOKIO_TARGETS.flatMap((t) => {
    const x = ratioOf(t.scenario, t.against);
    if (x === undefined) return [];
    const goal = t.min !== undefined ? `>= ${t.min}x` : `> ${t.above}x`;
    const met = t.min !== undefined ? x >= t.min : x > t.above!;
    return [`  ${pad(t.scenario, 28)} ours/${t.label} ${goal}: ${ratio(x)}, ${met ? 'met' : 'MISSED'}`];
  });
  if (targets.length > 0) {
    out.push('');
    out.push('targets (issues 4 and 16; reported, not asserted):');
    out.push(...targets);
  }

  out.push(
    ...legendsAndNotes(
      [
        { heading: 'scenarios', width: 28, entries: scenariosIn(cells, tokioScenarios) },
        { heading: 'implementations', width: 28, entries: legend },
      ],
      notes,
    ),
  );
  return out.join('\n');
}
