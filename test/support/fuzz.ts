// What the translators' property tests check on any input: translation returns (no throw, no
// hang) with text output and well-formed diagnostics.
import assert from 'node:assert/strict';
import { translate, type SourceLanguage, type Translation } from '../../server/translate/index.js';

/** A guard against hangs, far above any real translation time (the bench measures speed). */
const HANG_GUARD_MS = 10_000;

export async function translateOrHang(source: string, language: SourceLanguage): Promise<Translation> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`translation did not return within ${HANG_GUARD_MS} ms`)), HANG_GUARD_MS);
  });
  try {
    return await Promise.race([translate(source, { language }), hang]);
  } finally {
    clearTimeout(timer);
  }
}

export function assertUsable(result: Translation): void {
  assert.equal(typeof result.typescript, 'string');
  assert.equal(typeof result.javascript, 'string');
  assert.ok(Array.isArray(result.diagnostics));
  for (const d of result.diagnostics) {
    assert.ok(d.range.start.line >= 0 && d.range.start.column >= 0, JSON.stringify(d));
    assert.ok(d.message.length > 0);
  }
}

