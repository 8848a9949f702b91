// tokio tests style: sync_semaphore try_acquire, add_permits, close
use tokio::sync::{Semaphore, TryAcquireError};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sem = Semaphore::new(1);
    let p1 = sem.try_acquire().unwrap();
    assert_eq!(sem.available_permits(), 0);
    assert_eq!(sem.try_acquire().err(), Some(TryAcquireError::NoPermits));

    sem.add_permits(2);
    let p2 = sem.try_acquire().unwrap();
    println!("available after add+acquire: {}", sem.available_permits());
    drop(p1);
    drop(p2);
    println!("available after drops: {}", sem.available_permits());

    sem.close();
    println!("closed: {}", sem.is_closed());
    match sem.try_acquire() {
        Err(TryAcquireError::Closed) => println!("try_acquire: closed"),
        Err(TryAcquireError::NoPermits) => println!("try_acquire: no permits"),
        Ok(_) => println!("try_acquire: got one"),
    }
    let e = sem.acquire().await.unwrap_err();
    println!("acquire error: {}", e);
}
