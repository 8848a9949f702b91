// bufio's Scanner, Reader and Writer, and strings.Reader, as Go 1.23 behaves for the same calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bufio, goio, strings } from '../../runtime/src/go/index.js';

/** A reader that gives its text a few bytes per Read, as a pipe may. */
function trickle(text: string, perRead: number): goio.Reader {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return {
    read(p: Uint8Array): goio.Result {
      if (at >= bytes.length) return [0, goio.EOF];
      const n = Math.min(perRead, p.length, bytes.length - at);
      p.set(bytes.subarray(at, at + n));
      at += n;
      return [n, null];
    },
  };
}

async function tokens(scanner: bufio.Scanner): Promise<string[]> {
  const out: string[] = [];
  while (await scanner.scan()) out.push(scanner.text());
  return out;
}

test('scanner_splits_words_across_reads', async () => {
  const s = bufio.newScanner(trickle('  one two\n\tthree  ', 1));
  s.split(bufio.scanWords);
  assert.deepEqual(await tokens(s), ['one', 'two', 'three']);
  assert.equal(s.err(), null);
});

test('scanner_lines_drop_the_line_end_and_keep_empty_lines', async () => {
  const s = bufio.newScanner(strings.newReader('a\r\n\nb\nlast'));
  assert.deepEqual(await tokens(s), ['a', '', 'b', 'last']);
});

test('scanner_gives_no_token_after_a_final_newline', async () => {
  assert.deepEqual(await tokens(bufio.newScanner(strings.newReader('x\n'))), ['x']);
});

test('scanner_runes_give_each_character_and_replace_a_bad_byte', async () => {
  const s = bufio.newScanner(trickle('é😀', 1));
  s.split(bufio.scanRunes);
  assert.deepEqual(await tokens(s), ['é', '😀']);
  const bad = bufio.newScanner({ read: (p: Uint8Array) => ((p[0] = 0xff), [1, goio.EOF]) });
  bad.split(bufio.scanRunes);
  assert.deepEqual(await tokens(bad), ['\ufffd']);
});

test('scanner_stops_with_err_too_long_when_a_token_outgrows_the_buffer', async () => {
  const s = bufio.newScanner(strings.newReader('ok\nmuch too long\nnever\n'));
  s.buffer(new Uint8Array(2), 8);
  assert.deepEqual(await tokens(s), ['ok']);
  assert.equal(s.err(), bufio.ErrTooLong);
});

test('scanner_err_is_the_readers_error_other_than_eof', async () => {
  const failing = new Error('boom');
  const err = { Error: () => failing.message };
  const s = bufio.newScanner({ read: (p: Uint8Array) => ((p[0] = 0x61), [1, err]) });
  assert.deepEqual(await tokens(s), ['a']);
  assert.equal(s.err(), err);
});

test('reader_read_string_gives_the_rest_with_eof_at_the_end', async () => {
  const r = bufio.newReader(trickle('one\ntwo', 2));
  assert.deepEqual(await r.readString(0x0a), ['one\n', null]);
  assert.deepEqual(await r.readString(0x0a), ['two', goio.EOF]);
  assert.deepEqual(await r.readString(0x0a), ['', goio.EOF]);
});

test('reader_read_line_drops_crlf_and_reports_a_line_longer_than_the_buffer', async () => {
  const r = bufio.newReaderSize(strings.newReader('a\r\n' + 'x'.repeat(20) + '\n'), 16);
  const [first, firstPrefix] = await r.readLine();
  assert.deepEqual([new TextDecoder().decode(first), firstPrefix], ['a', false]);
  const [part, isPrefix] = await r.readLine();
  assert.deepEqual([part.length, isPrefix], [16, true]);
  const [rest, restPrefix] = await r.readLine();
  assert.deepEqual([rest.length, restPrefix], [4, false]);
});

test('reader_unread_rune_gives_the_rune_back_once', async () => {
  const r = bufio.newReader(strings.newReader('ñx'));
  assert.deepEqual(await r.readRune(), [0xf1, 2, null]);
  assert.equal(r.unreadRune(), null);
  assert.deepEqual(await r.readRune(), [0xf1, 2, null]);
  assert.equal(r.unreadRune(), null);
  assert.equal(r.unreadRune(), bufio.ErrInvalidUnreadRune);
});

test('writer_writes_nothing_until_flush', () => {
  const out = new strings.Builder();
  const w = bufio.newWriter(out);
  w.writeString('held');
  assert.deepEqual([out.string(), w.buffered()], ['', 4]);
  assert.equal(w.flush(), null);
  assert.deepEqual([out.string(), w.buffered()], ['held', 0]);
});

test('writer_flushes_when_full_and_passes_large_writes_straight_through', () => {
  const writes: number[] = [];
  const sink = { write: (p: Uint8Array): goio.Result => (writes.push(p.length), [p.length, null]) };
  const w = bufio.newWriterSize(sink, 4);
  w.writeString('abc');
  w.writeString('def');
  assert.deepEqual(writes, [4]);
  w.flush();
  w.write(new Uint8Array(10));
  assert.deepEqual(writes, [4, 2, 10]);
});

test('strings_reader_reads_bytes_runes_and_reports_eof', () => {
  const r = strings.newReader('hé');
  assert.deepEqual([r.len(), r.size()], [3, 3]);
  assert.deepEqual(r.readRune(), [0x68, 1, null]);
  assert.deepEqual(r.readRune(), [0xe9, 2, null]);
  assert.deepEqual(r.readByte(), [0, goio.EOF]);
  assert.equal(r.unreadRune()?.Error(), 'strings.Reader.UnreadRune: previous operation was not ReadRune');
  const buf = new Uint8Array(8);
  assert.deepEqual(strings.newReader('abc').read(buf), [3, null]);
});
