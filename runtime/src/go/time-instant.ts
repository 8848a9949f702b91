// time.Time: an instant (Unix seconds and nanoseconds), the zone it is seen in, and, for
// time.Now(), a monotonic clock reading that Sub prefers and String prints as `m=+0.001`.
import type { Duration } from './time-duration.js';
import { civilFromDays, daysFromCivil, weekdayOfDays } from './time-calendar.js';
import { formatClock, type ClockFields } from './time-format.js';

const GO_TYPE = Symbol.for('chan2ts.goType');
const SECOND = 1e9;
const DAY = 86400;
/** Unix seconds of Go's zero time, January 1, year 1, 00:00:00 UTC. */
const ZERO_SEC = daysFromCivil(1, 1, 1) * DAY;
const MAX_DURATION = 2 ** 63 - 1;

/** `*time.Location`: UTC, the machine's zone (Local), or a fixed offset. */
export class Location {
  readonly [GO_TYPE] = '*time.Location';
  constructor(
    readonly name: string,
    /** Seconds east of UTC; null for Local, whose offset depends on the instant. */
    private readonly fixedOffset: number | null,
  ) {}

  /** The zone's abbreviation and offset at an instant. */
  zoneAt(sec: number): { name: string; offset: number } {
    if (this.fixedOffset !== null) return { name: this.name, offset: this.fixedOffset };
    const date = new Date(sec * 1000);
    const offset = -date.getTimezoneOffset() * 60;
    return { name: localZoneName(date, offset), offset };
  }

  String(): string {
    return this.name;
  }
}

/** The zone's abbreviation as Go prints it: "UTC", "CET"; "+01" where the zone has none. */
function localZoneName(date: Date, offset: number): string {
  const intl = (globalThis as { Intl?: typeof Intl }).Intl;
  const part = intl
    ? new intl.DateTimeFormat('en-US', { timeZoneName: 'short' })
        .formatToParts(date)
        .find((p) => p.type === 'timeZoneName')?.value
    : undefined;
  if (part && !/^GMT|^UTC[+-]/.test(part)) return part;
  if (offset === 0) return 'UTC';
  const abs = Math.abs(offset);
  const hours = String(Math.floor(abs / 3600)).padStart(2, '0');
  const minutes = abs % 3600 === 0 ? '' : String(Math.floor((abs % 3600) / 60)).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${hours}${minutes}`;
}

export const utc = new Location('UTC', 0);
export const local = new Location('Local', null);

/** `time.FixedZone(name, offset)` */
export function fixedZone(name: string, offset: number): Location {
  return new Location(name, offset);
}

export class Time {
  readonly [GO_TYPE] = 'time.Time';

  /** Without arguments: Go's zero Time. */
  constructor(
    readonly sec: number = ZERO_SEC,
    readonly nsec: number = 0,
    readonly loc: Location = utc,
    /** Nanoseconds on the monotonic clock, for a time from time.Now(). */
    readonly mono: number | null = null,
  ) {}

  private fields(): ClockFields {
    const zone = this.loc.zoneAt(this.sec);
    const local = this.sec + zone.offset;
    const days = Math.floor(local / DAY);
    const secOfDay = local - days * DAY;
    const date = civilFromDays(days);
    return {
      ...date,
      hour: Math.floor(secOfDay / 3600),
      minute: Math.floor((secOfDay % 3600) / 60),
      second: secOfDay % 60,
      nanosecond: this.nsec,
      weekday: weekdayOfDays(days),
      yearDay: days - daysFromCivil(date.year, 1, 1) + 1,
      zoneName: zone.name,
      offset: zone.offset,
    };
  }

  add(d: Duration): Time {
    const total = this.nsec + (d % SECOND);
    const carry = Math.floor(total / SECOND);
    return new Time(
      this.sec + Math.trunc(d / SECOND) + carry,
      total - carry * SECOND,
      this.loc,
      this.mono === null ? null : this.mono + d,
    );
  }

  /** `t.Sub(u)`, on the monotonic clock when both have a reading; saturates as Go does. */
  sub(u: Time): Duration {
    if (this.mono !== null && u.mono !== null) return this.mono - u.mono;
    const d = (this.sec - u.sec) * SECOND + (this.nsec - u.nsec);
    return Math.max(-MAX_DURATION - 1, Math.min(MAX_DURATION, d));
  }

  /** `t.AddDate(years, months, days)`, normalized as time.Date does. */
  addDate(years: number, months: number, days: number): Time {
    const f = this.fields();
    return date(f.year + years, f.month + months, f.day + days, f.hour, f.minute, f.second, f.nanosecond, this.loc);
  }

  compare(u: Time): number {
    return Math.sign(this.sec - u.sec || this.nsec - u.nsec);
  }

  after(u: Time): boolean {
    return this.compare(u) > 0;
  }

  before(u: Time): boolean {
    return this.compare(u) < 0;
  }

  equal(u: Time): boolean {
    return this.compare(u) === 0;
  }

  isZero(): boolean {
    return this.sec === ZERO_SEC && this.nsec === 0;
  }

  // Unix, UnixMilli, UnixMicro and UnixNano give an int64, a bigint (the translator's big-integers.ts): exact.
  unix(): bigint {
    return BigInt(this.sec);
  }

  unixMilli(): bigint {
    return BigInt(this.sec) * 1000n + BigInt(Math.floor(this.nsec / 1e6));
  }

  unixMicro(): bigint {
    return BigInt(this.sec) * 1_000_000n + BigInt(Math.floor(this.nsec / 1e3));
  }

  unixNano(): bigint {
    return BigInt(this.sec) * BigInt(SECOND) + BigInt(this.nsec);
  }

  year(): number {
    return this.fields().year;
  }

  month(): number {
    return this.fields().month;
  }

  day(): number {
    return this.fields().day;
  }

  hour(): number {
    return this.fields().hour;
  }

  minute(): number {
    return this.fields().minute;
  }

  second(): number {
    return this.fields().second;
  }

  nanosecond(): number {
    return this.nsec;
  }

  yearDay(): number {
    return this.fields().yearDay;
  }

  weekday(): number {
    return this.fields().weekday;
  }

  /** The ISO 8601 year and week: weeks start on Monday, and a week belongs to the year of its Thursday. */
  isoWeek(): [year: number, week: number] {
    const weekday = this.weekday();
    const thursday = this.addDate(0, 0, weekday === 0 ? -3 : 4 - weekday);
    return [thursday.year(), Math.floor((thursday.yearDay() - 1) / 7) + 1];
  }

  date(): [year: number, month: number, day: number] {
    const f = this.fields();
    return [f.year, f.month, f.day];
  }

  clock(): [hour: number, min: number, sec: number] {
    const f = this.fields();
    return [f.hour, f.minute, f.second];
  }

  zone(): [name: string, offset: number] {
    const z = this.loc.zoneAt(this.sec);
    return [z.name, z.offset];
  }

  location(): Location {
    return this.loc;
  }

  utc(): Time {
    return new Time(this.sec, this.nsec, utc);
  }

  local(): Time {
    return new Time(this.sec, this.nsec, local);
  }

  in(loc: Location): Time {
    return new Time(this.sec, this.nsec, loc);
  }

  /** Rounds down to a multiple of d since the zero time (not the Unix epoch, as Go counts). */
  truncate(d: Duration): Time {
    if (d <= 0) return new Time(this.sec, this.nsec, this.loc);
    return this.minus(this.sinceZeroModulo(d));
  }

  /** Rounds half up to a multiple of d since the zero time. */
  round(d: Duration): Time {
    if (d <= 0) return new Time(this.sec, this.nsec, this.loc);
    const r = this.sinceZeroModulo(d);
    return r + r < d ? this.minus(r) : this.minus(r).add(d);
  }

  private sinceZeroModulo(d: Duration): number {
    const since = BigInt(this.sec - ZERO_SEC) * BigInt(SECOND) + BigInt(this.nsec);
    return Number(since % BigInt(d));
  }

  private minus(d: Duration): Time {
    return new Time(this.sec, this.nsec, this.loc).add(-d);
  }

  format(layout: string): string {
    return formatClock(this.fields(), layout);
  }

  String(): string {
    const s = this.format('2006-01-02 15:04:05.999999999 -0700 MST');
    if (this.mono === null) return s;
    const m = this.mono / SECOND;
    return `${s} m=${m < 0 ? '-' : '+'}${Math.abs(m).toFixed(9)}`;
  }
}

/** `time.Date(year, month, day, hour, min, sec, nsec, loc)`: out-of-range values carry over, as in Go. */
export function date(
  year: number,
  month: number,
  day: number,
  hour: number,
  min: number,
  sec: number,
  nsec: number,
  loc: Location,
): Time {
  const secCarry = Math.floor(nsec / SECOND);
  const wall = daysFromCivil(year, month, day) * DAY + hour * 3600 + min * 60 + sec + secCarry;
  // The offset in force at the wall time: found from the instant it would be in UTC, then once more.
  let offset = loc.zoneAt(wall).offset;
  offset = loc.zoneAt(wall - offset).offset;
  return new Time(wall - offset, nsec - secCarry * SECOND, loc);
}

/** `time.Unix(sec, nsec)`, in the Local zone: int64s, bigints from a variable, numbers from a constant. */
export function unix(sec: number | bigint, nsec: number | bigint): Time {
  const carry = Math.floor(Number(nsec) / SECOND);
  return new Time(Number(sec) + carry, Number(nsec) - carry * SECOND, local);
}

export function unixMilli(msec: number | bigint): Time {
  const ms = Number(msec);
  return unix(Math.floor(ms / 1e3), (ms - Math.floor(ms / 1e3) * 1e3) * 1e6);
}

/** `time.Now()`: the wall clock, with a monotonic reading. */
export function now(): Time {
  const mono = performance.now();
  const wallMs = performance.timeOrigin + mono;
  const sec = Math.floor(wallMs / 1e3);
  return new Time(sec, Math.round((wallMs - sec * 1e3) * 1e6) % SECOND, local, Math.round(mono * 1e6));
}
