// closures as values: a function returning `impl Fn`, `Box<dyn Fn>` in a map, a generic struct holding a closure (`F: Fn(&K) -> V`) that clones what it caches, tuples made by closures
use std::collections::{BTreeMap, HashMap};

fn chain<A, B, C>(first: impl Fn(A) -> B, then: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |a| then(first(a))
}

fn make_scaler(factor: i64) -> impl Fn(i64) -> i64 {
    move |x| x * factor
}

struct Memo<F, K, V>
where
    F: Fn(&K) -> V,
    K: std::hash::Hash + Eq + Clone,
    V: Clone,
{
    compute: F,
    seen: HashMap<K, V>,
    computed: u32,
}

impl<F, K, V> Memo<F, K, V>
where
    F: Fn(&K) -> V,
    K: std::hash::Hash + Eq + Clone,
    V: Clone,
{
    fn new(compute: F) -> Self {
        Memo { compute, seen: HashMap::new(), computed: 0 }
    }

    fn get(&mut self, key: K) -> V {
        if let Some(v) = self.seen.get(&key) {
            return v.clone();
        }
        self.computed += 1;
        let v = (self.compute)(&key);
        self.seen.insert(key, v.clone());
        v
    }
}

fn main() {
    let shout = chain(|s: &str| s.len(), |n: usize| format!("{} letters", n));
    println!("{} / {}", shout("hello"), shout("hi"));
    let triple = make_scaler(3);
    println!("tripled {}", triple(14));

    let mut ops: BTreeMap<&str, Box<dyn Fn(i64, i64) -> i64>> = BTreeMap::new();
    ops.insert("sub", Box::new(|a, b| a - b));
    ops.insert("mul", Box::new(|a, b| a * b));
    let bonus = 100;
    ops.insert("add_bonus", Box::new(move |a, b| a + b + bonus));
    for (name, op) in &ops {
        println!("{}(7, 5) = {}", name, op(7, 5));
    }

    let mut divisors = Memo::new(|n: &u32| (1..=*n).filter(|d| n % d == 0).collect::<Vec<u32>>());
    let mut first = divisors.get(12);
    first.push(999);
    let mut cached = divisors.get(12);
    cached.push(1000);
    println!("12 -> {:?}, changed copies {:?} {:?}", divisors.get(12), first, cached);
    println!("7 -> {:?}, computed {}", divisors.get(7), divisors.computed);

    let words = ["pear", "fig", "banana"];
    let lengths: Vec<(usize, &str)> = words.iter().map(|w| (w.len(), *w)).collect();
    let mut by_len = lengths.clone();
    by_len.sort();
    println!("{:?} sorted {:?}", lengths, by_len);
    let swapped: Vec<(&str, usize)> = by_len.iter().map(|&(n, w)| (w, n)).collect();
    println!("swapped {:?}", swapped);

    let fallback: Option<i32> = None.or(Some(2));
    let none_or_none: Option<u8> = None.or(None);
    println!("or {:?} {:?}", fallback, none_or_none);
}
