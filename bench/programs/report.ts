/** The readable table of the programs suite, with the target (reported, never asserted). */
import type { Cell, Row } from '../report.js';
import { legendsAndNotes, pad, ratio, scenariosIn } from '../table-text.js';
import { CHAN2TS_RUN, CHAN2TS_TRANSLATE } from './chan2ts.js';
import { NATIVE_IMPLS } from './native.js';
import { benchPrograms } from './programs.js';

/** Issue 16: native time / chan2ts time at least this, against each native build. */
export const PROGRAMS_TARGET = 0.25;

function seconds(ms: number): string {
  return ms >= 100 ? `${(ms / 1000).toFixed(3)} s` : `${ms.toFixed(1)} ms`;
}

export function programsTable(
  cells: readonly Cell[],
  legend: readonly { name: string; description: string }[],
): string {
  const out: string[] = [];
  out.push('suite programs: wall time of whole programs, each figure the median of the timed runs (every run a');
  out.push('fresh process, interleaved across implementations, after one untimed run that checks the output).');
  out.push('"native/ours" = native time / chan2ts run time (above 1: chan2ts is faster).');
  out.push('');
  const header = [pad('program', 18), pad('impl', 28), pad('median', 12), pad('n', 8), pad('runs', 5), 'native/ours'];
  out.push(header.join(' '));
  out.push('-'.repeat(header.join(' ').length + 4));
  const get = (program: string, impl: string): Row | undefined =>
    cells.find((c) => c.scenario === program && c.impl === impl)?.row;
  const notes: string[] = [];
  let last = '';
  for (const cell of cells) {
    const label = cell.scenario === last ? '' : cell.scenario;
    last = cell.scenario;
    if (cell.note !== undefined) notes.push(`${cell.impl}, ${cell.scenario}: ${cell.note}`);
    const r = cell.row;
    if (r === undefined) {
      const why = cell.error ?? cell.na ?? 'not measured';
      notes.push(`${cell.impl}, ${cell.scenario}: ${why}`);
      const shown = why.startsWith('wrong output') ? 'WRONG' : cell.error !== undefined ? 'error' : 'n/a';
      out.push([pad(label, 18), pad(cell.impl, 28), shown].join(' '));
      continue;
    }
    const ours = get(cell.scenario, CHAN2TS_RUN);
    const vs = cell.impl !== CHAN2TS_RUN && cell.impl !== CHAN2TS_TRANSLATE && ours ? ratio(r.ms! / ours.ms!) : '';
    out.push(
      [pad(label, 18), pad(cell.impl, 28), pad(seconds(r.ms!), 12), pad(String(r.n), 8), pad(String(r.runs), 5), vs]
        .join(' ')
        .trimEnd(),
    );
  }

  const targets = cells.flatMap((cell) => {
    const native = NATIVE_IMPLS.find((i) => i.name === cell.impl);
    const ours = get(cell.scenario, CHAN2TS_RUN);
    if (native === undefined || cell.row === undefined || ours === undefined) return [];
    const x = cell.row.ms! / ours.ms!;
    return [
      `  ${pad(cell.scenario, 18)} ${pad(cell.impl, 28)} ${ratio(x)}, ${x >= PROGRAMS_TARGET ? 'met' : 'MISSED'}`,
    ];
  });
  if (targets.length > 0) {
    out.push('');
    out.push(`target (issue 16; reported, not asserted): native/ours >= ${PROGRAMS_TARGET}x`);
    out.push(...targets);
  }

  out.push(
    ...legendsAndNotes(
      [
        { heading: 'programs (bench/programs/)', width: 18, entries: scenariosIn(cells, benchPrograms) },
        { heading: 'implementations', width: 28, entries: legend },
      ],
      notes,
    ),
  );
  return out.join('\n');
}
