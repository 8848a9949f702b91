/** Text pieces shared by the suites' readable tables. */

export function pad(s: string, w: number): string {
  return s.length >= w ? s : s + ' '.repeat(w - s.length);
}

export function ratio(x: number): string {
  return x >= 10 ? `${x.toFixed(1)}x` : `${x.toFixed(2)}x`;
}

/** A list under a heading: each name padded to `width`, then what it is. */
export interface Legend {
  heading: string;
  width: number;
  entries: readonly { name: string; description: string }[];
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
