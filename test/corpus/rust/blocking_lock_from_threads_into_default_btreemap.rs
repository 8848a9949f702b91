// tokio Mutex shared by std threads (blocking_lock) and spawn_blocking; the locked struct's #[derive(Default)] BTreeMap field keeps its keys sorted
use std::collections::BTreeMap;
use std::sync::Arc;
use std::thread;
use tokio::sync::Mutex;

#[derive(Default, Debug)]
struct Tally {
    counts: BTreeMap<String, u32>,
    total: u32,
}

#[tokio::main]
async fn main() {
    let tally = Arc::new(Mutex::new(Tally::default()));
    let workers: Vec<_> = ["zeta", "alpha", "mu"]
        .into_iter()
        .map(|name| {
            let tally = Arc::clone(&tally);
            thread::spawn(move || {
                for _ in 0..3 {
                    let mut t = tally.blocking_lock();
                    *t.counts.entry(name.to_string()).or_insert(0) += 1;
                    t.total += 1;
                }
            })
        })
        .collect();
    let pooled = Arc::clone(&tally);
    let from_pool = tokio::task::spawn_blocking(move || {
        let mut t = pooled.blocking_lock();
        t.counts.insert("beta".to_string(), 10);
        t.total += 10;
    });
    for w in workers {
        w.join().unwrap();
    }
    from_pool.await.unwrap();
    let t = tally.lock().await;
    println!("{:?}", t);
    for (name, n) in &t.counts {
        println!("{:<6}{:>3}", name, n);
    }
    let empty = Tally::default();
    println!("default: {:?} {}", empty.counts, empty.total);
}
