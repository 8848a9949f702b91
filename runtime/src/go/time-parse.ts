// `time.Parse(layout, value)`: the value read by the same layout elements Format writes.
// Missing fields take Go's defaults (year 0, January 1, midnight, UTC); a numeric offset gives
// a fixed zone, "UTC" or "Z" gives UTC.
import { ErrorString, type GoError } from './errors.js';
import { quote } from './strconv.js';
import { isLeap, MONTH_NAMES, WEEKDAY_NAMES } from './time-calendar.js';
import { layoutChunks } from './time-format.js';
import { date, fixedZone, Time, utc, type Location } from './time-instant.js';

interface Parsed {
  year: number;
  month: number;
  day: number;
  yearDay: number;
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
  pm: boolean | null;
  zone: Location | null;
}

/** Reads one element at the start of `s`: the text it took, or null if s does not start with one. */
type Reader = (s: string, p: Parsed) => string | null;

const digits = (min: number, max: number, set: (n: number, p: Parsed) => void): Reader => {
  const pattern = new RegExp(`^\\d{${min},${max}}`);
  return (s, p) => {
    const m = pattern.exec(s);
    if (m) set(Number(m[0]), p);
    return m?.[0] ?? null;
  };
};

const name = (names: string[], length: number | null, set: (i: number, p: Parsed) => void): Reader => {
  return (s, p) => {
    const i = names.findIndex((n) => s.toLowerCase().startsWith((length ? n.slice(0, length) : n).toLowerCase()));
    if (i < 0) return null;
    set(i, p);
    return s.slice(0, length ?? names[i]!.length);
  };
};

function offsetReader(utcAsZ: boolean): Reader {
  return (s, p) => {
    if (utcAsZ && s.startsWith('Z')) {
      p.zone = utc;
      return 'Z';
    }
    const m = /^([+-])(\d\d)(?::?(\d\d))?(?::?(\d\d))?/.exec(s);
    if (!m) return null;
    const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
    p.zone = fixedZone('', m[1] === '-' ? -seconds : seconds);
    return m[0];
  };
}

const READERS: Record<string, Reader> = {
  January: name(MONTH_NAMES, null, (i, p) => (p.month = i + 1)),
  Jan: name(MONTH_NAMES, 3, (i, p) => (p.month = i + 1)),
  Monday: name(WEEKDAY_NAMES, null, () => {}),
  Mon: name(WEEKDAY_NAMES, 3, () => {}),
  MST: (s, p) => {
    const m = /^[A-Z]{3,5}/.exec(s);
    if (m && m[0] === 'UTC') p.zone = utc;
    return m?.[0] ?? null;
  },
  '2006': digits(4, 4, (n, p) => (p.year = n)),
  '06': digits(2, 2, (n, p) => (p.year = n >= 69 ? 1900 + n : 2000 + n)),
  '002': digits(3, 3, (n, p) => (p.yearDay = n)),
  __2: (s, p) => digits(1, 3, (n, q) => (q.yearDay = n))(s.replace(/^ {1,2}/, ''), p) && s.match(/^ *\d+/)![0],
  _2: (s, p) => digits(1, 2, (n, q) => (q.day = n))(s.replace(/^ /, ''), p) && s.match(/^ ?\d+/)![0],
  '01': digits(2, 2, (n, p) => (p.month = n)),
  '1': digits(1, 2, (n, p) => (p.month = n)),
  '02': digits(2, 2, (n, p) => (p.day = n)),
  '2': digits(1, 2, (n, p) => (p.day = n)),
  '15': digits(1, 2, (n, p) => (p.hour = n)),
  '03': digits(2, 2, (n, p) => (p.hour = n)),
  '3': digits(1, 2, (n, p) => (p.hour = n)),
  '04': digits(2, 2, (n, p) => (p.minute = n)),
  '4': digits(1, 2, (n, p) => (p.minute = n)),
  '05': digits(2, 2, (n, p) => (p.second = n)),
  '5': digits(1, 2, (n, p) => (p.second = n)),
  PM: name(['AM', 'PM'], null, (i, p) => (p.pm = i === 1)),
  pm: name(['am', 'pm'], null, (i, p) => (p.pm = i === 1)),
  'Z07:00:00': offsetReader(true),
  '-07:00:00': offsetReader(false),
  Z070000: offsetReader(true),
  '-070000': offsetReader(false),
  'Z07:00': offsetReader(true),
  '-07:00': offsetReader(false),
  Z0700: offsetReader(true),
  '-0700': offsetReader(false),
  Z07: offsetReader(true),
  '-07': offsetReader(false),
};

/** Go's *time.ParseError text. */
function parseError(value: string, layout: string, rest: string, element: string): GoError {
  return new ErrorString(
    `parsing time ${quote(value)} as ${quote(layout)}: cannot parse ${quote(rest)} as ${quote(element)}`,
  );
}

/**
 * A fraction of a second read into nanoseconds; the text taken. A `.000` layout wants exactly
 * that many digits, a `.999` one any number or none.
 */
function readFraction(s: string, p: Parsed, spec: string): string | null {
  const m = /^[.,](\d+)/.exec(s);
  if (spec[1] === '0' && m?.[1]!.length !== spec.length - 1) return null;
  if (m) p.nanosecond = Number(m[1]!.slice(0, 9).padEnd(9, '0'));
  return m?.[0] ?? '';
}

/** `time.Parse(layout, value)`: a time without a zone is UTC. */
export function parse(layout: string, value: string): [Time, GoError | null] {
  return parseInLocation(layout, value, utc);
}

/** `time.ParseInLocation(layout, value, loc)`: a time without a zone, or with loc's offset, is in loc. */
export function parseInLocation(layout: string, value: string, loc: Location): [Time, GoError | null] {
  const p: Parsed = {
    year: 0,
    month: 1,
    day: 1,
    yearDay: 0,
    hour: 0,
    minute: 0,
    second: 0,
    nanosecond: 0,
    pm: null,
    zone: null,
  };
  let rest = value;
  const chunks = layoutChunks(layout);
  for (const [i, chunk] of chunks.entries()) {
    if ('text' in chunk) {
      if (!rest.startsWith(chunk.text)) return [new Time(), parseError(value, layout, rest, chunk.text)];
      rest = rest.slice(chunk.text.length);
      continue;
    }
    const element = 'element' in chunk ? chunk.element : chunk.fraction;
    const taken = 'element' in chunk ? READERS[chunk.element]!(rest, p) : readFraction(rest, p, chunk.fraction);
    if (taken === null) return [new Time(), parseError(value, layout, rest, element)];
    rest = rest.slice(taken.length);
    // Go accepts a fraction after the seconds even where the layout has none.
    const next = chunks[i + 1];
    if ((element === '05' || element === '5') && !(next && 'fraction' in next) && /^[.,]\d/.test(rest))
      rest = rest.slice(readFraction(rest, p, '.9')!.length);
  }
  if (rest !== '') return [new Time(), new ErrorString(`parsing time ${quote(value)}: extra text: ${quote(rest)}`)];
  if (p.pm !== null) p.hour = (p.hour % 12) + (p.pm ? 12 : 0);
  const outOfRange = rangeProblem(p);
  if (outOfRange) return [new Time(), new ErrorString(`parsing time ${quote(value)}: ${outOfRange} out of range`)];
  // A day of the year is day N of January, which time.Date carries into the right month.
  if (p.yearDay > 0) [p.month, p.day] = [1, p.yearDay];
  const t = date(p.year, p.month, p.day, p.hour, p.minute, p.second, p.nanosecond, p.zone ?? loc);
  return [p.zone !== null && p.zone !== utc && t.in(loc).zone()[1] === t.zone()[1] ? t.in(loc) : t, null];
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function rangeProblem(p: Parsed): string | null {
  if (p.month < 1 || p.month > 12) return 'month';
  const days = p.month === 2 && isLeap(p.year) ? 29 : DAYS_IN_MONTH[p.month - 1]!;
  if (p.day < 1 || p.day > days) return 'day';
  if (p.hour > 23) return 'hour';
  if (p.minute > 59) return 'minute';
  if (p.second > 59) return 'second';
  return null;
}
