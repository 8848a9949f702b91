// Semaphore: available_permits after acquire_many, try_acquire NoPermits, forget, add_permits, permits dropped at scope end, close giving AcquireError and TryAcquireError::Closed.
use std::sync::Arc;
use tokio::sync::{Semaphore, TryAcquireError};

#[tokio::main]
async fn main() {
    let semaphore = Arc::new(Semaphore::new(3));
    let two = semaphore.acquire_many(2).await.unwrap();
    assert_eq!(semaphore.available_permits(), 1);
    {
        let _one = semaphore.try_acquire().unwrap();
        assert_eq!(semaphore.try_acquire().err(), Some(TryAcquireError::NoPermits));
        println!("inside the block: {}", semaphore.available_permits());
    }
    println!("after the block: {}", semaphore.available_permits());
    two.forget();
    println!("after forget: {}", semaphore.available_permits());
    semaphore.add_permits(4);
    println!("after add_permits: {}", semaphore.available_permits());

    let waiting = semaphore.clone();
    let waiter = tokio::spawn(async move { waiting.acquire_many(10).await.is_err() });
    tokio::task::yield_now().await;
    semaphore.close();
    println!("waiter got AcquireError: {}", waiter.await.unwrap());
    assert!(semaphore.is_closed());
    match semaphore.try_acquire() {
        Err(TryAcquireError::Closed) => println!("try_acquire: closed"),
        _ => println!("try_acquire: something else"),
    };
    println!("acquire after close: {:?}", semaphore.acquire().await.err());
}
