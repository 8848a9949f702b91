// AtomicU64 in a program whose u64 values pass 2^53: tasks fold FNV-1a hashes into shared atomics with fetch_xor, fetch_add wraps past u64::MAX, and AtomicI64 keeps a signed minimum with fetch_min
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::Arc;

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

fn fnv1a(text: &str) -> u64 {
    let mut hash = FNV_OFFSET;
    for b in text.bytes() {
        hash ^= b as u64;
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let digest = Arc::new(AtomicU64::new(0));
    let lowest = Arc::new(AtomicI64::new(i64::MAX));
    let mut handles = Vec::new();
    for word in ["alpha", "beta", "gamma", "delta"] {
        let digest = Arc::clone(&digest);
        let lowest = Arc::clone(&lowest);
        handles.push(tokio::spawn(async move {
            let h = fnv1a(word);
            digest.fetch_xor(h, Ordering::SeqCst);
            lowest.fetch_min((h >> 1) as i64 - (1i64 << 62), Ordering::SeqCst);
            (word, h)
        }));
    }
    for handle in handles {
        let (word, h) = handle.await.unwrap();
        println!("{:>6} {:016x}", word, h);
    }
    println!("xor of all: {:016x}", digest.load(Ordering::SeqCst));
    println!("lowest: {}", lowest.load(Ordering::SeqCst));

    let odometer = AtomicU64::new(u64::MAX - 1);
    let before = odometer.fetch_add(3, Ordering::Relaxed);
    println!("odometer {} -> {}", before, odometer.load(Ordering::Relaxed));
    println!("into_inner {}", odometer.into_inner());
}
