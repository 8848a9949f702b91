// The timeline page `chan2ts run --trace out.html` writes, opened from disk in Chromium: a lane
// per goroutine, an arrow per value received, the deadlock, keyboard stepping, the theme, and a
// trace at the event cap (100,000) drawing its first frame. Its screenshots go to
// test/e2e/artifacts/ and, for the README, docs/images/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { TraceDocument } from '../../runtime/src/trace/json.js';
import { chan2ts, tempDir } from '../cli/helpers.js';
import { launchChromium } from '../support/chromium.js';
import { embeddedTrace, MANY_MESSAGES_GO } from '../support/timeline-page.js';
import { PROJECT_ROOT } from '../support/run-ts-program.js';

const ARTIFACTS = join(PROJECT_ROOT, 'test', 'e2e', 'artifacts');
const README_IMAGES = join(PROJECT_ROOT, 'docs', 'images');
const VIEWPORT = { width: 1200, height: 440 };
/** Generous: a 10 MB page parses and lays out slowly on a loaded machine. Not a measure. */
const FIRST_FRAME_WAIT_MS = 60_000;

interface TimelineState {
  lanes: string[];
  messages: number;
  events: number;
  stall: number;
  selected: number;
  frames: number;
  lastFrame: { events: number; messages: number; spans: number } | null;
  markAt(index: number): { x: number; y: number };
}

/** The little of a canvas the tests read (this file is checked without the DOM's types). */
interface PageCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Iterable<number> } };
}

let browser: Browser | undefined;
const pages: Record<'pipeline' | 'deadlock' | 'many', string> = { pipeline: '', deadlock: '', many: '' };

before(async () => {
  const dir = tempDir();
  const many = join(dir, 'many.go');
  writeFileSync(many, MANY_MESSAGES_GO);
  // The examples by the names a user of the clone gives them, as the screenshots show them.
  const sources = { pipeline: 'examples/go-pipeline.go', deadlock: 'examples/go-deadlock.go', many };
  for (const [name, source] of Object.entries(sources) as [keyof typeof pages, string][]) {
    pages[name] = join(dir, `${name}.html`);
    const run = await chan2ts(['run', '--quiet', '--trace', pages[name], source], {
      cwd: PROJECT_ROOT,
      timeoutMs: 120_000,
    });
    assert.equal(run.code, name === 'deadlock' ? 2 : 0, run.stderr);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
});

/** In a webview, the page posts reveal requests to VS Code: this stand-in keeps them in `posted`. */
const FAKE_VSCODE_API = `globalThis.posted = [];
globalThis.acquireVsCodeApi = () => ({ postMessage: (message) => globalThis.posted.push(message) });`;

async function open(
  t: import('node:test').TestContext,
  name: keyof typeof pages,
  colorScheme: 'light' | 'dark' = 'light',
  inWebview = false,
) {
  browser ??= await launchChromium(t);
  if (browser === undefined) return undefined;
  const page = await browser.newPage({ viewport: VIEWPORT, colorScheme });
  if (inWebview) await page.addInitScript(FAKE_VSCODE_API);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(pathToFileURL(pages[name]).href);
  await page.waitForFunction(() => (globalThis as unknown as { __timeline?: TimelineState }).__timeline?.frames, null, {
    timeout: FIRST_FRAME_WAIT_MS,
  });
  return { page, errors };
}

function state(page: Page): Promise<TimelineState> {
  return page.evaluate(() => (globalThis as unknown as { __timeline: TimelineState }).__timeline);
}

/** Waits for the frame after `frames` (keys and clicks redraw on the next animation frame). */
async function nextFrame(page: Page, frames: number): Promise<TimelineState> {
  await page.waitForFunction(
    (n) => (globalThis as unknown as { __timeline: TimelineState }).__timeline.frames > n,
    frames,
  );
  return state(page);
}

function traceOf(file: string): TraceDocument {
  return embeddedTrace(readFileSync(file, 'utf8'));
}

async function screenshot(page: Page, name: string): Promise<void> {
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  copyFileSync(file, join(README_IMAGES, `${name}.png`));
}

const nameOf = (lane: string) => lane.replace(/ #-?\d+$/, '');

test('the_pipeline_has_a_lane_per_goroutine_and_an_arrow_per_value_received', async (t) => {
  const opened = await open(t, 'pipeline');
  if (opened === undefined) return;
  const { page, errors } = opened;
  const shown = await state(page);
  // generate's goroutine, square's, then generate(0)'s: function literals named by their `go` line.
  assert.deepEqual(shown.lanes.map(nameOf), ['main', ...[10, 21, 10].map((line) => `closure at line ${line}`)]);
  assert.deepEqual(await page.locator('#lanes li').allTextContents(), shown.lanes);
  const paired = traceOf(pages.pipeline).events.filter((e) => e.kind === 'recv' && e.ok).length;
  assert.equal(paired, 10);
  assert.equal(shown.messages, paired);
  await page.keyboard.press('0');
  const fitted = await nextFrame(page, shown.frames);
  assert.equal(fitted.lastFrame!.messages, paired, 'every arrow is drawn when the whole trace is in view');
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
  await nextFrame(page, fitted.frames);
  await screenshot(page, 'timeline-pipeline');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the_arrow_keys_step_through_the_events_and_the_lanes', async (t) => {
  const opened = await open(t, 'pipeline');
  if (opened === undefined) return;
  const { page } = opened;
  const details = page.locator('#details');
  await page.keyboard.press('ArrowRight');
  assert.equal((await state(page)).selected, 0);
  assert.match((await details.textContent()) ?? '', /^main #\d+ starts main/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal((await state(page)).selected, 2);
  await page.keyboard.press('ArrowLeft');
  assert.equal((await state(page)).selected, 1);
  const before = await details.textContent();
  await page.keyboard.press('ArrowDown');
  const below = await state(page);
  assert.notEqual(below.selected, 1);
  assert.match(
    (await details.textContent()) ?? '',
    /^closure at line 10 #\d+ /,
    "the next lane is generate's goroutine",
  );
  assert.notEqual(await details.textContent(), before);
  await page.keyboard.press('End');
  assert.equal((await state(page)).selected, below.events - 1);
  await page.close();
});

test('the_deadlock_is_shown_where_it_happens', async (t) => {
  const opened = await open(t, 'deadlock');
  if (opened === undefined) return;
  const { page, errors } = opened;
  const shown = await state(page);
  assert.deepEqual(shown.lanes.map(nameOf), ['main', 'square', 'square', 'square']);
  assert.equal(shown.messages, 0, 'no value ever passes');
  assert.ok(shown.stall >= 0);
  assert.equal(shown.lastFrame!.spans, 4, 'every goroutine is drawn blocked');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  const selected = await nextFrame(page, shown.frames);
  assert.equal(selected.selected, shown.stall);
  assert.match((await page.locator('#details').textContent()) ?? '', /^No task can run again: deadlock/);
  await screenshot(page, 'timeline-deadlock');
  assert.deepEqual(errors, []);
  await page.close();
});

test('in_a_webview_a_click_on_an_event_asks_to_reveal_its_source_line', async (t) => {
  const opened = await open(t, 'deadlock', 'light', true);
  if (opened === undefined) return;
  const { page } = opened;
  const trace = traceOf(pages.deadlock);
  const start = trace.events.findIndex((e) => e.kind === 'task-start' && e.name === 'square');
  const mark = await page.evaluate(
    (index) => (globalThis as unknown as { __timeline: TimelineState }).__timeline.markAt(index),
    start,
  );
  const canvas = (await page.locator('#timeline').boundingBox())!;
  await page.mouse.click(canvas.x + mark.x, canvas.y + mark.y);
  assert.equal((await state(page)).selected, start);
  const posted = await page.evaluate(() => (globalThis as unknown as { posted: unknown[] }).posted);
  assert.deepEqual(posted, [{ type: 'reveal', at: 'examples/go-deadlock.go:22:3', seq: trace.events[start]!.seq }]);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const more = await page.evaluate(() => (globalThis as unknown as { posted: { at: string }[] }).posted);
  assert.equal(more[1]?.at, 'examples/go-deadlock.go:18:13', 'Enter reveals the selected event: make(chan int)');
  await page.close();
});

test('the_page_follows_a_dark_colour_scheme', async (t) => {
  const background = async (scheme: 'light' | 'dark') => {
    const opened = await open(t, 'deadlock', scheme);
    if (opened === undefined) return undefined;
    const pixel = await opened.page.evaluate(() => {
      const { document } = globalThis as unknown as { document: { getElementById(id: string): PageCanvas } };
      const canvas = document.getElementById('timeline');
      return [...canvas.getContext('2d').getImageData(canvas.width - 2, canvas.height - 2, 1, 1).data];
    });
    await opened.page.close();
    return pixel.slice(0, 3).reduce((sum, channel) => sum + channel, 0) / 3;
  };
  const light = await background('light');
  const dark = await background('dark');
  if (light === undefined || dark === undefined) return;
  assert.ok(light > 200 && dark < 60, `light ${light}, dark ${dark}`);
});

test('a_trace_of_100000_events_draws_its_first_frame_and_zooms_out_to_all_of_it', async (t) => {
  const opened = await open(t, 'many');
  if (opened === undefined) return;
  const { page, errors } = opened;
  const shown = await state(page);
  assert.equal(shown.events, 100_001, 'the cap, and the marker of what was dropped');
  assert.ok(shown.lastFrame!.events > 0 && shown.lastFrame!.messages > 0);
  assert.match((await page.locator('#facts').textContent()) ?? '', /more dropped/);
  await page.keyboard.press('0');
  const all = await nextFrame(page, shown.frames);
  assert.equal(all.lastFrame!.messages, all.messages, 'every message is in view');
  assert.ok(all.lastFrame!.events < all.events, 'marks that share a pixel are drawn once');
  assert.deepEqual(errors, []);
  await page.close();
});
