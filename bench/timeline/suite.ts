/**
 * The timeline suite: how long the page `chan2ts run --trace out.html` writes takes, in
 * headless Chromium, from navigation to its first drawn frame, for a trace at the event cap
 * (100,000 events). Issue 15's target: under 1 s. Each run is a fresh page.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, MISSING } from '../../test/support/chromium.js';
import { MANY_MESSAGES_GO } from '../../test/support/timeline-page.js';
import { runProcess } from '../../test/support/run-ts-program.js';
import { median, now } from '../harness.js';
import { cliMissing, CLI } from '../programs/chan2ts.js';
import type { Cell } from '../report.js';
import { legendsAndNotes, pad } from '../table-text.js';

export const TIMELINE_SUITE = 'timeline';
const SCENARIO = 'first-paint-100k-events';
const IMPL = 'chromium';
export const FIRST_PAINT_TARGET_MS = 1000;

export interface TimelineOptions {
  runs: number;
  matches(scenarioId: string, impl: string): boolean;
  log(text: string): void;
}

export interface TimelineResult {
  cells: Cell[];
  /** The page's size in bytes, when it was written. */
  pageBytes?: number;
}

export async function runTimelineSuite(options: TimelineOptions): Promise<TimelineResult> {
  if (!options.matches(SCENARIO, IMPL)) return { cells: [] };
  const cell: Cell = { scenario: SCENARIO, impl: IMPL };
  const executablePath = chromiumPath();
  const missing = executablePath === undefined ? MISSING : cliMissing();
  if (missing !== null) return { cells: [{ ...cell, na: missing }] };
  const dir = mkdtempSync(join(tmpdir(), 'chan2ts-bench-timeline-'));
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  try {
    const source = join(dir, 'many.go');
    const page = join(dir, 'many.html');
    writeFileSync(source, MANY_MESSAGES_GO);
    const run = await runProcess(process.execPath, [CLI, 'run', '--quiet', '--trace', page, source], {
      timeoutMs: 120_000,
    });
    if (run.code !== 0) return { cells: [{ ...cell, error: `chan2ts run --trace: exit ${run.code}: ${run.stderr}` }] };
    const times: number[] = [];
    // One untimed load first: Chromium's own caches and compilers warm up once per browser.
    for (let i = 0; i <= options.runs; i++) {
      options.log(`bench: ${SCENARIO} run ${i}`);
      const tab = await browser.newPage({ viewport: { width: 1200, height: 440 } });
      const start = now();
      await tab.goto(pathToFileURL(page).href);
      await tab.waitForFunction(() => (globalThis as { __timeline?: { frames: number } }).__timeline?.frames, null, {
        timeout: 120_000,
        polling: 'raf',
      });
      if (i > 0) times.push(now() - start);
      await tab.close();
    }
    cell.row = {
      suite: TIMELINE_SUITE,
      scenario: SCENARIO,
      impl: IMPL,
      ms: median(times),
      n: 100_000,
      runs: times.length,
    };
    return { cells: [cell], pageBytes: statSync(page).size };
  } catch (error) {
    return { cells: [{ ...cell, error: (error as Error).message }] };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function timelineTable(result: TimelineResult): string {
  const out = [
    'suite timeline: the page of `chan2ts run --trace out.html` in headless Chromium, from navigation to its',
    'first drawn frame, for a trace at the event cap; the median of fresh pages after one untimed load.',
    '',
  ];
  const notes: string[] = [];
  for (const cell of result.cells) {
    const r = cell.row;
    if (r === undefined) {
      notes.push(`${cell.impl}, ${cell.scenario}: ${cell.error ?? cell.na}`);
      out.push([pad(cell.scenario, 26), pad(cell.impl, 10), cell.error !== undefined ? 'error' : 'n/a'].join(' '));
      continue;
    }
    const size = result.pageBytes === undefined ? '' : `, page ${(result.pageBytes / 1e6).toFixed(1)} MB`;
    const verdict = r.ms! < FIRST_PAINT_TARGET_MS ? 'met' : 'MISSED';
    out.push(
      `${pad(cell.scenario, 26)} ${pad(cell.impl, 10)} ${r.ms!.toFixed(0)} ms (${r.runs} runs${size}); target < ${FIRST_PAINT_TARGET_MS} ms: ${verdict}`,
    );
  }
  out.push(...legendsAndNotes([], notes));
  return out.join('\n');
}
