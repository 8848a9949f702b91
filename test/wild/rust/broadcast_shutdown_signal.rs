// tokio tutorial style (graceful shutdown): a broadcast channel tells every worker to stop
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::{broadcast, mpsc};
use tokio::time::{sleep, Duration};

#[tokio::main(start_paused = true, flavor = "current_thread")]
async fn main() {
    let (shutdown_tx, _) = broadcast::channel::<()>(1);
    let (done_tx, mut done_rx) = mpsc::channel::<(usize, usize)>(8);
    let ticks = Arc::new(AtomicUsize::new(0));

    for id in 0..4usize {
        let mut shutdown = shutdown_tx.subscribe();
        let done = done_tx.clone();
        let ticks = ticks.clone();
        tokio::spawn(async move {
            let mut rounds = 0;
            loop {
                tokio::select! {
                    _ = shutdown.recv() => break,
                    _ = sleep(Duration::from_millis(100 * (id as u64 + 1))) => {
                        rounds += 1;
                        ticks.fetch_add(1, Ordering::SeqCst);
                    }
                }
            }
            done.send((id, rounds)).await.unwrap();
        });
    }
    drop(done_tx);

    sleep(Duration::from_millis(1050)).await;
    let told = shutdown_tx.send(()).unwrap();
    println!("shutdown sent to {} workers", told);

    let mut results = Vec::new();
    while let Some(r) = done_rx.recv().await {
        results.push(r);
    }
    results.sort();
    for (id, rounds) in results {
        println!("worker {} ran {} rounds", id, rounds);
    }
    println!("total ticks {}", ticks.load(Ordering::SeqCst));
}
