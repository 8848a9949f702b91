// Bundles the e2e suite (test/e2e/suite/index.ts) into one CommonJS file for VS Code's
// extension host; 'vscode' is the host's and mocha loads from node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const suiteBundle = fileURLToPath(new URL('./artifacts/build/suite.js', import.meta.url));

export async function buildSuite() {
  await build({
    entryPoints: [fileURLToPath(new URL('./suite/index.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: suiteBundle,
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return suiteBundle;
}
