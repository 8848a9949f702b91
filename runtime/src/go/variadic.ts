// A variadic parameter takes the very slice `f(xs...)` passes, as Go's does (the callee writing
// nums[0] writes xs[0]; an empty non-nil xs stays non-nil), though JavaScript's rest parameter
// would copy it:
//   f(xs...)                  -> f(...spreadSlice(xs))      (one marked element through the rest parameter)
//   func f(nums ...int) {...} -> function f(...nums: number[]) { nums = variadicSlice(nums); ... }

/** The slice a spread call passes, wrapped so that the rest parameter receives it whole. */
class SpreadSlice<T> {
  constructor(readonly slice: T[]) {}
}

/** `xs...` at a call of the program's variadic function: the slice itself, through the rest parameter. */
export function spreadSlice<T>(xs: T[]): T[] {
  return [new SpreadSlice(xs) as unknown as T];
}

/** A variadic parameter as the function sees it: the slice a spread call passed, or the arguments given one by one. */
export function variadicSlice<T>(args: T[]): T[] {
  const first = args.length === 1 ? (args[0] as unknown) : null;
  return first instanceof SpreadSlice ? (first.slice as T[]) : args;
}
