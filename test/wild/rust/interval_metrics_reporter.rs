// tokio docs style (interval): producers bump an AtomicU64 at staggered times, a reporter ticks every second with MissedTickBehavior::Delay and prints rates; a watch channel stops everything (paused time)
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tokio::time::{interval, sleep, Instant, MissedTickBehavior};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let counter = Arc::new(AtomicU64::new(0));
    let bytes = Arc::new(AtomicU64::new(0));
    let (stop_tx, stop_rx) = watch::channel(false);

    let mut producers = Vec::new();
    for (id, period_ms, size) in [(1u64, 130u64, 1_500u64), (2, 270, 64_000), (3, 410, 9)] {
        let counter = counter.clone();
        let bytes = bytes.clone();
        let mut stop = stop_rx.clone();
        producers.push(tokio::spawn(async move {
            let mut sent = 0u64;
            loop {
                tokio::select! {
                    _ = sleep(Duration::from_millis(period_ms)) => {
                        counter.fetch_add(1, Ordering::Relaxed);
                        bytes.fetch_add(size * id, Ordering::Relaxed);
                        sent += 1;
                    }
                    _ = stop.changed() => break,
                }
            }
            (id, sent)
        }));
    }

    let reporter = {
        let counter = counter.clone();
        let bytes = bytes.clone();
        let mut stop = stop_rx.clone();
        tokio::spawn(async move {
            let mut tick = interval(Duration::from_millis(1000));
            tick.set_missed_tick_behavior(MissedTickBehavior::Delay);
            tick.tick().await;
            let mut last = (0u64, 0u64);
            let mut reports = 0;
            loop {
                tokio::select! {
                    at = tick.tick() => {
                        let c = counter.load(Ordering::Relaxed);
                        let b = bytes.load(Ordering::Relaxed);
                        let (dc, db) = (c - last.0, b - last.1);
                        last = (c, b);
                        reports += 1;
                        println!("{:>5}ms | events {:>3} (+{:<2}) | {:>9.1} KiB/s | {:e} B",
                            (at - start).as_millis(), c, dc, db as f64 / 1024.0, b as f64);
                    }
                    _ = stop.changed() => break,
                }
            }
            reports
        })
    };

    sleep(Duration::from_millis(4_500)).await;
    stop_tx.send(true).unwrap();
    let mut totals = Vec::new();
    for p in producers {
        totals.push(p.await.unwrap());
    }
    let reports = reporter.await.unwrap();
    println!("reports: {}", reports);
    for (id, sent) in totals {
        println!("producer {} sent {:>2} events", id, sent);
    }
    println!("final count {}, bytes {:#x}", counter.load(Ordering::Relaxed), bytes.load(Ordering::Relaxed));
}
