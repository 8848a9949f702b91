// #[derive(Default)] on a struct of atomics and locks starts each at its value's default, and `Stats::default()` passed where a generic parameter is expected is still Stats's default.
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::Mutex;

#[derive(Default)]
struct Stats {
    hits: AtomicUsize,
    bytes: AtomicU64,
    ready: AtomicBool,
    names: Mutex<Vec<String>>,
}

fn first_of<T>(values: Vec<T>, extra: T) -> T {
    values.into_iter().next().unwrap_or(extra)
}

#[tokio::main]
async fn main() {
    let stats = Arc::new(Stats::default());
    let mut handles = Vec::new();
    for id in 0..3usize {
        let stats = Arc::clone(&stats);
        handles.push(tokio::spawn(async move {
            stats.hits.fetch_add(1, Ordering::SeqCst);
            stats.bytes.fetch_add(10 * id as u64, Ordering::SeqCst);
            stats.names.lock().await.push(format!("task{}", id));
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    stats.ready.store(true, Ordering::SeqCst);
    let mut names = stats.names.lock().await.clone();
    names.sort();
    println!("hits={} bytes={} ready={}", stats.hits.load(Ordering::SeqCst), stats.bytes.load(Ordering::SeqCst), stats.ready.load(Ordering::SeqCst));
    println!("names={:?}", names);
    let fresh = first_of(Vec::new(), Stats::default());
    println!("fresh hits={} ready={}", fresh.hits.load(Ordering::SeqCst), fresh.ready.load(Ordering::SeqCst));
    println!("default names={}", Stats::default().names.lock().await.len());
}
