// tokio tests style (sync_semaphore): Semaphore::close wakes every task queued in acquire with AcquireError, permits already held stay valid, try_acquire reports Closed, add_permits after close still counts
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Semaphore, TryAcquireError};
use tokio::time::sleep;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sem = Arc::new(Semaphore::new(2));
    let held_a = sem.clone().acquire_owned().await.unwrap();
    let held_b = sem.clone().acquire_many_owned(1).await.unwrap();
    println!("available after two acquires: {}", sem.available_permits());

    let mut waiters = Vec::new();
    for id in 0..3 {
        let sem = sem.clone();
        waiters.push(tokio::spawn(async move {
            match sem.acquire().await {
                Ok(_permit) => {
                    sleep(Duration::from_millis(100)).await; // holds it for a while
                    format!("waiter {id} got a permit")
                }
                Err(e) => format!("waiter {id} woke with error: {e}"),
            }
        }));
    }
    sleep(Duration::from_millis(5)).await;
    println!(
        "waiters still pending: {}",
        waiters.iter().filter(|w| !w.is_finished()).count()
    );

    // Releasing one permit lets exactly one waiter (the first queued) in; it keeps the permit.
    drop(held_a);
    sleep(Duration::from_millis(5)).await;
    println!(
        "pending after one release: {}",
        waiters.iter().filter(|w| !w.is_finished()).count()
    );
    println!(
        "available while waiter 0 holds it: {}",
        sem.available_permits()
    );

    sem.close();
    println!("closed: {}", sem.is_closed());
    for w in waiters {
        println!("{}", w.await.unwrap());
    }

    match sem.try_acquire() {
        Err(TryAcquireError::Closed) => println!("try_acquire: Closed"),
        Err(TryAcquireError::NoPermits) => println!("try_acquire: NoPermits"),
        Ok(_) => println!("try_acquire: got one"),
    }
    println!(
        "permit held from before close still alive, available: {}",
        sem.available_permits()
    );
    drop(held_b);
    sem.add_permits(3);
    println!(
        "available after close + release + add: {}",
        sem.available_permits()
    );
    println!(
        "acquire after close is err: {}",
        sem.acquire().await.is_err()
    );
}
