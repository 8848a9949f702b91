// tokio docs + std atomics style: Arc<AtomicUsize> fetch_add, compare_exchange loops, AtomicBool swap, fetch_max across tasks
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;

#[derive(Default)]
struct Stats {
    requests: AtomicUsize,
    bytes: AtomicU64,
    max_size: AtomicU64,
    balance: AtomicI64,
    first_claimed: AtomicBool,
    winners: AtomicUsize,
}

fn add_capped(cell: &AtomicU64, delta: u64, cap: u64) -> Result<u64, u64> {
    let mut cur = cell.load(Ordering::Relaxed);
    loop {
        let next = cur + delta;
        if next > cap {
            return Err(cur);
        }
        match cell.compare_exchange_weak(cur, next, Ordering::SeqCst, Ordering::Relaxed) {
            Ok(prev) => return Ok(prev + delta),
            Err(actual) => cur = actual,
        }
    }
}

#[tokio::main]
async fn main() {
    let stats = Arc::new(Stats::default());
    let quota = Arc::new(AtomicU64::new(0));
    let mut handles = Vec::new();
    for t in 0..8u64 {
        let stats = Arc::clone(&stats);
        let quota = Arc::clone(&quota);
        handles.push(tokio::spawn(async move {
            let mut rejected = 0;
            for i in 0..100u64 {
                let size = (t * 100 + i) % 37 + 1;
                stats.requests.fetch_add(1, Ordering::Relaxed);
                stats.bytes.fetch_add(size, Ordering::Relaxed);
                stats.max_size.fetch_max(size * (t + 1), Ordering::Relaxed);
                stats.balance.fetch_sub(if i % 2 == 0 { 3 } else { -2 }, Ordering::Relaxed);
                if add_capped(&quota, size, 10_000).is_err() {
                    rejected += 1;
                }
                if i % 25 == 0 {
                    tokio::task::yield_now().await;
                }
            }
            if !stats.first_claimed.swap(true, Ordering::SeqCst) {
                stats.winners.fetch_add(1, Ordering::SeqCst);
            }
            rejected
        }));
    }
    let mut rejected_total = 0;
    for h in handles {
        rejected_total += h.await.unwrap();
    }
    println!("requests {}", stats.requests.load(Ordering::SeqCst));
    println!("bytes {}", stats.bytes.load(Ordering::SeqCst));
    println!("max weighted size {}", stats.max_size.load(Ordering::SeqCst));
    println!("balance {}", stats.balance.load(Ordering::SeqCst));
    println!("exactly one winner: {}", stats.winners.load(Ordering::SeqCst) == 1);
    let q = quota.load(Ordering::SeqCst);
    println!("quota within cap: {} (rejections happened: {})", q <= 10_000, rejected_total > 0);
    let c = AtomicUsize::new(5);
    println!("cas ok {:?} cas fail {:?}", c.compare_exchange(5, 6, Ordering::SeqCst, Ordering::SeqCst), c.compare_exchange(5, 7, Ordering::SeqCst, Ordering::SeqCst));
    println!("fetch_update {:?} now {}", c.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |v| v.checked_mul(10)), c.load(Ordering::SeqCst));
    let flag = AtomicBool::new(false);
    println!("fetch_or {} fetch_and {} final {}", flag.fetch_or(true, Ordering::SeqCst), flag.fetch_and(false, Ordering::SeqCst), flag.load(Ordering::SeqCst));
    println!("into_inner {}", AtomicU64::new(u64::MAX - 1).into_inner());
}
