/** Text pieces shared by the suites' readable tables. */

export function pad(s: string, w: number): string {
  return s.length >= w ? s : s + ' '.repeat(w - s.length);
}

export function ratio(x: number): string {
  return x >= 10 ? `${x.toFixed(1)}x` : `${x.toFixed(2)}x`;
}

export interface LegendEntry {
  name: string;
  description: string;
}

/** A list under a heading: each name padded to `width`, then what it is. */
export interface Legend {
  heading: string;
  width: number;
  entries: readonly LegendEntry[];
}

/** The scenarios of `all` that the table has cells of, in the order of `all`. */
export function scenariosIn(
  cells: readonly { scenario: string }[],
  all: readonly { id: string; title: string }[],
): LegendEntry[] {
  return all.filter((s) => cells.some((c) => c.scenario === s.id)).map((s) => ({ name: s.id, description: s.title }));
}

/** The tail of a table: its legends, then the notes if there are any. */
export function legendsAndNotes(legends: readonly Legend[], notes: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const legend of legends) {
    out.push('');
    out.push(`${legend.heading}:`);
    for (const e of legend.entries) out.push(`  ${pad(e.name, legend.width)} ${e.description}`);
  }
  if (notes.length > 0) {
    out.push('');
    out.push('notes:');
    for (const n of notes) out.push(`  ${n}`);
  }
  return out;
}
