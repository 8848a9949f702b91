// `npm run package`: builds, then writes chan2ts-<version>.vsix with @vscode/vsce. The bundles
// carry their dependencies, so vsce adds no node_modules; .vscodeignore is the allow-list.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const vsix = `chan2ts-${version}.vsix`;

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
execFileSync(
  process.execPath,
  // README images stay relative: they show on GitHub, and the VSIX has no repository URL.
  [
    require.resolve('@vscode/vsce/vsce'),
    'package',
    '--no-dependencies',
    '--no-rewrite-relative-links',
    '--allow-missing-repository',
    '--out',
    vsix,
  ],
  { stdio: 'inherit' },
);
console.log(`${vsix}: ${(statSync(vsix).size / 1024).toFixed(0)} KiB`);
