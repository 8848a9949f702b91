// The language server's translation cache (server/lsp/translations.ts), in process, with the
// translations counted through the translate function it is given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate, TranslateError, type TranslateOptions } from '../../server/translate/index.js';
import { TranslationCache } from '../../server/lsp/translations.js';

const URI = 'file:///main.go';
const OPTIONS: TranslateOptions = { fileName: 'main.go', language: 'go' };
const FIRST = 'package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 1\n}\n';
const SECOND = 'package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 2\n}\n';

function countingCache(): { cache: TranslationCache; calls: string[] } {
  const calls: string[] = [];
  const cache = new TranslationCache((text, options) => {
    calls.push(text);
    return translate(text, options);
  });
  return { cache, calls };
}

test('an unchanged document is translated once, however often and however concurrently it is asked for', async () => {
  const { cache, calls } = countingCache();
  const [a, b] = await Promise.all([cache.translation(URI, FIRST, OPTIONS), cache.translation(URI, FIRST, OPTIONS)]);
  const c = await cache.translation(URI, FIRST, { ...OPTIONS });
  assert.equal(calls.length, 1);
  assert.equal(a, b);
  assert.equal(a, c);
  assert.deepEqual(a, await translate(FIRST, OPTIONS));
});

test('a changed document gets a new translation, and its old text is not kept', async () => {
  const { cache, calls } = countingCache();
  const first = await cache.translation(URI, FIRST, OPTIONS);
  const second = await cache.translation(URI, SECOND, OPTIONS);
  assert.match(first.typescript, /send\(1\)/);
  assert.match(second.typescript, /send\(2\)/);
  await cache.translation(URI, FIRST, OPTIONS);
  assert.deepEqual(calls, [FIRST, SECOND, FIRST]);
});

test('other options, another document or a forgotten one are translated on their own', async () => {
  const { cache, calls } = countingCache();
  await cache.translation(URI, FIRST, OPTIONS);
  const custom = await cache.translation(URI, FIRST, { ...OPTIONS, runtimeSpecifier: './runtime.js' });
  assert.match(custom.typescript, /'\.\/runtime\.js'/);
  await cache.translation('file:///other.go', FIRST, OPTIONS);
  assert.equal(calls.length, 3);
  await cache.translation(URI, FIRST, OPTIONS);
  assert.equal(calls.length, 3);
  cache.forget(URI);
  await cache.translation(URI, FIRST, OPTIONS);
  cache.clear();
  await cache.translation(URI, FIRST, OPTIONS);
  assert.equal(calls.length, 5);
});

test('a request that fails fails again from the cache without translating again', async () => {
  const { cache, calls } = countingCache();
  const markdown = '# no code here\n';
  const options: TranslateOptions = { fileName: 'lesson.md', block: 1 };
  await assert.rejects(cache.translation('file:///lesson.md', markdown, options), TranslateError);
  await assert.rejects(cache.translation('file:///lesson.md', markdown, options), TranslateError);
  assert.equal(calls.length, 1);
});
