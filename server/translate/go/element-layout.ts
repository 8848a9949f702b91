// A slice element's size in bytes and whether it holds pointers, as Go lays it out on a 64-bit
// machine: append rounds a grown slice's bytes up to the allocator's size classes, so `cap`
// after appends depends on them (runtime/src/go/slice-growth.ts):
//   cap(s) ([]int)          -> cap(s, { size: 8, pointers: false })
//   s = append(s, a, b)     -> pushAll(s, [a, b], { size: 16, pointers: true })   ([]string, in a
//                                                             program that calls cap; else s.push(a, b))
//   b = append(b, x) ([]byte) -> b = pushAllBytes(b, [x], { size: 1, pointers: false })
//   t := append(s, x)       -> const t = appended(s, [x], { size: 8, pointers: false })   (else [...s, x])
//   s = append(s, p) ([]Point, in a program that takes &s[i])
//                           -> pushAll(s, [p], { size: 16, pointers: false, copy: (e) => e.clone() })
import { ts, type Code } from '../emit/code.js';
import type { GoContext } from './context.js';
import { resolve, type GoType } from './types.js';
import { copyOf } from './values.js';

interface Layout {
  size: number;
  align: number;
  pointers: boolean;
}

const BASIC: Record<string, [size: number, pointers: boolean]> = {
  bool: [1, false],
  int8: [1, false],
  uint8: [1, false],
  byte: [1, false],
  int16: [2, false],
  uint16: [2, false],
  int32: [4, false],
  uint32: [4, false],
  rune: [4, false],
  float32: [4, false],
  string: [16, true],
  complex128: [16, false],
};

function layoutOf(cx: GoContext, type: GoType, depth = 0): Layout {
  const t = resolve(type, cx.decls);
  switch (t.kind) {
    case 'basic': {
      const [size, pointers] = BASIC[t.name] ?? [8, false];
      return { size, align: Math.min(size, 8), pointers };
    }
    case 'slice':
      return { size: 24, align: 8, pointers: true };
    case 'interface':
      return { size: 16, align: 8, pointers: true };
    case 'array': {
      const elem = layoutOf(cx, t.elem, depth + 1);
      const length = Number(t.length);
      return { ...elem, size: elem.size * (Number.isInteger(length) ? length : 1) };
    }
    case 'struct': {
      if (depth > 8) return { size: 8, align: 8, pointers: true };
      let size = 0;
      let align = 1;
      let pointers = false;
      for (const f of t.fields) {
        const field = layoutOf(cx, f.type, depth + 1);
        size = Math.ceil(size / field.align) * field.align + field.size;
        align = Math.max(align, field.align);
        pointers ||= field.pointers;
      }
      return { size: Math.ceil(size / align) * align, align, pointers };
    }
    default:
      // Pointers, maps, channels, functions: one machine word that points.
      return { size: 8, align: 8, pointers: true };
  }
}

/** The runtime's ElementLayout of a slice's element type. */
export function elementLayout(cx: GoContext, elem: GoType): Code {
  const { size, pointers } = layoutOf(cx, elem);
  return ts`{ size: ${String(size)}, pointers: ${String(pointers)} }`;
}

/** What append takes of the element type: its layout, and a struct's copy where the program points into slices. */
export function appendedElement(cx: GoContext, elem: GoType): Code {
  const { size, pointers } = layoutOf(cx, elem);
  const copy = cx.facts.pointsIntoSlices ? copyOf(cx, ts`e`, elem) : null;
  const copied = copy ? ts`, copy: (e) => ${copy}` : ts``;
  return ts`{ size: ${String(size)}, pointers: ${String(pointers)}${copied} }`;
}
