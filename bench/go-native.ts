/** Builds bench/go into a temporary directory and runs it twice: GOMAXPROCS=1, then the default. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Row } from './report.js';

const GO_DIR = join(dirname(fileURLToPath(import.meta.url)), 'go');
const KNOWN_GO_BINS = ['/usr/lib/go-1.23/bin', '/usr/local/go/bin'];

export const GO_IMPLS = [
  { name: 'go-native-maxprocs1', description: 'native Go 1.23 (bench/go), GOMAXPROCS=1', env: { GOMAXPROCS: '1' } },
  {
    name: 'go-native',
    description: 'native Go 1.23 (bench/go), default GOMAXPROCS',
    env: {} as Record<string, string>,
  },
] as const;

function findGo(): { path: string; env: NodeJS.ProcessEnv } | null {
  const env: NodeJS.ProcessEnv = { ...process.env, GOTOOLCHAIN: 'local' };
  for (const dir of ['', ...KNOWN_GO_BINS]) {
    const bin = dir === '' ? 'go' : join(dir, 'go');
    if (dir !== '' && !existsSync(bin)) continue;
    const probe = spawnSync(bin, ['version'], { env, encoding: 'utf8' });
    if (probe.status === 0) {
      if (dir !== '') env.PATH = `${dir}${delimiter}${env.PATH ?? ''}`;
      return { path: bin, env };
    }
  }
  return null;
}

/**
 * The go-native rows for the chosen scenarios, or none (with a line on stderr) when Go is
 * missing or fails: the bench is not a test.
 */
export function runGoNative(
  scenarioIds: readonly string[],
  implNames: readonly string[],
  quick: boolean,
  runs: number,
): Row[] {
  if (scenarioIds.length === 0 || implNames.length === 0) return [];
  const go = findGo();
  if (go === null) {
    process.stderr.write(`bench: Go not found (on PATH or in ${KNOWN_GO_BINS.join(', ')}); no go-native rows\n`);
    return [];
  }
  const out = mkdtempSync(join(tmpdir(), 'chan2ts-bench-go-'));
  try {
    const exe = join(out, 'runtime-bench');
    const build = spawnSync(go.path, ['build', '-o', exe, '.'], { cwd: GO_DIR, env: go.env, encoding: 'utf8' });
    if (build.status !== 0) {
      process.stderr.write(`bench: go build failed; no go-native rows\n${build.stderr}`);
      return [];
    }
    const rows: Row[] = [];
    for (const impl of GO_IMPLS) {
      if (!implNames.includes(impl.name)) continue;
      process.stderr.write(`bench: running ${impl.name}\n`);
      const args = ['-impl', impl.name, '-scenarios', scenarioIds.join(','), '-runs', String(runs)];
      if (quick) args.push('-quick');
      const env = { ...go.env, ...impl.env };
      if (!('GOMAXPROCS' in impl.env)) delete env.GOMAXPROCS;
      const run = spawnSync(exe, args, {
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 24,
      });
      if (run.status !== 0) {
        process.stderr.write(`bench: ${impl.name} exited with ${run.status}; its rows are missing\n`);
        continue;
      }
      const doc = JSON.parse(run.stdout) as { results: Row[] };
      rows.push(...doc.results);
    }
    return rows;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
