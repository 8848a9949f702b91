/**
 * `std::process::ExitCode`: what `fn main() -> ExitCode` returns, the process's exit status.
 * `ExitCode::from(n)` takes a u8.
 */
export class ExitCode {
  static readonly SUCCESS = new ExitCode(0);
  static readonly FAILURE = new ExitCode(1);

  private constructor(readonly code: number) {}

  static from(code: number): ExitCode {
    return new ExitCode(code & 0xff);
  }
}
