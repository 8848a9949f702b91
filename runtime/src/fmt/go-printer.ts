// Go's fmt.pp: chooses how each operand prints (by kind, methods and verb) and parses Printf formats.

import { Formatter } from './go-format.js';
import { sortedEntries } from './go-sort.js';
import { isNilSlice } from './nil-slices.js';
import { runesOf, runesToString, utf8Decode, utf8Encode } from './go-text.js';
import {
  addressOf,
  asGoElements,
  boxedBasicType,
  errorMethod,
  Float64,
  formatMethod,
  goStringMethod,
  HEAP_ADDRESS,
  isExported,
  isIntegral,
  isPointerTyped,
  isUnsigned,
  kindOf,
  Named,
  Typed,
  isRef,
  stringMethod,
  structFields,
  typeName,
  type ComplexParts,
  type GoInt,
  type Kind,
  type Method,
  Pointer,
} from './go-values.js';

/** Verbs that print an integral JS number as a float64 rather than as an int. */
const FLOAT_VERBS = 'eEfFgG';
/** Verbs that print a complex number, part by part. */
const COMPLEX_VERBS = 'vbgGxXfFeE';
/** Verbs for which an error's Error() or a Stringer's String() stands in for the value. */
const STRING_VERBS = 'vsxXq';
/** Widths and precisions above this are typos, as in Go. */
const MAX_NUMBER = 1e6;

/**
 * fmt.State, what a Formatter's Format method gets: the directive's width, precision and
 * flags, and the output to write to (a Writer for fmt.Fprint*).
 */
export interface State {
  width(): [number, boolean];
  precision(): [number, boolean];
  flag(c: number): boolean;
  write(b: Uint8Array | number[]): [number, null];
  writeString(s: string): [number, null];
}

export class Printer implements State {
  private readonly fmt = new Formatter();
  /** Printing a bad verb's operand: methods are not called again. */
  private erroring = false;
  /** Printing a panic from an Error or String method. */
  private panicking = false;
  // Printf's progress through its operands.
  private argNum = 0;
  /** The last item parsed was an operand index like [3]. */
  private afterIndex = false;
  /** An operand index was used: operands may be taken out of order. */
  private reordered = false;
  private goodArgNum = true;
  /** The slices, maps and structs being printed: one met again is inside itself. */
  private readonly printing = new Set<object>();
  /** Operand indexes of %w verbs, in format order. */
  readonly wrappedArgs: number[] = [];

  /** wrapErrors: Errorf's mode, in which %w prints an error operand as %v does. */
  constructor(private readonly wrapErrors = false) {}

  get output(): string {
    return this.fmt.out;
  }

  width(): [number, boolean] {
    return [this.fmt.flags.wid, this.fmt.flags.widPresent];
  }

  precision(): [number, boolean] {
    return [this.fmt.flags.prec, this.fmt.flags.precPresent];
  }

  /** Whether the directive has the flag (a rune): + and # also as %+v and %#v have them. */
  flag(c: number): boolean {
    const f = this.fmt.flags;
    switch (String.fromCodePoint(c)) {
      case '-':
        return f.minus;
      case '+':
        return f.plus || f.plusV;
      case '#':
        return f.sharp || f.sharpV;
      case ' ':
        return f.space;
      case '0':
        return f.zero;
      default:
        return false;
    }
  }

  write(b: Uint8Array | number[]): [number, null] {
    this.fmt.write(runesToString(utf8Decode(Uint8Array.from(b))));
    return [b.length, null];
  }

  writeString(s: string): [number, null] {
    this.fmt.write(s);
    return [utf8Encode(s).length, null];
  }

  /** Print: a space between operands when neither side is a string. */
  doPrint(args: readonly unknown[]): void {
    let previousIsString = false;
    args.forEach((arg, i) => {
      const isString = typeof (arg instanceof Typed || arg instanceof Named ? arg.value : arg) === 'string';
      if (i > 0 && !isString && !previousIsString) this.fmt.write(' ');
      this.printArg(arg, 'v');
      previousIsString = isString;
    });
  }

  /** Println: a space between all operands, then a newline. */
  doPrintln(args: readonly unknown[]): void {
    args.forEach((arg, i) => {
      if (i > 0) this.fmt.write(' ');
      this.printArg(arg, 'v');
    });
    this.fmt.write('\n');
  }

  doPrintf(format: string, args: readonly unknown[]): void {
    this.argNum = 0;
    this.afterIndex = false;
    this.reordered = false;
    for (let i = 0; i < format.length;) {
      const percent = format.indexOf('%', i);
      this.fmt.write(format.slice(i, percent < 0 ? format.length : percent));
      if (percent < 0) break;
      i = this.printDirective(format, percent + 1, args);
    }
    // Operands taken out of order may be left unused on purpose; Go reports extras only otherwise.
    if (!this.reordered && this.argNum < args.length) this.printExtra(args.slice(this.argNum));
  }

  /** The directive after a %: flags, [index], width, .precision, verb. Returns where the format goes on. */
  private printDirective(format: string, i: number, args: readonly unknown[]): number {
    this.goodArgNum = true;
    this.fmt.clearFlags();
    i = this.parseFlags(format, i);
    i = this.parseArgIndex(format, i, args.length);
    i = this.parseWidth(format, i, args);
    i = this.parsePrecision(format, i, args);
    if (!this.afterIndex) i = this.parseArgIndex(format, i, args.length);
    if (i >= format.length) {
      this.fmt.write('%!(NOVERB)');
      return format.length;
    }
    const verb = String.fromCodePoint(format.codePointAt(i)!);
    this.printVerb(verb, args);
    return i + verb.length;
  }

  private parseFlags(format: string, i: number): number {
    const f = this.fmt.flags;
    for (; i < format.length; i++) {
      switch (format[i]) {
        case '#':
          f.sharp = true;
          break;
        case '0':
          f.zero = true;
          break;
        case '+':
          f.plus = true;
          break;
        case '-':
          f.minus = true;
          break;
        case ' ':
          f.space = true;
          break;
        default:
          return i;
      }
    }
    return i;
  }

  /** An explicit operand index like [2] at format[i] selects the next operand. */
  private parseArgIndex(format: string, i: number, numArgs: number): number {
    this.afterIndex = false;
    if (format[i] !== '[') return i;
    this.reordered = true;
    const [index, width, ok] = parseBracketedIndex(format, i);
    this.afterIndex = ok;
    if (ok && index >= 0 && index < numArgs) this.argNum = index;
    else this.goodArgNum = false;
    return i + width;
  }

  private parseWidth(format: string, i: number, args: readonly unknown[]): number {
    const f = this.fmt.flags;
    if (format[i] !== '*') {
      [f.wid, f.widPresent, i] = parseNumber(format, i, format.length);
      if (this.afterIndex && f.widPresent) this.goodArgNum = false; // "%[3]2d"
      return i;
    }
    [f.wid, f.widPresent] = this.intFromArg(args);
    if (!f.widPresent) this.fmt.write('%!(BADWIDTH)');
    if (f.wid < 0) {
      f.wid = -f.wid;
      f.minus = true;
      f.zero = false;
    }
    this.afterIndex = false;
    return i + 1;
  }

  private parsePrecision(format: string, i: number, args: readonly unknown[]): number {
    const f = this.fmt.flags;
    if (i + 1 >= format.length || format[i] !== '.') return i;
    if (this.afterIndex) this.goodArgNum = false; // "%[3].2d"
    i = this.parseArgIndex(format, i + 1, args.length);
    if (format[i] !== '*') {
      [f.prec, f.precPresent, i] = parseNumber(format, i, format.length);
      if (!f.precPresent) [f.prec, f.precPresent] = [0, true];
      return i;
    }
    [f.prec, f.precPresent] = this.intFromArg(args);
    if (f.prec < 0) [f.prec, f.precPresent] = [0, false];
    if (!f.precPresent) this.fmt.write('%!(BADPREC)');
    this.afterIndex = false;
    return i + 1;
  }

  /** A * width or precision: the operand's value, and whether it is an int of sensible size. */
  private intFromArg(args: readonly unknown[]): [number, boolean] {
    if (this.argNum >= args.length) return [0, false];
    const arg = args[this.argNum++];
    const isInt = typeof arg === 'bigint' || (typeof arg === 'number' && isIntegral(arg));
    const num = isInt ? Number(arg) : 0;
    return tooLarge(num) ? [0, false] : [num, isInt];
  }

  private printVerb(verb: string, args: readonly unknown[]): void {
    const f = this.fmt.flags;
    if (verb === '%') {
      this.fmt.write('%'); // takes no operand and ignores width and precision
    } else if (!this.goodArgNum) {
      this.fmt.write(`%!${verb}(BADINDEX)`);
    } else if (this.argNum >= args.length) {
      this.fmt.write(`%!${verb}(MISSING)`);
    } else {
      if (verb === 'w') this.wrappedArgs.push(this.argNum);
      if (verb === 'v' || verb === 'w') {
        [f.sharpV, f.sharp] = [f.sharp, false];
        [f.plusV, f.plus] = [f.plus, false];
      }
      this.printArg(args[this.argNum++], verb);
    }
  }

  private printExtra(extra: readonly unknown[]): void {
    this.fmt.clearFlags();
    this.fmt.write('%!(EXTRA ');
    extra.forEach((arg, i) => {
      if (i > 0) this.fmt.write(', ');
      if (arg === null || arg === undefined) {
        this.fmt.write('<nil>');
      } else {
        this.fmt.write(typeName(arg) + '=');
        this.printArg(arg, 'v');
      }
    });
    this.fmt.write(')');
  }

  /** One top-level operand. */
  private printArg(arg: unknown, verb: string): void {
    if (arg instanceof Typed) {
      if (verb === 'T') {
        this.fmt.fmtS(arg.goType);
        return;
      }
      arg = arg.printable();
    }
    if (isRef(arg) && verb !== 'T') arg = new Pointer(arg as object);
    if (arg === null || arg === undefined) {
      if (verb === 'T' || verb === 'v') this.fmt.pad('<nil>');
      else this.badVerb(verb, arg);
      return;
    }
    if (verb === 'T') {
      this.fmt.fmtS(typeName(arg));
      return;
    }
    const kind = kindFor(arg, verb);
    if (verb === 'p') this.fmtPointer(arg, kind, verb);
    else if (!mayHaveMethods(kind) || !this.handleMethods(arg as object, verb)) this.printValue(arg, verb, 0, true);
  }

  /**
   * A value at any depth. canInterface is false below an unexported field: Go calls no
   * Error or String method there.
   */
  private printValue(value: unknown, verb: string, depth: number, canInterface: boolean): void {
    if (value instanceof Named) {
      if (depth > 0 && canInterface && this.handleMethods(value, verb)) return;
      // A float64 box holds a plain number, which alone would print as an int when whole.
      const float = typeof value.value === 'number' && boxedBasicType(value).startsWith('float');
      return this.printValue(float ? new Float64(value.value as number) : value.value, verb, depth, canInterface);
    }
    const kind = kindFor(value, verb);
    if (depth > 0 && canInterface && mayHaveMethods(kind) && this.handleMethods(value as object, verb)) return;
    switch (kind) {
      case 'nil':
        return this.fmt.write(this.fmt.flags.sharpV ? 'interface {}(nil)' : '<nil>');
      case 'bool':
        return this.fmtBool(value as boolean, verb);
      case 'int':
        return this.fmtInteger(value as GoInt, verb);
      case 'float':
        return this.fmtFloat(value instanceof Float64 ? value.value : (value as number), verb);
      case 'complex':
        return this.fmtComplex(value as ComplexParts, verb);
      case 'string':
        return this.fmtString(value as string, verb);
      case 'bytes':
        return this.fmtBytes(value as Uint8Array, verb, depth === 0 ? '[]byte' : '[]uint8');
      case 'slice':
        return this.printSlice(value as unknown[], verb, depth, canInterface);
      case 'map':
        return this.printMap(value as Map<unknown, unknown>, verb, depth, canInterface);
      case 'struct':
        return isPointerTyped(value as object)
          ? this.printPointer(value as object, value as object, verb, depth, canInterface)
          : this.printStruct(value as object, verb, depth, canInterface);
      case 'pointer':
        return this.printPointer(value as Pointer, (value as Pointer).target, verb, depth, canInterface);
      case 'chan':
      case 'func':
        return this.fmtPointer(value, kind, verb);
    }
  }

  /** Error() or String() for the verbs that print text; GoString() for %#v. */
  private handleMethods(value: object, verb: string): boolean {
    if (this.erroring) return false;
    if (verb === 'w') {
      if (!this.wrapErrors || !errorMethod(value)) {
        this.badVerb(verb, value);
        return true;
      }
      verb = 'v';
    }
    const format = formatMethod(value);
    if (format) {
      try {
        format(this, verb.codePointAt(0)!);
      } catch (thrown) {
        this.printMethodPanic(thrown, 'Format', verb);
      }
      return true;
    }
    if (this.fmt.flags.sharpV) {
      const goString = goStringMethod(value);
      if (goString) this.callMethod(goString, 'GoString', verb, (s) => this.fmt.fmtS(s));
      return goString !== undefined;
    }
    if (!STRING_VERBS.includes(verb)) return false;
    const error = errorMethod(value);
    if (error) {
      this.callMethod(error, 'Error', verb, (s) => this.fmtString(s, verb));
      return true;
    }
    const string = stringMethod(value);
    if (string) this.callMethod(string, 'String', verb, (s) => this.fmtString(s, verb));
    return string !== undefined;
  }

  private callMethod(method: Method, name: string, verb: string, print: (text: string) => void): void {
    let text: string;
    try {
      text = String(method());
    } catch (thrown) {
      this.printMethodPanic(thrown, name, verb);
      return;
    }
    print(text);
  }

  /** %!v(PANIC=String method: ...), as Go's catchPanic prints a method that panicked. */
  private printMethodPanic(thrown: unknown, name: string, verb: string): void {
    if (this.panicking) throw thrown; // printing the panic value panicked too
    const flags = this.fmt.flags;
    this.fmt.clearFlags();
    this.fmt.write(`%!${verb}(PANIC=${name} method: `);
    this.panicking = true;
    this.printArg(thrown, 'v');
    this.panicking = false;
    this.fmt.write(')');
    this.fmt.flags = flags;
  }

  /** %!verb(type=value): the operand printed plainly with %v. */
  private badVerb(verb: string, value: unknown, goType?: string): void {
    this.erroring = true;
    this.fmt.write(`%!${verb}(`);
    if (value === null || value === undefined) {
      this.fmt.write('<nil>');
    } else {
      this.fmt.write((goType ?? typeName(value)) + '=');
      this.printValue(value, 'v', 0, true);
    }
    this.fmt.write(')');
    this.erroring = false;
  }

  private fmtBool(v: boolean, verb: string): void {
    if (verb === 't' || verb === 'v') this.fmt.fmtBoolean(v);
    else this.badVerb(verb, v);
  }

  /** byteElement: an element of a []byte, which is a uint8. */
  private fmtInteger(v: GoInt, verb: string, byteElement = false): void {
    const signed = !byteElement && !isUnsigned(v);
    switch (verb) {
      case 'v':
        if (this.fmt.flags.sharpV && !signed) this.fmt0x64(v, true);
        else this.fmt.fmtInteger(v, signed, 10, verb);
        return;
      case 'd':
        return this.fmt.fmtInteger(v, signed, 10, verb);
      case 'b':
        return this.fmt.fmtInteger(v, signed, 2, verb);
      case 'o':
      case 'O':
        return this.fmt.fmtInteger(v, signed, 8, verb);
      case 'x':
      case 'X':
        return this.fmt.fmtInteger(v, signed, 16, verb, verb === 'X');
      case 'c':
        return this.fmt.fmtC(Number(v));
      case 'q':
        return this.fmt.fmtQc(Number(v));
      case 'U':
        return this.fmt.fmtUnicode(asUint64(v));
      default:
        return this.badVerb(verb, v, byteElement ? 'uint8' : undefined);
    }
  }

  /** Hexadecimal with or without 0x, whatever the sharp flag says. */
  private fmt0x64(v: GoInt, leading0x: boolean): void {
    const f = this.fmt.flags;
    const sharp = f.sharp;
    f.sharp = leading0x;
    this.fmt.fmtInteger(v, false, 16, 'v');
    f.sharp = sharp;
  }

  private fmtFloat(v: number, verb: string): void {
    switch (verb) {
      case 'v':
        return this.fmt.fmtFloat(v, 'g', -1);
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
        return this.fmt.fmtFloat(v, verb, -1);
      case 'f':
      case 'e':
      case 'E':
        return this.fmt.fmtFloat(v, verb, 6);
      case 'F':
        return this.fmt.fmtFloat(v, 'f', 6);
      default:
        return this.badVerb(verb, new Float64(v));
    }
  }

  /** `(1-2i)`: each part as a float with this verb, the imaginary one always with its sign. */
  private fmtComplex(v: ComplexParts, verb: string): void {
    if (!COMPLEX_VERBS.includes(verb)) return this.badVerb(verb, v);
    const plus = this.fmt.flags.plus;
    this.fmt.write('(');
    this.fmtFloat(v.re, verb);
    this.fmt.flags.plus = true;
    this.fmtFloat(v.im, verb);
    this.fmt.write('i)');
    this.fmt.flags.plus = plus;
  }

  private fmtString(s: string, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.fmt.flags.sharpV) this.fmt.fmtQ(runesOf(s));
        else this.fmt.fmtS(s);
        return;
      case 's':
        return this.fmt.fmtS(s);
      case 'x':
      case 'X':
        return this.fmt.fmtSbx(utf8Encode(s), verb === 'X');
      case 'q':
        return this.fmt.fmtQ(runesOf(s));
      default:
        return this.badVerb(verb, s);
    }
  }

  /** typeName: []byte for an operand, []uint8 inside another value, as Go names them for %#v. */
  private fmtBytes(bytes: Uint8Array, verb: string, goType: string): void {
    switch (verb) {
      case 's':
        return this.fmt.fmtS(runesToString(utf8Decode(bytes)));
      case 'x':
      case 'X':
        return this.fmt.fmtSbx(bytes, verb === 'X');
      case 'q':
        return this.fmt.fmtQ(utf8Decode(bytes));
    }
    const [open, close] = this.fmt.flags.sharpV ? [goType + '{', '}'] : ['[', ']'];
    this.printSequence(bytes, verb, open, bytes, (b) => this.fmtInteger(b, verb, true), close);
  }

  private printSlice(items: unknown[], verb: string, depth: number, canInterface: boolean): void {
    if (this.fmt.flags.sharpV && isNilSlice(items)) {
      this.fmt.write(typeName(items) + '(nil)');
      return;
    }
    const [open, close] = this.fmt.flags.sharpV ? [typeName(items) + '{', '}'] : ['[', ']'];
    this.printSequence(
      items,
      verb,
      open,
      asGoElements(items),
      (item) => this.printValue(item, verb, depth + 1, canInterface),
      close,
    );
  }

  private printMap(map: Map<unknown, unknown>, verb: string, depth: number, canInterface: boolean): void {
    const [open, close] = this.fmt.flags.sharpV ? [typeName(map) + '{', '}'] : ['map[', ']'];
    this.printSequence(
      map,
      verb,
      open,
      sortedEntries(map),
      ([key, value]) => {
        this.printValue(key, verb, depth + 1, canInterface);
        this.fmt.write(':');
        this.printValue(value, verb, depth + 1, canInterface);
      },
      close,
    );
  }

  /** goType: the struct's type for %#v (a pointer-typed value prints the type it points to). */
  private printStruct(
    value: object,
    verb: string,
    depth: number,
    canInterface: boolean,
    goType = (): string => typeName(value),
  ): void {
    const { sharpV, plusV } = this.fmt.flags;
    this.printSequence(
      value,
      verb,
      sharpV ? goType() + '{' : '{',
      structFields(value),
      ([name, field]) => {
        if (plusV || sharpV) this.fmt.write(name + ':');
        this.printValue(field, verb, depth + 1, canInterface && isExported(name));
      },
      '}',
    );
  }

  /**
   * The items of a container, separated by a space, or by a comma and space for %#v.
   * A container inside itself is printed as an address: Go reaches a value again only
   * through a pointer, and prints nested pointers as addresses.
   */
  private printSequence<T>(
    container: object,
    verb: string,
    open: string,
    items: ArrayLike<T>,
    printItem: (item: T) => void,
    close: string,
  ): void {
    if (this.printing.has(container)) {
      this.printAddress(HEAP_ADDRESS, () => '*' + typeName(container), verb, container);
      return;
    }
    this.printing.add(container);
    const separator = this.fmt.flags.sharpV ? ', ' : ' ';
    this.fmt.write(open);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.fmt.write(separator);
      printItem(items[i]!);
    }
    this.fmt.write(close);
    this.printing.delete(container);
  }

  /** &{...} for a top-level pointer to a struct, slice or map; an address anywhere else. */
  private printPointer(pointer: object, target: unknown, verb: string, depth: number, canInterface: boolean): void {
    if (depth === 0 && target !== null && target !== undefined) {
      const targetKind = kindOf(target);
      if (targetKind === 'struct' || targetKind === 'slice' || targetKind === 'bytes' || targetKind === 'map') {
        this.fmt.write('&');
        if (target === pointer) {
          this.printStruct(pointer, verb, depth + 1, canInterface, () => typeName(pointer).slice(1));
        } else {
          this.printValue(target, verb, depth + 1, canInterface);
        }
        return;
      }
    }
    this.fmtPointer(pointer, kindOf(pointer), verb);
  }

  private fmtPointer(value: unknown, kind: Kind, verb: string): void {
    const address = addressOf(value, kind);
    if (address === undefined) this.badVerb(verb, value);
    else this.printAddress(address, () => typeName(value), verb, value);
  }

  /** goType: the pointer's Go type; value: what a bad verb shows after it. */
  private printAddress(address: number, goType: () => string, verb: string, value: unknown): void {
    const f = this.fmt.flags;
    switch (verb) {
      case 'v':
        if (f.sharpV) {
          this.fmt.write(`(${goType()})(`);
          if (address === 0) this.fmt.write('nil');
          else this.fmt0x64(address, true);
          this.fmt.write(')');
        } else if (address === 0) {
          this.fmt.pad('<nil>');
        } else {
          this.fmt0x64(address, !f.sharp);
        }
        return;
      case 'p':
        return this.fmt0x64(address, !f.sharp);
      case 'b':
      case 'o':
      case 'd':
      case 'x':
      case 'X':
        return this.fmtInteger(address, verb);
      default:
        return this.badVerb(verb, value, goType());
    }
  }
}

/** A JS number is ambiguous between int and float64; a float verb settles it. */
function kindFor(value: unknown, verb: string): Kind {
  const kind = kindOf(value);
  return kind === 'int' && typeof value === 'number' && FLOAT_VERBS.includes(verb) ? 'float' : kind;
}

function mayHaveMethods(kind: Kind): boolean {
  return kind === 'struct' || kind === 'pointer' || kind === 'slice' || kind === 'map';
}

/** The bits of v as a uint64, as Go shows a negative int with %U. */
function asUint64(v: GoInt): bigint {
  return BigInt.asUintN(64, BigInt(v));
}

function tooLarge(n: number): boolean {
  return n > MAX_NUMBER || n < -MAX_NUMBER;
}

/** Decimal digits at s[start:end]: [value, whether there were any, index after them]. */
function parseNumber(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isNum = false;
  let i = start;
  for (; i < end && s[i]! >= '0' && s[i]! <= '9'; i++) {
    if (tooLarge(num)) return [0, false, end];
    num = num * 10 + s.charCodeAt(i) - 48;
    isNum = true;
  }
  return [num, isNum, i];
}

/** "[n]" at format[start]: [n - 1, characters to skip, whether it parsed]. */
function parseBracketedIndex(format: string, start: number): [number, number, boolean] {
  if (format.length - start < 3) return [0, 1, false];
  const close = format.indexOf(']', start + 1);
  if (close < 0) return [0, 1, false];
  const [n, ok, after] = parseNumber(format, start + 1, close);
  return ok && after === close ? [n - 1, close - start + 1, true] : [0, close - start + 1, false];
}
