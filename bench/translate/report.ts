/** The readable table of a translator suite (Go or Rust), with its targets (reported, never asserted). */
import type { Cell, Row } from '../report.js';
import { legendsAndNotes, pad, scenariosIn } from '../table-text.js';
import { FLOOR_OF, TRANSLATE, translatorImpls, type TranslatorLanguage } from './suite.js';

/** Translating may cost at most this many parses of the same text. */
export const TARGET_RATIO = 2;
/** A 100-line snippet translates in under this many ms. */
export const TARGET_SNIPPET_MS = 2;
const SNIPPET = 'snippet-100-lines';

function lines(x: number): string {
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)} M lines/s`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(1)} k lines/s`;
  return `${x.toFixed(0)} lines/s`;
}

function ms(x: number): string {
  return x >= 100 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3);
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}

export function translatorTable(lang: TranslatorLanguage, cells: readonly Cell[]): string {
  const translatorScenarios = lang.scenarios;
  const out: string[] = [];
  out.push(`suite ${lang.suite}: ms per call = median of single timed calls after warm-up calls, translate and parse`);
  out.push('interleaved; lines/s = n / (ms per call); "translate/parse" = translate ms / parse ms of the same input,');
  out.push('each against the bare parse of its own binding (translate: parse; translate-native: parse-native).');
  out.push('');
  const header = [
    pad('scenario', 20),
    pad('impl', 16),
    pad('ms/call', 9),
    pad('speed', 18),
    pad('n', 6),
    pad('runs', 5),
    'translate/parse',
  ];
  out.push(header.join(' '));
  out.push('-'.repeat(header.join(' ').length));
  const get = (scenario: string, impl: string): Row | undefined =>
    cells.find((c) => c.scenario === scenario && c.impl === impl)?.row;
  const ratioOf = (scenario: string, impl = TRANSLATE): number | undefined => {
    const floor = FLOOR_OF[impl];
    const t = get(scenario, impl);
    const p = floor === undefined ? undefined : get(scenario, floor);
    return t && p ? t.ms! / p.ms! : undefined;
  };
  const notes: string[] = [];
  let last = '';
  for (const cell of cells) {
    const label = cell.scenario === last ? '' : cell.scenario;
    last = cell.scenario;
    const r = cell.row;
    if (r === undefined) {
      notes.push(`${cell.impl}, ${cell.scenario}: ${cell.error ?? cell.na ?? 'not measured'}`);
      out.push([pad(label, 20), pad(cell.impl, 16), cell.error === undefined ? 'n/a' : 'error'].join(' '));
      continue;
    }
    const ratio = ratioOf(cell.scenario, cell.impl);
    const ratioText = ratio === undefined ? '' : `${ratio.toFixed(2)}x`;
    out.push(
      [
        pad(label, 20),
        pad(cell.impl, 16),
        pad(ms(r.ms!), 9),
        pad(lines(r.linesPerSec!), 18),
        pad(String(r.n), 6),
        pad(String(r.runs), 5),
        ratioText,
      ]
        .join(' ')
        .trimEnd(),
    );
  }

  out.push('');
  out.push('targets (reported, not asserted):');
  for (const s of translatorScenarios) {
    for (const impl of Object.keys(FLOOR_OF)) {
      const ratio = ratioOf(s.id, impl);
      if (ratio !== undefined)
        out.push(
          `  ${pad(s.id, 20)} ${impl} <= ${TARGET_RATIO}x ${FLOOR_OF[impl]}: ${ratio.toFixed(2)}x, ${verdict(ratio <= TARGET_RATIO)}`,
        );
    }
  }
  const snippet = get(SNIPPET, TRANSLATE);
  if (snippet !== undefined)
    out.push(
      `  ${pad(SNIPPET, 20)} translate < ${TARGET_SNIPPET_MS} ms: ${ms(snippet.ms!)} ms, ${verdict(snippet.ms! < TARGET_SNIPPET_MS)}`,
    );

  out.push(
    ...legendsAndNotes(
      [
        { heading: 'scenarios', width: 20, entries: scenariosIn(cells, translatorScenarios) },
        { heading: 'implementations', width: 20, entries: translatorImpls },
      ],
      notes,
    ),
  );
  return out.join('\n');
}
