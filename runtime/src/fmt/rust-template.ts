// Rust's format string syntax, parsed as rustc's format_args! parses it:
//   {[argument][:[[fill]align][sign]['#']['0'][width]['.' precision][type]]}
// with `{{` and `}}` for braces. Errors rustc reports at compile time are thrown here.

import { DEFAULT_SPEC, type Align, type Spec, type Trait } from './rust-spec.js';

/** An argument by position, or by name (a named argument or a captured identifier). */
export type ArgumentRef = number | string;

/** A width or precision: literal, or taken from an argument (`1$`, `name$`, `.*`). */
export type Count = number | { argument: ArgumentRef };

export interface Placeholder extends Omit<Spec, 'width' | 'precision'> {
  argument: ArgumentRef;
  trait: Trait;
  width: Count | undefined;
  precision: Count | undefined;
}

export interface Template {
  pieces: ReadonlyArray<string | Placeholder>;
  /** Every position the template refers to (values, widths and precisions), ascending. */
  positions: readonly number[];
  /** Every name it refers to. */
  names: readonly string[];
  /** How many positions `{}` and `.*` take, counting from 0. */
  implicitCount: number;
}

const DEFAULT_PLACEHOLDER_SPEC: Omit<Placeholder, 'argument'> = { ...DEFAULT_SPEC, trait: 'Display' };

const TRAIT_TYPES = new Map<string, Trait>([
  ['', 'Display'],
  ['o', 'Octal'],
  ['b', 'Binary'],
  ['e', 'LowerExp'],
  ['E', 'UpperExp'],
]);

const IDENTIFIER_START = /[\p{XID_Start}_]/u;
const IDENTIFIER_CONTINUE = /\p{XID_Continue}/u;

// Rust's format strings are literals, so a program uses a fixed set of them.
const cache = new Map<string, Template>();

export function parseTemplate(template: string): Template {
  let parsed = cache.get(template);
  if (parsed === undefined) {
    parsed = new TemplateParser(template).parse();
    cache.set(template, parsed);
  }
  return parsed;
}

export function templateError(template: string, message: string): Error {
  return new Error(`format!(${JSON.stringify(template)}): ${message}`);
}

class TemplateParser {
  private readonly chars: string[];
  private pos = 0;
  private nextImplicit = 0;
  private readonly positions = new Set<number>();
  private readonly names = new Set<string>();

  constructor(private readonly template: string) {
    this.chars = [...template];
  }

  parse(): Template {
    const pieces: Array<string | Placeholder> = [];
    let literal = '';
    while (this.pos < this.chars.length) {
      const ch = this.chars[this.pos++];
      if (ch === '{' && !this.eat('{')) {
        if (literal !== '') pieces.push(literal);
        literal = '';
        pieces.push(this.placeholder());
      } else if (ch === '}' && !this.eat('}')) {
        throw this.error('invalid format string: unmatched `}` found');
      } else {
        literal += ch;
      }
    }
    if (literal !== '') pieces.push(literal);
    return {
      pieces,
      positions: [...this.positions].sort((a, b) => a - b),
      names: [...this.names],
      implicitCount: this.nextImplicit,
    };
  }

  private placeholder(): Placeholder {
    const explicit = this.argumentRef();
    const spec = this.eat(':') ? this.formatSpec() : { ...DEFAULT_PLACEHOLDER_SPEC };
    if (!this.eat('}')) {
      const found = this.peek();
      throw this.error(
        found === undefined
          ? 'invalid format string: expected `}` but string was terminated'
          : `invalid format string: expected \`}\`, found \`${found}\``,
      );
    }
    // after the spec: a `.*` precision takes the next implicit position first
    const argument = this.used(explicit ?? this.nextImplicit++);
    return { ...spec, argument };
  }

  private formatSpec(): Omit<Placeholder, 'argument'> {
    const spec = { ...DEFAULT_PLACEHOLDER_SPEC };
    if (alignOf(this.peek(1)) !== undefined) spec.fill = this.chars[this.pos++];
    const align = alignOf(this.peek());
    if (align !== undefined) {
      spec.align = align;
      this.pos++;
    }
    if (this.eat('+')) spec.plus = true;
    else this.eat('-');
    spec.alternate = this.eat('#');
    if (this.peek() === '0' && this.peek(1) === '$') {
      this.pos += 2;
      spec.width = { argument: this.used(0) };
    } else {
      spec.zeroPad = this.eat('0');
      spec.width = this.count();
    }
    if (this.eat('.')) spec.precision = this.eat('*') ? { argument: this.used(this.nextImplicit++) } : this.precision();
    this.formatType(spec);
    return spec;
  }

  private precision(): Count {
    const count = this.count();
    if (count === undefined) throw this.error('invalid format string: expected a precision after `.`');
    return count;
  }

  private formatType(spec: Omit<Placeholder, 'argument'>): void {
    for (const [letter, hex] of [
      ['x', 'lower'],
      ['X', 'upper'],
    ] as const) {
      if (!this.eat(letter)) continue;
      if (this.eat('?')) [spec.trait, spec.debugHex] = ['Debug', hex];
      else spec.trait = hex === 'lower' ? 'LowerHex' : 'UpperHex';
      return;
    }
    if (this.eat('?')) {
      spec.trait = 'Debug';
      return;
    }
    const word = this.identifier() ?? '';
    const trait = TRAIT_TYPES.get(word);
    if (trait === undefined) {
      throw this.error(
        word === 'p'
          ? '`{:p}` prints an address, which a translated program does not have'
          : `unknown format trait \`${word}\``,
      );
    }
    spec.trait = trait;
  }

  /** `12`, `12$`, `name$`; a word without `$` is the type, so it is left unread. */
  private count(): Count | undefined {
    const start = this.pos;
    const n = this.integer();
    if (n !== undefined) return this.eat('$') ? { argument: this.used(n) } : n;
    const name = this.identifier();
    if (name !== undefined && this.eat('$')) return { argument: this.used(name) };
    this.pos = start;
    return undefined;
  }

  private argumentRef(): ArgumentRef | undefined {
    return this.integer() ?? this.identifier();
  }

  private integer(): number | undefined {
    let digits = '';
    while (/^[0-9]$/.test(this.peek() ?? '')) digits += this.chars[this.pos++];
    return digits === '' ? undefined : Number(digits);
  }

  private identifier(): string | undefined {
    if (!IDENTIFIER_START.test(this.peek() ?? '')) return undefined;
    let word = this.chars[this.pos++];
    while (IDENTIFIER_CONTINUE.test(this.peek() ?? '')) word += this.chars[this.pos++];
    return word;
  }

  private used<R extends ArgumentRef>(ref: R): R {
    if (typeof ref === 'number') this.positions.add(ref);
    else this.names.add(ref);
    return ref;
  }

  private peek(ahead = 0): string | undefined {
    return this.chars[this.pos + ahead];
  }

  private eat(ch: string): boolean {
    if (this.chars[this.pos] !== ch) return false;
    this.pos++;
    return true;
  }

  private error(message: string): Error {
    return templateError(this.template, message);
  }
}

function alignOf(ch: string | undefined): Align | undefined {
  switch (ch) {
    case '<':
      return 'left';
    case '>':
      return 'right';
    case '^':
      return 'center';
    default:
      return undefined;
  }
}
