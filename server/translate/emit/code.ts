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
  | { mark: SourcePoint }
  | { layout: 'newline' | 'indent' | 'dedent' };

export class Code {
  constructor(readonly parts: Part[] = []) {}

  append(...items: (Code | Part)[]): this {
    for (const item of items) {
      if (item instanceof Code) this.parts.push(...item.parts);
      else if (item !== '') this.parts.push(item);
    }
    return this;
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** The TypeScript text alone: for comparisons and heuristics inside the translator. */
  toString(): string {
    let s = '';
    for (const p of this.parts) {
      if (typeof p === 'string') s += p;
      else if ('typeOnly' in p) s += p.typeOnly;
    }
    return s;
  }
}

export type Fragment = Code | string;

/** Tagged template: ts`await ${ch}.send(${value})` builds a Code from text and fragments. */
export function ts(strings: TemplateStringsArray, ...values: Fragment[]): Code {
  const c = new Code();
  strings.forEach((s, i) => {
    c.append(s);
    if (i < values.length) c.append(values[i]!);
  });
  return c;
}

/** Text that only the TypeScript output carries: annotations, `type` declarations. */
export function typeOnly(text: string): Code {
  return new Code(text ? [{ typeOnly: text }] : []);
}

/** Text that only the JavaScript for running carries: labels for the runtime's reports. */
export function jsOnly(text: string): Code {
  return new Code(text ? [{ jsOnly: text }] : []);
}

/** Marks the start of `fragment` as coming from `at` in the source. */
export function mapped(at: SourcePoint, fragment: Fragment): Code {
  return new Code([{ mark: { line: at.line, column: at.column } }]).append(fragment);
}

export function join(items: readonly Fragment[], separator: string): Code {
  const c = new Code();
  items.forEach((item, i) => {
    if (i > 0) c.append(separator);
    c.append(item);
  });
  return c;
}

export const newline: Part = { layout: 'newline' };
export const indent: Part = { layout: 'indent' };
export const dedent: Part = { layout: 'dedent' };

/** A block body: `{`, the statements indented one level, `}`. */
export function block(statements: readonly Code[]): Code {
  if (statements.length === 0) return ts`{}`;
  const c = new Code(['{', indent]);
  for (const s of statements) c.append(newline, s);
  return c.append(dedent, newline, '}');
}
