/**
 * Native Tokio: bench/tokio/native/main.rs, built once per bench run with cargo against
 * Debian's Tokio (test/support/cargo-toolchain.ts: offline, the crates of
 * /usr/share/cargo/registry, `--release`, the compiled crates cached in the os tmpdir), then
 * run once per scenario and round with `--runs 1`, so that its runs interleave with ours.
 */
import { fileURLToPath } from 'node:url';
import { buildBenchRust } from '../cargo-build.js';
import type { Row } from '../report.js';

const MAIN_RS = fileURLToPath(new URL('native/main.rs', import.meta.url));
const PROGRAM = 'chan2ts_tokio_bench';

export const TOKIO_NATIVE_IMPLS = [
  {
    name: 'tokio-native-current-thread',
    flavor: 'current_thread',
    description:
      'native Tokio (bench/tokio/native/main.rs, cargo --release), #[tokio::main(flavor = "current_thread")]',
  },
  {
    name: 'tokio-native-multi-thread',
    flavor: 'multi_thread',
    description: 'native Tokio, the default #[tokio::main] (multi_thread, one worker per CPU)',
  },
] as const;

export interface TokioNative {
  /** e.g. "Tokio 1.24.2, cargo 1.95.0 (...)" */
  version: string;
  /** One timed run (after two warm-up runs of warmupN) in a fresh process: its ops/s. */
  run(flavor: string, scenario: string, n: number, warmupN: number, timeoutMs: number): Promise<number>;
  cleanup(): Promise<void>;
}

/** Builds the native program, or gives null with one line on stderr when cargo or Tokio is missing or the build fails. */
export async function buildTokioNative(log: (text: string) => void): Promise<TokioNative | null> {
  const build = await buildBenchRust(
    'bench/tokio/native',
    'tokio-native rows',
    [{ name: PROGRAM, file: MAIN_RS }],
    log,
  );
  if (build === null) return null;
  const { built, version } = build;
  return {
    version,
    async run(flavor, scenario, n, warmupN, timeoutMs) {
      const args = [
        '--flavor',
        flavor,
        '--scenarios',
        scenario,
        '--n',
        String(n),
        '--warmup-n',
        String(warmupN),
        '--runs',
        '1',
      ];
      const result = await built.run(PROGRAM, { args, timeoutMs });
      if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr.trim()}`);
      const doc = JSON.parse(result.stdout) as { results: Row[] };
      const row = doc.results.find((r) => r.scenario === scenario);
      if (row?.opsPerSec === undefined) throw new Error(`no row for ${scenario} in ${result.stdout.trim()}`);
      return row.opsPerSec;
    },
    cleanup: () => built.cleanup(),
  };
}
