/**
 * Rust programs for a bench suite, built with cargo against Debian's Tokio
 * (test/support/cargo-toolchain.ts: offline, `--release`, the compiled crates cached in the os
 * tmpdir). A missing cargo or a failed build is one line on stderr and null: the bench is not
 * a test.
 */
import { buildRustPrograms, findCargo, type RustBuild, type RustProgram } from '../test/support/cargo-toolchain.js';

export interface BenchRustBuild {
  built: RustBuild;
  /** e.g. "Tokio 1.24.2, cargo 1.95.0 (...)" */
  version: string;
}

/** Why there is no Rust build, when findCargo finds none. */
export const CARGO_NOT_FOUND = "cargo with Debian's Tokio not found (apt-get install librust-tokio-dev)";

/** `what` names the programs in the log ("bench/tokio/native"), `rows` the rows that will be missing without them. */
export async function buildBenchRust(
  what: string,
  rows: string,
  programs: readonly RustProgram[],
  log: (text: string) => void,
): Promise<BenchRustBuild | null> {
  const cargo = findCargo();
  if (cargo === null) {
    log(`bench: ${CARGO_NOT_FOUND}; no ${rows}`);
    return null;
  }
  try {
    log(
      `bench: building ${what} with ${cargo.version}, Tokio ${cargo.tokioVersion} (the first build on a machine compiles Tokio: up to a minute)`,
    );
    const built = await buildRustPrograms(cargo, programs);
    return { built, version: `Tokio ${cargo.tokioVersion}, ${cargo.version}` };
  } catch (error) {
    log(`bench: building ${what} failed; no ${rows}: ${(error as Error).message.split('\n').slice(0, 20).join('\n')}`);
    return null;
  }
}
