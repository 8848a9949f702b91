// A placeholder's format spec once its width and precision are known: what Rust's
// `Formatter` carries into every `fmt` call, nested ones included.

/** The formatting trait a placeholder asks for: `{}` Display, `{:?}` Debug, `{:x}` LowerHex, ... */
export type Trait = 'Display' | 'Debug' | 'LowerHex' | 'UpperHex' | 'Octal' | 'Binary' | 'LowerExp' | 'UpperExp';

export type Align = 'left' | 'right' | 'center';

export interface Spec {
  fill: string;
  align: Align | undefined;
  /** `+` */
  plus: boolean;
  /** `#`: pretty Debug, and the 0x / 0o / 0b prefixes */
  alternate: boolean;
  /** `0`: pad numbers with zeros after the sign */
  zeroPad: boolean;
  width: number | undefined;
  precision: number | undefined;
  /** `{:x?}` and `{:X?}`: integers inside Debug output in hexadecimal */
  debugHex: 'lower' | 'upper' | undefined;
}

export const DEFAULT_SPEC: Spec = {
  fill: ' ',
  align: undefined,
  plus: false,
  alternate: false,
  zeroPad: false,
  width: undefined,
  precision: undefined,
  debugHex: undefined,
};
