// Runes at the front of a byte buffer, for the readers that decode as they read (bufio,
// strings.Reader, fmt's scanning): only the first few bytes are looked at.

const RUNE_ERROR = 0xfffd;

/** How many bytes the sequence led by `first` has (1 for a byte that leads none). */
function sequenceLength(first: number): number {
  return first < 0xc2 ? 1 : first < 0xe0 ? 2 : first < 0xf0 ? 3 : first < 0xf5 ? 4 : 1;
}

/** The range Go allows for the second byte after `first` (no overlong forms, no surrogates). */
function secondByteRange(first: number): [number, number] {
  if (first === 0xe0) return [0xa0, 0xbf];
  if (first === 0xed) return [0x80, 0x9f];
  if (first === 0xf0) return [0x90, 0xbf];
  if (first === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** The rune at the start of p and its width; (U+FFFD, 1) for bytes that start no valid sequence. */
export function runeAt(p: Uint8Array): [rune: number, size: number] {
  const first = p[0]!;
  const need = sequenceLength(first);
  if (need === 1) return first < 0x80 ? [first, 1] : [RUNE_ERROR, 1];
  if (p.length < need) return [RUNE_ERROR, 1];
  const [lo, hi] = secondByteRange(first);
  if (p[1]! < lo || p[1]! > hi) return [RUNE_ERROR, 1];
  let r = first & (0x7f >> need);
  for (let i = 1; i < need; i++) {
    if ((p[i]! & 0xc0) !== 0x80) return [RUNE_ERROR, 1];
    r = (r << 6) | (p[i]! & 0x3f);
  }
  return [r, need];
}

/** Whether p starts with a whole rune (or with bytes no more input can make valid), as utf8.FullRune. */
export function startsWithFullRune(p: Uint8Array): boolean {
  if (p.length === 0) return false;
  const need = sequenceLength(p[0]!);
  if (p.length >= need) return true;
  const [lo, hi] = secondByteRange(p[0]!);
  if (p.length > 1 && (p[1]! < lo || p[1]! > hi)) return true;
  for (let i = 2; i < p.length; i++) if ((p[i]! & 0xc0) !== 0x80) return true;
  return false;
}

/** Go's white space (unicode.IsSpace), which separates words for bufio.ScanWords and fmt's scanning. */
export function isSpace(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  if (r >= 0x2000 && r <= 0x200a) return true;
  return r === 0x1680 || r === 0x2028 || r === 0x2029 || r === 0x202f || r === 0x205f || r === 0x3000;
}
