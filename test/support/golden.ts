// Golden tests of the translators: the lines a construct must translate to, in order.
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { translate, type SourceLanguage } from '../../server/translate/index.js';

/** Translates `source` and checks that each expected line appears in the TypeScript, in order; returns the TypeScript. */
export async function expectTranslation(
  language: SourceLanguage,
  source: string,
  expected: string[],
  fileName?: string,
): Promise<string> {
  // scripts/translation-snapshot.mjs collects the inputs of the golden tests this way.
  const record = process.env['CHAN2TS_RECORD_INPUTS'];
  if (record) appendFileSync(record, JSON.stringify({ language, source, fileName }) + '\n');
  const { typescript } = await translate(source, { language, fileName });
  const lines = typescript.split('\n').map((l) => l.trim());
  let at = 0;
  for (const want of expected) {
    const found = lines.indexOf(want, at);
    assert.ok(found >= 0, `expected line ${JSON.stringify(want)} (in order) in:\n${typescript}`);
    at = found + 1;
  }
  return typescript;
}
