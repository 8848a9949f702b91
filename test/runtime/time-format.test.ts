// time.Time against Go 1.23: layouts, the zero time, normalization by time.Date, rounding
// from the zero time, and how a Time prints. Expected strings come from Go runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { time } from '../../runtime/src/go/index.js';

const launch = time.date(2009, time.november, 10, 23, 4, 5, 123456789, time.utc);

test('format_writes_go_layouts', () => {
  assert.equal(launch.format(time.RFC3339), '2009-11-10T23:04:05Z');
  assert.equal(launch.format(time.RFC3339Nano), '2009-11-10T23:04:05.123456789Z');
  assert.equal(launch.format(time.Kitchen), '11:04PM');
  assert.equal(launch.format(time.ANSIC), 'Tue Nov 10 23:04:05 2009');
  assert.equal(launch.format('Monday, 02-Jan-06 15:04:05.000 MST'), 'Tuesday, 10-Nov-09 23:04:05.123 UTC');
  assert.equal(launch.format('2006/1/2 3:04pm .999 002 _2'), '2009/11/10 11:04pm .123 314 10');
});

test('format_keeps_words_that_only_begin_like_a_layout_element', () => {
  assert.equal(launch.format('Month: Jan'), 'Month: Nov');
});

test('the_zero_time_is_january_first_of_year_one_utc', () => {
  const zero = new time.Time();
  assert.equal(zero.isZero(), true);
  assert.equal(zero.String(), '0001-01-01 00:00:00 +0000 UTC');
  assert.equal(zero.weekday(), time.monday);
});

test('date_carries_out_of_range_values_over', () => {
  assert.equal(time.date(2024, 2, 30, 0, 0, 0, 0, time.utc).format(time.DateOnly), '2024-03-01');
  assert.equal(time.date(2023, 13, 1, 25, 0, 0, 0, time.utc).format(time.DateTime), '2024-01-02 01:00:00');
});

test('truncate_and_round_count_from_the_zero_time', () => {
  // 2009-11-10 is not a whole number of weeks after 1970-01-01, but is after year 1.
  assert.equal(launch.truncate(7 * 24 * time.hour).format(time.DateOnly), '2009-11-09');
  assert.equal(launch.round(time.minute).format(time.TimeOnly), '23:04:00');
});

test('add_and_sub_carry_nanoseconds_across_seconds', () => {
  const later = launch.add(900 * time.millisecond);
  assert.equal(later.format('05.000000000'), '06.023456789');
  assert.equal(later.sub(launch), 900 * time.millisecond);
});

test('now_prints_its_monotonic_reading', () => {
  assert.match(time.now().String(), / m=\+\d+\.\d{9}$/);
  assert.doesNotMatch(time.now().utc().String(), / m=/);
});

test('month_and_weekday_print_their_names', () => {
  assert.equal(time.monthString(time.march), 'March');
  assert.equal(time.weekdayString(time.saturday), 'Saturday');
  assert.equal(time.monthString(13), '%!Month(13)');
});

test('duration_methods_give_go_values', () => {
  const d = 90 * time.minute + 1500 * time.millisecond;
  assert.equal(time.durationString(d), '1h30m1.5s');
  assert.equal(time.durationMinutes(d), 90.025);
  assert.equal(time.durationMilliseconds(d), 5401500n);
  assert.equal(time.durationNanoseconds(d), 5401500000000n);
  assert.equal(time.durationString(time.durationRound(d, time.hour)), '2h0m0s');
  assert.equal(time.durationString(time.durationTruncate(d, time.minute)), '1h30m0s');
});

test('parse_reads_go_layouts_and_offsets', () => {
  // From Go 1.23: time.Parse(time.RFC3339, "2024-02-29T13:45:00+02:00") prints so.
  const [t, err] = time.parse(time.RFC3339, '2024-02-29T13:45:00+02:00');
  assert.equal(err, null);
  assert.equal(t.String(), '2024-02-29 13:45:00 +0200 +0200');
  assert.equal(t.utc().format(time.RFC3339), '2024-02-29T11:45:00Z');
});

test('parse_reports_what_it_could_not_read', () => {
  assert.equal(
    time.parse(time.DateOnly, 'July 4th')[1]?.Error(),
    'parsing time "July 4th" as "2006-01-02": cannot parse "July 4th" as "2006"',
  );
  assert.equal(time.parse(time.DateOnly, '2023-02-30')[1]?.Error(), 'parsing time "2023-02-30": day out of range');
});

test('parse_duration_reads_go_units', () => {
  assert.deepEqual(time.parseDuration('1h15m30.5s'), [4530.5 * time.second, null]);
  assert.equal(time.parseDuration('-1.5h')[0], -90 * time.minute);
  assert.equal(time.parseDuration('5y')[1]?.Error(), 'time: unknown unit "y" in duration "5y"');
});

test('unix_times_are_exact_int64_bigints', () => {
  // From Go 1.23: time.Date(2023, time.November, 14, 22, 13, 20, 123456789, time.UTC)
  const t = time.date(2023, 11, 14, 22, 13, 20, 123456789, time.utc);
  assert.equal(t.unixNano(), 1700000000123456789n);
  assert.equal(t.unixMicro(), 1700000000123456n);
  assert.equal(t.unixMilli(), 1700000000123n);
  assert.equal(t.unix(), 1700000000n);
  assert.equal(time.unix(t.unix(), 5n).unixNano(), 1700000000000000005n);
});
