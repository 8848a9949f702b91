// rust by example style: threads share an AtomicUsize and a results vector behind a Mutex
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

fn digit_sum(s: &str) -> u32 {
    s.chars().map(|c| c.to_digit(10).expect("should be a digit")).sum()
}

fn main() {
    // four segments of pseudo-random digits from a tiny linear congruential generator
    let mut seed: u64 = 2024;
    let mut data = String::new();
    for seg in 0..4 {
        if seg > 0 {
            data.push('\n');
        }
        for _ in 0..30 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            data.push(char::from(b'0' + ((seed >> 33) % 10) as u8));
        }
    }
    let processed = Arc::new(AtomicUsize::new(0));
    let results = Arc::new(Mutex::new(Vec::new()));

    let handles: Vec<_> = data
        .split_whitespace()
        .enumerate()
        .map(|(i, segment)| {
            let segment = segment.to_string();
            let processed = Arc::clone(&processed);
            let results = Arc::clone(&results);
            thread::spawn(move || {
                let sum = digit_sum(&segment);
                processed.fetch_add(segment.len(), Ordering::SeqCst);
                results.lock().unwrap().push((i, sum));
            })
        })
        .collect();

    for h in handles {
        h.join().unwrap();
    }
    let mut results = results.lock().unwrap().clone();
    results.sort();
    for (i, s) in &results {
        println!("segment {} sums to {}", i, s);
    }
    let total: u32 = results.iter().map(|(_, s)| s).sum();
    println!("digits processed {}, final sum {}", processed.load(Ordering::SeqCst), total);
}
