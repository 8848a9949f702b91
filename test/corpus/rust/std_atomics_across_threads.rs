// std atomics: fetch_add from several threads, load/store, swap on AtomicBool, compare_exchange Ok/Err, fetch_update and fetch_max.
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

fn main() {
    let hits = Arc::new(AtomicUsize::new(0));
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let hits = Arc::clone(&hits);
            thread::spawn(move || {
                for _ in 0..250 {
                    hits.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    println!("hits {}", hits.load(Ordering::SeqCst));

    let ready = AtomicBool::new(false);
    println!("was ready {}", ready.swap(true, Ordering::AcqRel));
    println!("is ready {}", ready.load(Ordering::Acquire));

    let balance = AtomicI64::new(100);
    println!("{:?}", balance.compare_exchange(100, 70, Ordering::SeqCst, Ordering::SeqCst));
    println!("{:?}", balance.compare_exchange(100, 40, Ordering::SeqCst, Ordering::SeqCst));
    let updated = balance.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |b| if b >= 50 { Some(b - 50) } else { None });
    println!("{:?} then {:?}", updated, balance.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |b| if b >= 50 { Some(b - 50) } else { None }));
    balance.fetch_max(90, Ordering::SeqCst);
    balance.store(balance.load(Ordering::SeqCst) + 1, Ordering::SeqCst);
    println!("balance {}", balance.load(Ordering::SeqCst));
}
