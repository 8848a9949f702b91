// The timeline page's HTML (server/timeline/html.ts): self-contained, with a
// Content-Security-Policy that lets only its own script and style run, and a trace embedded so
// that no value can end its <script> element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TraceDocument } from '../../runtime/src/trace/json.js';
import { timelineHtml } from '../../server/timeline/html.js';
import { embeddedTrace, TRACE_ELEMENT_OPENING } from '../support/timeline-page.js';
import { chan2ts, tempDir } from '../cli/helpers.js';
import { PROJECT_ROOT } from '../support/run-ts-program.js';

const HOSTILE = '</script><script>alert(1)</script><!--';

const DOCUMENT: TraceDocument = {
  format: 'chan2ts-trace',
  version: 2,
  language: 'go',
  cap: 100_000,
  dropped: 0,
  events: [
    { seq: 0, step: 0, ms: 0, task: 1, kind: 'task-start', parent: null, name: 'main' },
    { seq: 1, step: 1, ms: 1, task: 1, kind: 'chan-make', chan: 1, chanKind: 'go chan', capacity: 1, label: 'ch' },
    { seq: 2, step: 1, ms: 2, task: 1, kind: 'send', chan: 1, value: HOSTILE, at: 'prog.go:9:3' },
    { seq: 3, step: 1, ms: 3, task: 1, kind: 'recv', chan: 1, ok: true, value: HOSTILE, from: 2, at: 'prog.go:10:5' },
    { seq: 4, step: 1, ms: 4, task: 1, kind: 'send', chan: 1, value: '7', at: 'prog.go:9:3' },
    { seq: 5, step: 1, ms: 5, task: 1, kind: 'recv', chan: 1, ok: false, at: 'prog.go:10:5' },
    { seq: 6, step: 1, ms: 6, task: null, kind: 'program-end', code: 0 },
  ],
};

function scriptsAndStyles(html: string): string[] {
  return [...html.matchAll(/<(script|style)\b[^>]*>/g)].map((m) => m[0]);
}

test('the_page_runs_only_its_own_script_and_style_by_their_nonce', () => {
  const html = timelineHtml(DOCUMENT, { title: 'prog.go', script: 'window.drawn = true;', nonce: 'n0nce' });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  assert.equal(csp, "default-src 'none'; script-src 'nonce-n0nce'; style-src 'nonce-n0nce'");
  assert.deepEqual(scriptsAndStyles(html), ['<style nonce="n0nce">', TRACE_ELEMENT_OPENING, '<script nonce="n0nce">']);
  assert.doesNotMatch(html, /\sstyle="/, 'an inline style attribute, which the policy blocks');
});

test('each_page_gets_a_fresh_nonce', () => {
  const nonceOf = (html: string) => /script-src 'nonce-([^']+)'/.exec(html)![1];
  const [a, b] = [1, 2].map(() => nonceOf(timelineHtml(DOCUMENT, { title: 't', script: '' })));
  assert.ok(a!.length >= 16, `a short nonce: ${a}`);
  assert.notEqual(a, b);
});

test('a_value_cannot_end_the_embedded_trace_and_reads_back_intact', () => {
  const html = timelineHtml(DOCUMENT, { title: '<b>prog</b>', script: '' });
  assert.equal(html.split('</script>').length - 1, 2, 'only the page closes its two script elements');
  assert.doesNotMatch(html, /<b>prog/);
  assert.deepEqual(embeddedTrace(html), DOCUMENT);
});

test('the_embedded_trace_names_each_shape_of_event_and_each_source_place_once', () => {
  const html = timelineHtml(DOCUMENT, { title: 'prog.go', script: '' });
  const count = (text: string) => html.split(text).length - 1;
  assert.equal(count('prog.go:9:3'), 1);
  assert.equal(count('"value"'), 2, 'the send shape, and the receive shape that has a value');
  assert.equal(count('"seq"'), 0, 'the position of an event is its seq');
  assert.deepEqual(embeddedTrace(html), DOCUMENT);
});

test('the_page_chan2ts_run_writes_loads_nothing_from_anywhere', async () => {
  const out = join(tempDir(), 'pipeline.html');
  const run = await chan2ts(['run', '--trace', out, join(PROJECT_ROOT, 'examples', 'go-pipeline.go')]);
  assert.equal(run.code, 0, run.stderr);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-/);
  assert.doesNotMatch(html, /https?:\/\//, 'a URL in the page');
  assert.doesNotMatch(html, /<(link|img|iframe|object|embed)\b/);
  assert.ok(html.length > 10_000, 'the page script is inlined');
});
