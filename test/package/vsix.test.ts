// The extension as published: `npm run package` (vsce, no --allow-* flags) writes a VSIX whose
// README is the users', whose walkthrough and README images are inside it, which carries the
// runtime once, and nothing of the developers' (sources, tests, maps, node_modules).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, runProcess } from '../support/run-ts-program.js';

interface Manifest {
  categories: string[];
  contributes: {
    keybindings: { key: string; mac?: string }[];
    walkthroughs: { steps: { media: { image?: string; markdown?: string } }[] }[];
  };
}

let workDir = '';
let files = new Set<string>();

/** The text of one file of the VSIX (a zip), read with Python's zipfile: no zip library needed. */
async function readEntry(vsix: string, name: string): Promise<string> {
  const script = 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())';
  const result = await runProcess('python3', ['-c', script, vsix, name]);
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

let vsix = '';
before(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'chan2ts-vsix-'));
  vsix = join(workDir, 'chan2ts.vsix');
  const packaged = await runProcess(process.execPath, ['scripts/package.mjs', vsix], {
    cwd: PROJECT_ROOT,
    timeoutMs: 300_000,
  });
  assert.equal(packaged.code, 0, `npm run package failed:\n${packaged.stdout}${packaged.stderr}`);
  const listing = await runProcess('python3', [
    '-c',
    'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))',
    vsix,
  ]);
  assert.equal(listing.code, 0, listing.stderr);
  files = new Set(listing.stdout.trim().split('\n'));
});

after(async () => {
  if (workDir !== '') await rm(workDir, { recursive: true, force: true });
});

test('vsix_readme_is_the_users_readme', async () => {
  const readme = await readEntry(vsix, 'extension/readme.md');
  assert.equal(readme, readFileSync(join(PROJECT_ROOT, 'extension', 'README.vsix.md'), 'utf8'));
  assert.ok(files.has('extension/changelog.md'), 'the VSIX has no CHANGELOG');
});

test('every_image_the_readme_shows_is_in_the_vsix', async () => {
  const readme = await readEntry(vsix, 'extension/readme.md');
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
  assert.ok(images.length > 0, 'the README shows no screenshot');
  for (const image of images) assert.ok(files.has(`extension/${image}`), `${image} is not in the VSIX`);
});

test('every_walkthrough_step_has_its_media_in_the_vsix', async () => {
  const manifest = JSON.parse(await readEntry(vsix, 'extension/package.json')) as Manifest;
  const steps = manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);
  assert.ok(steps.length >= 4, 'the walkthrough has fewer than 4 steps');
  for (const { media } of steps) {
    const path = media.image ?? media.markdown;
    assert.ok(path && files.has(`extension/${path}`), `${path} is not in the VSIX`);
  }
  assert.ok(files.has('extension/dist/walkthrough/lesson.md'), 'the sample lesson is not in the VSIX');
});

test('vsix_carries_the_runtime_once_and_nothing_of_the_developers', () => {
  const runtimeCopies = [...files].filter((file) => /\/(go|tokio)\.js$/.test(file) && file.includes('/esm/'));
  assert.deepEqual(runtimeCopies.sort(), [
    'extension/dist/runtime-package/dist/esm/go.js',
    'extension/dist/runtime-package/dist/esm/tokio.js',
  ]);
  const stray = [...files].filter((file) =>
    /node_modules\/|\.map$|^extension\/(server|test|runtime\/src|scripts)\//.test(file),
  );
  assert.deepEqual(stray, []);
});

test('keybindings_type_nothing_on_any_keyboard_layout', async () => {
  // Ctrl+Alt is AltGr on many layouts, where it types a character: chords start with Ctrl+K instead.
  const manifest = JSON.parse(await readEntry(vsix, 'extension/package.json')) as Manifest;
  for (const { key, mac } of manifest.contributes.keybindings) {
    assert.doesNotMatch(key, /ctrl\+alt|alt\+ctrl/, key);
    assert.match(key, /^ctrl\+k /, key);
    if (mac) assert.match(mac, /^cmd\+k /, mac);
  }
  assert.ok(!manifest.categories.includes('Debuggers'), 'the Debuggers category needs a debugger contribution');
});
