// Debian's Chromium for tests that drive a page through playwright-core. Missing, a test fails
// in CI (CI=true) and is skipped elsewhere, with how to install it.
import { existsSync } from 'node:fs';
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { inCI } from './corpus.js';

export const MISSING = 'Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)';

/** Where Chromium is: CHROMIUM_PATH, or Debian's. */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path) => path !== undefined && existsSync(path),
  );
}

/** A headless Chromium, or undefined when there is none (the test is then skipped). */
export async function launchChromium(t: TestContext): Promise<Browser | undefined> {
  const executablePath = chromiumPath();
  if (executablePath === undefined) {
    if (inCI) assert.fail(MISSING);
    t.skip(MISSING);
    return undefined;
  }
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
}
