// Builds everything into dist folders: the runtime package (ESM, CJS, .d.ts).
// Later stages (extension, server, cli, grammars) add their entries here.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const runtimeEntries = { go: 'runtime/src/go/index.ts' };

async function buildRuntime() {
  rmSync('runtime/dist', { recursive: true, force: true });
  const common = { entryPoints: runtimeEntries, bundle: true, platform: 'neutral', target: 'es2022', sourcemap: true, logLevel: 'warning' };
  await build({ ...common, format: 'esm', outdir: 'runtime/dist/esm' });
  await build({ ...common, format: 'cjs', outdir: 'runtime/dist/cjs', outExtension: { '.js': '.cjs' } });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'runtime/tsconfig.json'], { stdio: 'inherit' });
}

await buildRuntime();
