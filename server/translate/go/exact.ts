/** An exact constant: a number as num/den (den > 0, in lowest terms), or a boolean. */
export type Exact = { num: bigint; den: bigint } | boolean;
