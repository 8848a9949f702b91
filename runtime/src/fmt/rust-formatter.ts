// What a user's `impl Display` sees as its `f: &mut Formatter`: the placeholder's flags, which
// its `fmt` may read (`f.precision()`) to format itself.
import { pad, padIntegral } from './rust-pad.js';
import { DEFAULT_SPEC, type Spec } from './rust-spec.js';

export class Formatter {
  static readonly plain = new Formatter(DEFAULT_SPEC);
  /** The placeholder's flags, which `self.0.fmt(f)` passes on (see formatThrough). */
  constructor(readonly spec: Spec) {}
  precision(): number | undefined {
    return this.spec.precision;
  }
  width(): number | undefined {
    return this.spec.width;
  }
  alternate(): boolean {
    return this.spec.alternate;
  }
  signPlus(): boolean {
    return this.spec.plus;
  }
  fill(): string {
    return this.spec.fill;
  }
  /** `f.pad(s)`: `s` cut to the precision, then padded to the width with the fill and alignment. */
  pad(s: string): string {
    return pad(s, this.spec);
  }
  /** `f.pad_integral(is_nonneg, "0x", digits)`: the sign, the prefix under `#`, zero-padding under `0`. */
  padIntegral(nonNegative: boolean, prefix: string, digits: string): string {
    return padIntegral(nonNegative, prefix, digits, this.spec);
  }
}
