// tokio docs style: RwLock is write-preferring, a queued writer blocks new readers
use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::task;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lock = Arc::new(RwLock::new(String::from("v1")));
    let reader = lock.read().await;

    let writer = {
        let lock = lock.clone();
        task::spawn(async move {
            let mut w = lock.write().await;
            w.push_str("->v2");
        })
    };
    task::yield_now().await; // writer is now waiting

    println!("new reader allowed while writer waits: {}", lock.try_read().is_ok());
    println!("current value seen by old reader: {}", *reader);
    drop(reader);

    writer.await.unwrap();
    println!("after writer: {}", *lock.read().await);
    println!("max readers: {}", RwLock::with_max_readers((), 3).try_read().is_ok());
}
