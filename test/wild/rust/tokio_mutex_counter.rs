// tokio docs style: tokio::sync::Mutex held across an .await inside spawned tasks
use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::task;

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(0u32));
    let mut tasks = Vec::with_capacity(10);

    for _ in 0..10 {
        let counter = Arc::clone(&counter);
        tasks.push(tokio::spawn(async move {
            for _ in 0..100 {
                let mut n = counter.lock().await;
                let v = *n;
                task::yield_now().await; // still holding the lock
                *n = v + 1;
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    println!("count = {}", *counter.lock().await);
}
