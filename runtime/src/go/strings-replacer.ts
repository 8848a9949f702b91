// `strings.NewReplacer(old1, new1, ...)`: replaces every old string by its new one in one pass,
// left to right, without overlaps; where several match at one place the earliest pair wins.
import { panic } from './panic.js';

export class Replacer {
  private readonly pairs: [old: string, replacement: string][] = [];

  constructor(oldnew: readonly string[]) {
    if (oldnew.length % 2 === 1) panic('strings.NewReplacer: odd argument count');
    for (let i = 0; i < oldnew.length; i += 2) this.pairs.push([oldnew[i]!, oldnew[i + 1]!]);
  }

  replace(s: string): string {
    let out = '';
    for (let i = 0; i <= s.length;) {
      const pair = this.pairs.find(([old]) => s.startsWith(old, i));
      if (pair) out += pair[1];
      if (pair && pair[0] !== '') {
        i += pair[0].length;
        continue;
      }
      // No match, or an empty old string (which matches before every character and at the end).
      if (i < s.length) {
        const step = s.codePointAt(i)! > 0xffff ? 2 : 1;
        out += s.slice(i, i + step);
        i += step;
      } else i++;
    }
    return out;
  }

  /** `r.WriteString(w, s)`: writes the replaced text to a writer with writeString (a strings.Builder). */
  writeString(w: { writeString(s: string): [number, unknown] }, s: string): [number, unknown] {
    return w.writeString(this.replace(s));
  }
}

export function newReplacer(...oldnew: string[]): Replacer {
  return new Replacer(oldnew);
}
