// u64 arithmetic beyond 2^53 stays exact when the program checks it for overflow: Fibonacci
// numbers up to the largest a u64 holds, memoized, and a u64 range.
use std::collections::HashMap;

fn fib(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
    if n < 2 {
        return n;
    }
    if let Some(&v) = memo.get(&n) {
        return v;
    }
    let v = fib(n - 1, memo) + fib(n - 2, memo);
    memo.insert(n, v);
    v
}

fn main() {
    let mut memo = HashMap::new();
    for n in [50u64, 79, 90, 93] {
        println!("fib({}) = {}", n, fib(n, &mut memo));
    }
    let a = fib(93, &mut memo);
    let b = fib(92, &mut memo);
    println!("fib(93) + fib(92) overflows: {:?}", a.checked_add(b));
    println!("fib(92) + fib(91) = {:?}", b.checked_add(fib(91, &mut memo)));
    println!("fib(80) mod 1e9+7 = {}", fib(80, &mut memo) % 1_000_000_007);
    let evens: Vec<u64> = (1..12u64).filter(|n| fib(*n, &mut HashMap::new()) % 2 == 0).collect();
    println!("even fibs at {:?}", evens);
}
