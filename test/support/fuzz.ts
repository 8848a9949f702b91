// What the translators' property tests check on any input: translation returns (no throw, no
// hang) with text output and well-formed diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { transformSync } from 'esbuild';
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
  assertParses(result.typescript, 'ts');
  assertParses(result.javascript, 'js');
  assert.ok(Array.isArray(result.diagnostics));
  for (const d of result.diagnostics) {
    assert.ok(d.range.start.line >= 0 && d.range.start.column >= 0, JSON.stringify(d));
    assert.ok(d.message.length > 0);
  }
}

/** Whatever the input, the output is valid TypeScript or JavaScript (esbuild's parser says). */
export function assertParses(code: string, loader: 'ts' | 'js'): void {
  try {
    transformSync(code, { loader, format: 'esm' });
  } catch (error) {
    assert.fail(
      `the ${loader === 'ts' ? 'TypeScript' : 'JavaScript'} does not parse: ${(error as Error).message}\n${code}`,
    );
  }
}

/**
 * The property tests every translator passes: random token soup, mutated real programs (from
 * `corpusDirs`, files ending in `extension`) and binary junk always give output and
 * well-formed diagnostics, never an exception or a hang.
 */
export function defineFuzzTests(
  language: SourceLanguage,
  tokens: readonly string[],
  corpusDirs: readonly string[],
  extension: string,
): void {
  const name = language === 'go' ? 'Go' : 'Rust';
  const programs = () =>
    corpusDirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(extension))
        .map((f) => readFileSync(join(dir, f), 'utf8')),
    );

  test(`random ${name} token soup always translates to output and diagnostics`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...tokens), { maxLength: 200 }), async (soup) => {
        assertUsable(await translateOrHang(soup.join(' '), language));
      }),
      { numRuns: 300 },
    );
  });

  test(`mutated real ${name} programs always translate to output and diagnostics`, async () => {
    const sources = programs();
    assert.ok(sources.length > 10, `no ${name} programs to mutate`);
    const mutation = fc.record({
      program: fc.nat({ max: sources.length - 1 }),
      at: fc.nat(),
      length: fc.nat({ max: 40 }),
      insert: fc.array(fc.constantFrom(...tokens), { maxLength: 5 }),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ program, at, length, insert }) => {
        const source = sources[program]!;
        const start = at % (source.length + 1);
        assertUsable(
          await translateOrHang(source.slice(0, start) + insert.join(' ') + source.slice(start + length), language),
        );
      }),
      { numRuns: 300 },
    );
  });

  test(`arbitrary unicode and binary junk translates as ${name} without throwing`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 500 }), async (junk) => {
        assertUsable(await translateOrHang(junk, language));
      }),
      { numRuns: 200 },
    );
  });
}
