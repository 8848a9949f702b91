// Width, fill and alignment, as Rust's Formatter::pad, pad_integral and pad_formatted_parts
// apply them. Widths count chars (code points).

import type { Align, Spec } from './rust-spec.js';

/** Formatter::pad, for strings, chars and bools: precision truncates, then left-aligned padding. */
export function pad(s: string, spec: Spec): string {
  if (spec.width === undefined && spec.precision === undefined) return s;
  const text = spec.precision === undefined ? s : firstChars(s, spec.precision);
  return padTo(text, charCount(text), spec, 'left');
}

/**
 * Formatter::pad_integral: sign, then the prefix when `#` is set, then the digits; the `0`
 * flag puts zeros between the prefix and the digits.
 */
export function padIntegral(nonNegative: boolean, prefix: string, digits: string, spec: Spec): string {
  const sign = !nonNegative ? '-' : spec.plus ? '+' : '';
  return padFormatted(sign + (spec.alternate ? prefix : ''), digits, spec);
}

/**
 * Formatter::pad_formatted_parts, for floats and `{:e}`: right-aligned by default; the `0`
 * flag puts zeros between the head (sign and prefix) and the body, whatever the alignment.
 */
export function padFormatted(head: string, body: string, spec: Spec): string {
  if (spec.width === undefined) return head + body;
  if (spec.zeroPad) return head + '0'.repeat(Math.max(0, spec.width - head.length - body.length)) + body;
  const text = head + body;
  return padTo(text, text.length, spec, 'right');
}

function padTo(text: string, length: number, spec: Spec, defaultAlign: Align): string {
  const padding = (spec.width ?? 0) - length;
  if (padding <= 0) return text;
  const [before, after] = split(padding, spec.align ?? defaultAlign);
  return spec.fill.repeat(before) + text + spec.fill.repeat(after);
}

function split(padding: number, align: Align): [number, number] {
  switch (align) {
    case 'left':
      return [0, padding];
    case 'right':
      return [padding, 0];
    case 'center':
      return [Math.floor(padding / 2), Math.ceil(padding / 2)];
  }
}

function charCount(s: string): number {
  return s.length - (s.match(SURROGATE_PAIR)?.length ?? 0);
}

const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

function firstChars(s: string, n: number): string {
  let end = 0;
  for (const ch of s) {
    if (n-- <= 0) return s.slice(0, end);
    end += ch.length;
  }
  return s;
}
