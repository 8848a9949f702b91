/** The readable table of the lsp suite, with its targets (reported, never asserted). */
import type { Row } from '../report.js';
import { legendsAndNotes, pad, scenariosIn } from '../table-text.js';
import { HEAP_SCENARIO, lspScenarios, type LspResult } from './suite.js';

/** Hover p99 under this many ms. */
export const TARGET_HOVER_P99_MS = 10;
/** Heap growth over the hovers after warm-up, in percent. */
export const TARGET_HEAP_GROWTH_PERCENT = 5;

function ms(x: number): string {
  return x >= 100 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3);
}

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(2)} MiB`;
}

export function lspTable(result: LspResult): string {
  const out: string[] = [];
  out.push('suite lsp: node dist/server.js --stdio, timed on the client (whole JSON-RPC round trips)');
  out.push('');
  const header = [pad('scenario', 26), pad('impl', 15), pad('ms', 9), pad('n', 6), 'runs'];
  out.push(header.join(' '));
  out.push('-'.repeat(header.join(' ').length));
  const row = (id: string): Row | undefined => result.cells.find((c) => c.scenario === id)?.row;
  for (const cell of result.cells) {
    const r = cell.row;
    const figure = r
      ? [pad(ms(r.ms!), 9), pad(String(r.n), 6), String(r.runs)]
      : [cell.na ?? `error: ${cell.error ?? 'not measured'}`];
    out.push([pad(cell.scenario, 26), pad(cell.impl, 15), ...figure].join(' ').trimEnd());
  }
  const { first, warm, warmHovers, after, hovers } = result.heap;
  const percent = (from: number, to: number) => ((to - from) / from) * 100;
  const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}%`;
  const growth = warm !== undefined && after !== undefined ? percent(warm, after) : undefined;
  if (first !== undefined && warm !== undefined) {
    out.push(
      `${pad(HEAP_SCENARIO, 26)} server heap: ${mb(first)} after the first warm-up hovers, ${mb(warm)} warm (after ${warmHovers} hovers)`,
    );
    if (after !== undefined)
      out.push(
        `${pad('', 26)} ${mb(after)} after ${hovers} more hovers: ${signed(growth!)} from warm, ${signed(percent(first, after))} from the first figure`,
      );
  }

  out.push('');
  out.push('targets (reported, not asserted):');
  const p99 = row('hover-p99');
  if (p99)
    out.push(
      `  hover p99 < ${TARGET_HOVER_P99_MS} ms: ${ms(p99.ms!)} ms, ${p99.ms! < TARGET_HOVER_P99_MS ? 'met' : 'MISSED'}`,
    );
  if (growth !== undefined)
    out.push(
      `  heap growth after warm-up < ${TARGET_HEAP_GROWTH_PERCENT}%: ${growth.toFixed(2)}%, ${growth < TARGET_HEAP_GROWTH_PERCENT ? 'met' : 'MISSED'}`,
    );
  const scenarios = scenariosIn(result.cells, lspScenarios);
  if (warm !== undefined)
    scenarios.push({
      name: HEAP_SCENARIO,
      description:
        'server heap (full collections first); warm = two rounds of 2,000 hovers in a row change it by under 1%',
    });
  out.push(...legendsAndNotes([{ heading: 'scenarios', width: 26, entries: scenarios }]));
  return out.join('\n');
}
