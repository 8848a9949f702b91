/**
 * Code fragments that render to TypeScript (for people) and JavaScript (for running) at
 * once, with marks that become source-map segments back to the Go or Rust text.
 */
export interface SourcePoint {
  line: number;
  column: number;
}

export type Part =
  | string
  | { typeOnly: string }
  | { jsOnly: string }
  | Conditional
  | { mark: SourcePoint }
  | { layout: 'newline' | 'indent' | 'dedent' };

/**
 * Text that depends on whether some function turns out to be async (`await `, `async `,
 * `Promise<T>`), known only once the whole program is translated: see `settle`.
 */
export interface Conditional {
  ifAsync: readonly string[];
  text: string;
  otherwise: string;
  inTypesOnly: boolean;
}

/**
 * A tree of parts: appending a Code links it rather than copying its parts, so building
 * output stays linear however deeply expressions nest.
 */
export class Code {
  readonly parts: (Part | Code)[];

  constructor(parts: (Part | Code)[] = []) {
    this.parts = parts;
  }

  append(...items: (Code | Part)[]): this {
    for (const item of items) if (item !== '') this.parts.push(item);
    return this;
  }

  get isEmpty(): boolean {
    return this.parts.every((p) => (p instanceof Code ? p.isEmpty : p === ''));
  }

  /** Every part, depth first. */
  flat(out: Part[] = []): Part[] {
    this.forEachPart((p) => out.push(p));
    return out;
  }

  /** Calls `visit` with every part, depth first, without collecting them. */
  forEachPart(visit: (part: Part) => void): void {
    for (const p of this.parts) {
      if (p instanceof Code) p.forEachPart(visit);
      else visit(p);
    }
  }

  /** The TypeScript text alone (conditionals as if async): for heuristics inside the translator. */
  toString(): string {
    let s = '';
    for (const p of this.parts) {
      if (typeof p === 'string') s += p;
      else if (p instanceof Code) s += p.toString();
      else if ('typeOnly' in p) s += p.typeOnly;
      else if ('ifAsync' in p) s += p.text;
    }
    return s;
  }

  /**
   * Decides every conditional part, now that it is known which functions are async, and gives
   * the TypeScript text alone as `toString()` would then (in the same walk).
   */
  settle(isAsync: (key: string) => boolean): string {
    const parts = this.parts;
    let s = '';
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (typeof p === 'string') s += p;
      else if (p instanceof Code) s += p.settle(isAsync);
      else if ('typeOnly' in p) s += p.typeOnly;
      else if ('ifAsync' in p) {
        const text = p.ifAsync.some(isAsync) ? p.text : p.otherwise;
        parts[i] = p.inTypesOnly ? { typeOnly: text } : text;
        s += text;
      }
    }
    return s;
  }

  /** The same code without its final `;` (a statement used as a for-clause part). */
  withoutSemicolon(): Code {
    return this.editText(-1, (t) => (t.endsWith(';') ? t.slice(0, -1) : t));
  }

  /** Rewrites the first (index 0) or last (index -1) text part of a flattened copy. */
  editText(index: 0 | -1, edit: (text: string) => string): Code {
    const parts = this.flat();
    const positions = parts.flatMap((p, i) => (typeof p === 'string' ? [i] : []));
    const at = index === 0 ? positions[0] : positions[positions.length - 1];
    if (at !== undefined) parts[at] = edit(parts[at] as string);
    return new Code(parts);
  }
}

export type Fragment = Code | string;

/** Tagged template: ts`await ${ch}.send(${value})` builds a Code from text and fragments. */
export function ts(strings: TemplateStringsArray, ...values: Fragment[]): Code {
  const parts: (Part | Code)[] = [];
  for (let i = 0; i < strings.length; i++) {
    if (strings[i] !== '') parts.push(strings[i]!);
    if (i < values.length && values[i] !== '') parts.push(values[i]!);
  }
  return new Code(parts);
}

/** Text that only the TypeScript output carries: annotations, `type` declarations. */
export function ifAsync(keys: readonly string[], text: string, otherwise = '', isTypeOnly = false): Code {
  return new Code([{ ifAsync: keys, text, otherwise, inTypesOnly: isTypeOnly }]);
}

export function typeOnly(text: string): Code {
  return new Code(text ? [{ typeOnly: text }] : []);
}

/** Text that only the JavaScript for running carries: labels for the runtime's reports. */
export function jsOnly(text: string): Code {
  return new Code(text ? [{ jsOnly: text }] : []);
}

/** Marks the start of `fragment` as coming from `at` in the source. */
export function mapped(at: SourcePoint, fragment: Fragment): Code {
  return new Code(fragment === '' ? [{ mark: at }] : [{ mark: at }, fragment]);
}

export function join(items: readonly Fragment[], separator: string): Code {
  const parts: (Part | Code)[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && separator !== '') parts.push(separator);
    if (items[i] !== '') parts.push(items[i]!);
  }
  return new Code(parts);
}

export const newline: Part = { layout: 'newline' };
export const indent: Part = { layout: 'indent' };
export const dedent: Part = { layout: 'dedent' };

/** A block body: `{`, the statements indented one level, `}`. */
export function block(statements: readonly Code[]): Code {
  // A statement with nothing to write (a binding that is its place) leaves no blank line.
  const written = statements.filter((s) => !s.isEmpty);
  if (written.length === 0) return ts`{}`;
  const c = new Code(['{', indent]);
  for (const s of written) c.append(newline, s);
  return c.append(dedent, newline, '}');
}
