// Semaphore: acquire_owned permits moved into tasks cap how many run at once; a permit is released when dropped at the end of the task.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

#[tokio::main]
async fn main() {
    let semaphore = Arc::new(Semaphore::new(2));
    let running = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for job in 0..6 {
        let permit = semaphore.clone().acquire_owned().await.unwrap();
        let running = running.clone();
        let peak = peak.clone();
        handles.push(tokio::spawn(async move {
            let now = running.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(now, Ordering::SeqCst);
            tokio::time::sleep(Duration::from_millis(20)).await;
            running.fetch_sub(1, Ordering::SeqCst);
            drop(permit);
            job
        }));
    }
    let mut done = 0;
    for h in handles {
        done += h.await.unwrap();
    }
    assert_eq!(semaphore.available_permits(), 2);
    println!("jobs sum {}", done);
    println!("peak concurrency {}", peak.load(Ordering::SeqCst));
}
