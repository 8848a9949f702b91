// Go's time layouts: the reference time "Mon Jan 2 15:04:05 MST 2006" written the way the
// result should look. A layout is read left to right, each element replaced by the time's own.
import { MONTH_NAMES, WEEKDAY_NAMES } from './time-calendar.js';

/** What a layout can show of a time, as seen in its zone. */
export interface ClockFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
  weekday: number;
  yearDay: number;
  zoneName: string;
  /** Seconds east of UTC. */
  offset: number;
}

type Element = (f: ClockFields) => string;

const pad = (n: number, width: number, fill = '0'): string => {
  const s = String(Math.abs(n)).padStart(width, fill);
  return n < 0 ? `-${s}` : s;
};
const hour12 = (h: number): number => (h % 12 === 0 ? 12 : h % 12);

/** `-0700`, `-07:00`, `-07`, `-070000`...: the offset with the parts and separator asked for. */
function offsetElement(utcAsZ: boolean, parts: 1 | 2 | 3, colon: boolean): Element {
  return (f) => {
    if (utcAsZ && f.offset === 0) return 'Z';
    const abs = Math.abs(f.offset);
    const fields = [Math.floor(abs / 3600), Math.floor((abs % 3600) / 60), abs % 60]
      .slice(0, parts)
      .map((n) => pad(n, 2));
    return (f.offset < 0 ? '-' : '+') + fields.join(colon ? ':' : '');
  };
}

/** The elements of a layout, longest first where one begins another. */
const ELEMENTS: [string, Element][] = [
  ['January', (f) => MONTH_NAMES[f.month - 1]!],
  ['Jan', (f) => MONTH_NAMES[f.month - 1]!.slice(0, 3)],
  ['Monday', (f) => WEEKDAY_NAMES[f.weekday]!],
  ['Mon', (f) => WEEKDAY_NAMES[f.weekday]!.slice(0, 3)],
  // A zone without a name (a parsed offset) shows its offset, as Go's does.
  ['MST', (f) => f.zoneName || offsetElement(false, 2, false)(f)],
  ['2006', (f) => pad(f.year, 4)],
  ['002', (f) => pad(f.yearDay, 3)],
  ['__2', (f) => pad(f.yearDay, 3, ' ')],
  ['_2', (f) => pad(f.day, 2, ' ')],
  ['01', (f) => pad(f.month, 2)],
  ['02', (f) => pad(f.day, 2)],
  ['03', (f) => pad(hour12(f.hour), 2)],
  ['04', (f) => pad(f.minute, 2)],
  ['05', (f) => pad(f.second, 2)],
  ['06', (f) => pad(f.year % 100, 2)],
  ['15', (f) => pad(f.hour, 2)],
  ['1', (f) => String(f.month)],
  ['2', (f) => String(f.day)],
  ['3', (f) => String(hour12(f.hour))],
  ['4', (f) => String(f.minute)],
  ['5', (f) => String(f.second)],
  ['PM', (f) => (f.hour >= 12 ? 'PM' : 'AM')],
  ['pm', (f) => (f.hour >= 12 ? 'pm' : 'am')],
  ['Z07:00:00', offsetElement(true, 3, true)],
  ['-07:00:00', offsetElement(false, 3, true)],
  ['Z070000', offsetElement(true, 3, false)],
  ['-070000', offsetElement(false, 3, false)],
  ['Z07:00', offsetElement(true, 2, true)],
  ['-07:00', offsetElement(false, 2, true)],
  ['Z0700', offsetElement(true, 2, false)],
  ['-0700', offsetElement(false, 2, false)],
  ['Z07', offsetElement(true, 1, false)],
  ['-07', offsetElement(false, 1, false)],
];

/** `.000` (exactly so many digits) or `.999` (as many as needed, none without the dot), not followed by a digit. */
const FRACTION = /^[.,](0+|9+)(?!\d)/;

function fraction(spec: string, nanosecond: number): string {
  const digits = String(nanosecond)
    .padStart(9, '0')
    .slice(0, spec.length - 1);
  if (spec[1] === '0') return spec[0] + digits;
  const trimmed = digits.replace(/0+$/, '');
  return trimmed === '' ? '' : spec[0] + trimmed;
}

/** A piece of a layout: an element (`2006`, `Jan`, `-07:00`), a fraction (`.000`, `.999`), or text to copy. */
export type LayoutChunk = { element: string } | { fraction: string } | { text: string };

/** The layout read left to right, as Format and Parse both read it. */
export function layoutChunks(layout: string): LayoutChunk[] {
  const chunks: LayoutChunk[] = [];
  for (let i = 0; i < layout.length;) {
    const rest = layout.slice(i);
    const frac = FRACTION.exec(rest);
    const element = frac ? undefined : ELEMENTS.find(([name]) => rest.startsWith(name) && startsElement(name, rest));
    const chunk: LayoutChunk = frac ? { fraction: frac[0] } : element ? { element: element[0] } : { text: layout[i]! };
    chunks.push(chunk);
    i += 'fraction' in chunk ? chunk.fraction.length : 'element' in chunk ? chunk.element.length : 1;
  }
  return chunks;
}

const FORMATTERS = new Map(ELEMENTS);

/** `t.Format(layout)`. */
export function formatClock(f: ClockFields, layout: string): string {
  let out = '';
  for (const chunk of layoutChunks(layout)) {
    if ('fraction' in chunk) out += fraction(chunk.fraction, f.nanosecond);
    else if ('element' in chunk) out += FORMATTERS.get(chunk.element)!(f);
    else out += chunk.text;
  }
  return out;
}

/** Go reads "Jan" and "Mon" as names only when no lower-case letter follows ("Monday" aside): "Month" stays text. */
function startsElement(name: string, rest: string): boolean {
  if (name !== 'Jan' && name !== 'Mon') return true;
  return !/[a-z]/.test(rest[name.length] ?? '');
}
