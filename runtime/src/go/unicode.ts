/** Go's `unicode` predicates and case mappings of runes, by Unicode category. */
import { isPrint as isPrintRune, isValidRune } from '../fmt/go-text.js';
import { toLowerRune, toUpperRune } from './strings.js';

export const maxRune = 0x10ffff;
export const replacementChar = 0xfffd;
export const maxASCII = 0x7f;
export const maxLatin1 = 0xff;

/** Whether rune r is in the set a Unicode property regex (`\p{Lu}`) names. */
function inClass(pattern: RegExp): (r: number) => boolean {
  return (r) => isValidRune(r) && pattern.test(String.fromCodePoint(r));
}

export const isLetter = inClass(/^\p{L}$/u);
export const isDigit = inClass(/^\p{Nd}$/u);
export const isNumber = inClass(/^\p{N}$/u);
export const isUpper = inClass(/^\p{Lu}$/u);
export const isLower = inClass(/^\p{Ll}$/u);
export const isTitle = inClass(/^\p{Lt}$/u);
export const isPunct = inClass(/^\p{P}$/u);
export const isSymbol = inClass(/^\p{S}$/u);
export const isMark = inClass(/^\p{M}$/u);
export const isControl = inClass(/^\p{Cc}$/u);
export const isGraphic = inClass(/^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u);
export const isPrint = (r: number): boolean => isValidRune(r) && isPrintRune(r);

/** Go's IsSpace: its Latin-1 list, then the White_Space property. */
export function isSpace(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  return inWhiteSpace(r);
}
const inWhiteSpace = inClass(/^\p{White_Space}$/u);

export const toUpper = toUpperRune;
export const toLower = toLowerRune;

/** Go's ToTitle: the upper case, but for the letters whose title case is their own (Dž, Georgian). */
export function toTitle(r: number): number {
  const digraph = DIGRAPH_TITLES.find((title) => r >= title - 1 && r <= title + 1);
  if (digraph !== undefined) return digraph;
  if ((r >= 0x10d0 && r <= 0x10fa) || (r >= 0x10fd && r <= 0x10ff)) return r;
  return toUpperRune(r);
}

/** The title forms of the digraphs DŽ Dž dž, LJ Lj lj, NJ Nj nj, DZ Dz dz, each between its upper and lower form. */
const DIGRAPH_TITLES = [0x1c5, 0x1c8, 0x1cb, 0x1f2];
