// tokio docs style: Semaphore caps how many tasks run at once; peak measured with atomics
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sem = Arc::new(Semaphore::new(3));
    let running = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let start = tokio::time::Instant::now();

    let mut handles = vec![];
    for job in 0..10u64 {
        let (sem, running, peak) = (sem.clone(), running.clone(), peak.clone());
        handles.push(tokio::spawn(async move {
            let _permit = sem.acquire().await.unwrap();
            let now = running.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(now, Ordering::SeqCst);
            sleep(Duration::from_millis(100)).await;
            running.fetch_sub(1, Ordering::SeqCst);
            job
        }));
    }
    let mut finished = 0;
    for h in handles {
        h.await.unwrap();
        finished += 1;
    }
    let waves = start.elapsed().as_millis() / 100;
    println!("finished {} jobs", finished);
    println!("peak concurrency {}", peak.load(Ordering::SeqCst));
    println!("took about {} waves of 100ms", waves);
    assert_eq!(sem.available_permits(), 3);
}
