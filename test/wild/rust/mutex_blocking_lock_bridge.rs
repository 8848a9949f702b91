// tokio docs style: tokio::sync::Mutex shared with std threads via blocking_lock and with spawn_blocking, async tasks use lock().await
use std::collections::BTreeMap;
use std::sync::Arc;
use std::thread;
use tokio::sync::Mutex;

#[derive(Default, Debug)]
struct Ledger {
    entries: BTreeMap<String, i64>,
    writes: u32,
}

impl Ledger {
    fn add(&mut self, who: &str, amount: i64) {
        *self.entries.entry(who.to_string()).or_insert(0) += amount;
        self.writes += 1;
    }
}

#[tokio::main]
async fn main() {
    let ledger = Arc::new(Mutex::new(Ledger::default()));

    // plain std threads, outside the runtime, use blocking_lock
    let threads: Vec<_> = (0..3)
        .map(|t| {
            let ledger = Arc::clone(&ledger);
            thread::spawn(move || {
                for i in 0..5 {
                    ledger.blocking_lock().add(&format!("thread{}", t), i * 10);
                }
            })
        })
        .collect();

    // async tasks lock with .await
    let tasks: Vec<_> = (0..3)
        .map(|t| {
            let ledger = Arc::clone(&ledger);
            tokio::spawn(async move {
                for i in 0..4 {
                    let mut g = ledger.lock().await;
                    g.add(&format!("task{}", t), -(i as i64));
                    tokio::task::yield_now().await;
                }
            })
        })
        .collect();

    // spawn_blocking closures run on the blocking pool and may block too
    let ledger2 = Arc::clone(&ledger);
    let blocking = tokio::task::spawn_blocking(move || {
        let mut g = ledger2.blocking_lock();
        g.add("blocking", 1_000);
        g.writes
    });

    for t in threads {
        tokio::task::spawn_blocking(move || t.join().unwrap()).await.unwrap();
    }
    for t in tasks {
        t.await.unwrap();
    }
    let writes_seen = blocking.await.unwrap();
    println!("blocking task saw at least one write: {}", writes_seen >= 1);

    let g = ledger.lock().await;
    for (who, total) in &g.entries {
        println!("{:<10}{:>6}", who, total);
    }
    println!("writes: {}", g.writes);
    let sum: i64 = g.entries.values().sum();
    println!("sum: {}", sum);
    drop(g);
    println!("try_lock after drop: {}", ledger.try_lock().is_ok());
}
