// time.Duration is a number of nanoseconds here; its methods are functions of it
// (`d.Seconds()` -> `time.durationSeconds(d)`).
import { Named } from '../fmt/go-values.js';
import { ErrorString, type GoError } from './errors.js';
import { quote } from './strconv.js';

/** Go's time.Duration: a number of nanoseconds. */
export type Duration = number;

export const nanosecond: Duration = 1;
export const microsecond: Duration = 1e3;
export const millisecond: Duration = 1e6;
export const second: Duration = 1e9;
export const minute: Duration = 60e9;
export const hour: Duration = 3600e9;

/** A Duration where fmt must find its String method: a struct's field (`{Timeout:1.5s}`). */
export class DurationValue extends Named<Duration> {
  readonly goType = 'time.Duration';

  String(): string {
    return durationString(this.value);
  }
}

/** Go's Duration.String(): "1h2m3.5s", "1.5s", "150ms", "2µs", "0s". */
export function durationString(d: Duration): string {
  if (d === 0) return '0s';
  const sign = d < 0 ? '-' : '';
  const abs = Math.abs(d);
  if (abs < microsecond) return `${sign}${abs}ns`;
  if (abs < millisecond) return `${sign}${trimFraction(abs / microsecond)}µs`;
  if (abs < second) return `${sign}${trimFraction(abs / millisecond)}ms`;
  const hours = Math.floor(abs / hour);
  const minutes = Math.floor((abs % hour) / minute);
  const seconds = trimFraction((abs % minute) / second);
  if (hours > 0) return `${sign}${hours}h${minutes}m${seconds}s`;
  if (minutes > 0) return `${sign}${minutes}m${seconds}s`;
  return `${sign}${seconds}s`;
}

function trimFraction(x: number): string {
  return x.toFixed(9).replace(/\.?0+$/, '');
}

export const durationHours = (d: Duration): number => d / hour;
export const durationMinutes = (d: Duration): number => d / minute;
export const durationSeconds = (d: Duration): number => d / second;
// A Duration is a number of nanoseconds; these three give an int64, which is a bigint (the translator's big-integers.ts).
export const durationMilliseconds = (d: Duration): bigint => BigInt(Math.trunc(d / millisecond));
export const durationMicroseconds = (d: Duration): bigint => BigInt(Math.trunc(d / microsecond));
export const durationNanoseconds = (d: Duration): bigint => BigInt(d);
export const durationAbs = (d: Duration): Duration => Math.abs(d);

/** `d.Truncate(m)`: toward zero, to a multiple of m. */
export function durationTruncate(d: Duration, m: Duration): Duration {
  return m <= 0 ? d : d - (d % m);
}

/** `d.Round(m)`: to the nearest multiple of m, halfway away from zero. */
export function durationRound(d: Duration, m: Duration): Duration {
  if (m <= 0) return d;
  const r = Math.abs(d % m);
  const down = d - (d % m);
  if (r + r < m) return down;
  return d < 0 ? down - m : down + m;
}

const UNITS: Record<string, Duration> = {
  ns: nanosecond,
  us: microsecond,
  µs: microsecond,
  μs: microsecond,
  ms: millisecond,
  s: second,
  m: minute,
  h: hour,
};

/** `time.ParseDuration(s)`: "300ms", "-1.5h", "2h45m30.5s"; errors with Go's messages. */
export function parseDuration(s: string): [Duration, GoError | null] {
  const fail = (why: string): [Duration, GoError] => [0, new ErrorString(`time: ${why}`)];
  const m = /^([-+]?)(.*)$/s.exec(s)!;
  const sign = m[1] === '-' ? -1 : 1;
  let rest = m[2]!;
  if (rest === '0') return [0, null];
  if (rest === '') return fail(`invalid duration ${quote(s)}`);
  let total = 0;
  while (rest !== '') {
    const part = /^(\d*)(?:\.(\d*))?/.exec(rest)!;
    if (part[0] === '' || part[0] === '.') return fail(`invalid duration ${quote(s)}`);
    rest = rest.slice(part[0].length);
    const unit = /^[^\d.]*/.exec(rest)![0];
    if (unit === '') return fail(`missing unit in duration ${quote(s)}`);
    if (!(unit in UNITS)) return fail(`unknown unit ${quote(unit)} in duration ${quote(s)}`);
    rest = rest.slice(unit.length);
    total += Number(`${part[1] || '0'}.${part[2] || '0'}`) * UNITS[unit]!;
  }
  return [sign * Math.round(total), null];
}
