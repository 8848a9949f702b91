// rust std docs style: thread::scope splits a slice with split_at_mut / chunks_mut, sorts parts in parallel, merges
use std::thread;

fn merge<T: Ord + Copy>(a: &[T], b: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] <= b[j] {
            out.push(a[i]);
            i += 1;
        } else {
            out.push(b[j]);
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

fn parallel_sort<T: Ord + Copy + Send>(data: &mut [T], parts: usize) -> Vec<T> {
    let chunk = (data.len() + parts - 1) / parts;
    thread::scope(|s| {
        for part in data.chunks_mut(chunk) {
            s.spawn(move || part.sort());
        }
    });
    data.chunks(chunk).fold(Vec::new(), |acc, c| merge(&acc, c))
}

fn main() {
    let mut seed: u32 = 12345;
    let mut data: Vec<u32> = (0..10_000)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed % 100_000
        })
        .collect();
    let original_sum: u64 = data.iter().map(|&x| x as u64).sum();
    let sorted = parallel_sort(&mut data, 4);
    println!("len {} sorted {}", sorted.len(), sorted.windows(2).all(|w| w[0] <= w[1]));
    println!("min {} max {} median {}", sorted[0], sorted[sorted.len() - 1], sorted[sorted.len() / 2]);
    println!("sum preserved {}", sorted.iter().map(|&x| x as u64).sum::<u64>() == original_sum);

    let mut words = vec!["pear", "fig", "apple", "kiwi", "banana", "cherry", "date"];
    let (left, right) = words.split_at_mut(3);
    let (lc, rc) = thread::scope(|s| {
        let h1 = s.spawn(|| {
            left.sort();
            left.len()
        });
        let h2 = s.spawn(|| {
            right.sort_by_key(|w| std::cmp::Reverse(w.len()));
            right.iter().map(|w| w.len()).sum::<usize>()
        });
        (h1.join().unwrap(), h2.join().unwrap())
    });
    println!("{:?} left={} right_chars={}", words, lc, rc);

    let counts: Vec<usize> = thread::scope(|s| {
        let hs: Vec<_> = words.iter().map(|w| s.spawn(move || w.chars().filter(|c| "aeiou".contains(*c)).count())).collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("vowels per word {:?}", counts);
}
