// What a user's `impl Display` sees as its `f: &mut Formatter`: the placeholder's flags, which
// its `fmt` may read (`f.precision()`) to format itself.
import { DEFAULT_SPEC, type Spec } from './rust-spec.js';

export class Formatter {
  static readonly plain = new Formatter(DEFAULT_SPEC);
  constructor(private readonly spec: Spec) {}
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
}
