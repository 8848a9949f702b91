// RwLock: many read guards at once, a write guard alone; guards drop at scope end; a queued writer makes try_read fail (fair queue).
use std::sync::Arc;
use tokio::sync::RwLock;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lock = Arc::new(RwLock::new(5));
    {
        let r1 = lock.read().await;
        let r2 = lock.read().await;
        assert_eq!(*r1, 5);
        assert_eq!(*r2, 5);
        println!("two readers, try_write fails: {}", lock.try_write().is_err());
    }
    {
        let mut w = lock.write().await;
        *w += 1;
        println!("writer holds it, try_read fails: {}", lock.try_read().is_err());
    }
    println!("after write: {}", *lock.read().await);

    let reader = lock.read().await;
    let writer_lock = lock.clone();
    let writer = tokio::spawn(async move {
        let mut w = writer_lock.write().await;
        *w *= 10;
        println!("writer ran");
    });
    tokio::task::yield_now().await;
    println!("writer queued, try_read fails: {}", lock.try_read().is_err());
    drop(reader);
    writer.await.unwrap();
    let value = lock.read().await;
    println!("final value {}", *value);
}
