// rust book ch.13 style: a generic Cacher<F, K, V> with where-clauses memoizing a closure; u64 Fibonacci beyond 2^53
use std::collections::HashMap;
use std::hash::Hash;

struct Cacher<F, K, V>
where
    F: Fn(&K) -> V,
    K: Hash + Eq + Clone,
    V: Clone,
{
    calc: F,
    values: HashMap<K, V>,
    misses: u32,
}

impl<F, K, V> Cacher<F, K, V>
where
    F: Fn(&K) -> V,
    K: Hash + Eq + Clone,
    V: Clone,
{
    fn new(calc: F) -> Self {
        Cacher { calc, values: HashMap::new(), misses: 0 }
    }

    fn get(&mut self, k: K) -> V {
        if let Some(v) = self.values.get(&k) {
            return v.clone();
        }
        self.misses += 1;
        let v = (self.calc)(&k);
        self.values.insert(k, v.clone());
        v
    }
}

fn fib_memo(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
    if n < 2 {
        return n;
    }
    if let Some(&v) = memo.get(&n) {
        return v;
    }
    let v = fib_memo(n - 1, memo) + fib_memo(n - 2, memo);
    memo.insert(n, v);
    v
}

fn main() {
    let mut square_len = Cacher::new(|s: &String| {
        let n = s.len();
        n * n
    });
    for w in ["abc", "hello", "abc", "", "hello", "abc"] {
        println!("{:>7} -> {}", format!("{:?}", w), square_len.get(w.to_string()));
    }
    println!("misses {}", square_len.misses);

    let mut collatz = Cacher::new(|&n: &u64| {
        let mut n = n;
        let mut steps = 0u32;
        while n != 1 {
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            steps += 1;
        }
        steps
    });
    let best = (1..30u64).max_by_key(|&n| (collatz.get(n), std::cmp::Reverse(n))).unwrap();
    println!("longest collatz under 30: {} with {} steps", best, collatz.get(best));
    println!("collatz misses {}", collatz.misses);

    let mut memo = HashMap::new();
    for n in [10u64, 50, 78, 79, 90, 93] {
        println!("fib({}) = {}", n, fib_memo(n, &mut memo));
    }
    println!("memo size {}", memo.len());
    let f93 = fib_memo(93, &mut memo);
    println!("fib(93) checked_add fib(92) = {:?}", f93.checked_add(fib_memo(92, &mut memo)));
    println!("fib(93) as f64 = {}", f93 as f64);
    println!("fib(80) % 1_000_000_007 = {}", fib_memo(80, &mut memo) % 1_000_000_007);
}
