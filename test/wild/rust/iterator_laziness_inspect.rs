// Rust book ch.13 / std::iter docs style, std only: adaptors are lazy (inspect shows the interleaved order of map/filter/take), by_ref to take a prefix then continue, an extension trait with a blanket impl over Iterator, successors and from_fn, rev on a double-ended chain, fuse after None, sum/product of empty iterators, min_by with partial_cmp on floats
use std::cell::RefCell;

trait IterExt: Iterator + Sized {
    fn every_nth(self, n: usize) -> EveryNth<Self> {
        EveryNth {
            inner: self,
            n,
            i: 0,
        }
    }
    fn counted(self) -> Vec<(Self::Item, usize)>
    where
        Self::Item: PartialEq,
    {
        let mut out: Vec<(Self::Item, usize)> = Vec::new();
        for x in self {
            match out.last_mut() {
                Some((last, c)) if *last == x => *c += 1,
                _ => out.push((x, 1)),
            }
        }
        out
    }
}
impl<I: Iterator> IterExt for I {}

struct EveryNth<I> {
    inner: I,
    n: usize,
    i: usize,
}
impl<I: Iterator> Iterator for EveryNth<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        loop {
            let x = self.inner.next()?;
            self.i += 1;
            if (self.i - 1) % self.n == 0 {
                return Some(x);
            }
        }
    }
}

struct Flaky {
    n: u32,
}
impl Iterator for Flaky {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        self.n += 1;
        if self.n % 3 == 0 {
            None
        } else {
            Some(self.n)
        }
    }
}

fn main() {
    let log = RefCell::new(Vec::new());
    let it = (1..=10)
        .inspect(|x| log.borrow_mut().push(format!("src {}", x)))
        .map(|x| x * x)
        .inspect(|x| log.borrow_mut().push(format!("map {}", x)))
        .filter(|x| x % 2 == 1)
        .take(2);
    println!("built, log has {} entries", log.borrow().len());
    let got: Vec<i32> = it.collect();
    println!("got {:?}", got);
    println!("{}", log.borrow().join(", "));

    let mut words = "one two three four five six".split(' ');
    let head: Vec<&str> = words.by_ref().take(2).collect();
    let rest: Vec<&str> = words.collect();
    println!("{:?} then {:?}", head, rest);

    println!("{:?}", (0..20).every_nth(6).collect::<Vec<_>>());
    println!("{:?}", "aaabccddddx".chars().counted());

    let powers: Vec<u64> = std::iter::successors(Some(1u64), |&x| x.checked_mul(10)).collect();
    println!(
        "{} powers of ten fit in u64, last {}",
        powers.len(),
        powers.last().unwrap()
    );
    let mut state = (0u32, 1u32);
    let fib: Vec<u32> = std::iter::from_fn(|| {
        let r = state.0;
        state = (state.1, state.0 + state.1);
        Some(r)
    })
    .take_while(|&x| x < 100)
    .collect();
    println!("{:?}", fib);

    let back: Vec<i32> = (1..4).chain(7..9).rev().collect();
    println!("{:?}", back);
    let mut both = (1..=6).into_iter();
    println!(
        "{:?} {:?} {:?}",
        both.next(),
        both.next_back(),
        both.collect::<Vec<_>>()
    );

    let mut flaky = Flaky { n: 0 };
    let raw: Vec<Option<u32>> = (0..5).map(|_| flaky.next()).collect();
    let mut fused = Flaky { n: 0 }.fuse();
    let f: Vec<Option<u32>> = (0..5).map(|_| fused.next()).collect();
    println!("raw {:?}\nfused {:?}", raw, f);

    let empty: Vec<i64> = vec![];
    println!(
        "sum {} product {} max {:?} count {}",
        empty.iter().sum::<i64>(),
        empty.iter().product::<i64>(),
        empty.iter().max(),
        empty.iter().count()
    );

    let temps = [3.5, -1.25, 7.0, -1.25, 2.0];
    let coldest = temps
        .iter()
        .enumerate()
        .min_by(|a, b| a.1.partial_cmp(b.1).unwrap())
        .unwrap();
    let warmest = temps.iter().cloned().fold(f64::MIN, f64::max);
    println!(
        "coldest {:?} warmest {} mean {:.3}",
        coldest,
        warmest,
        temps.iter().sum::<f64>() / temps.len() as f64
    );
    let pos = temps.iter().rposition(|&t| t < 0.0);
    let windows: Vec<f64> = temps.windows(2).map(|w| w[1] - w[0]).collect();
    println!("last below zero at {:?}, deltas {:?}", pos, windows);
    let (small, big): (Vec<i32>, Vec<i32>) = (1..=10).partition(|x| *x <= 3);
    let zipped: Vec<String> = small
        .iter()
        .zip(big.iter().skip(4))
        .map(|(a, b)| format!("{}{}", a, b))
        .collect();
    println!("{:?} {:?} {:?}", small, big, zipped);
}
