// tokio docs style: tokio::sync::Mutex is fair, waiters acquire it in the order they queued
use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::task;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let order = Arc::new(Mutex::new(Vec::new()));
    let guard = order.lock().await;

    let mut handles = Vec::new();
    for id in ['a', 'b', 'c', 'd', 'e'] {
        let order = order.clone();
        handles.push(task::spawn(async move {
            order.lock().await.push(id);
        }));
        // let the new task run until it blocks on the lock
        task::yield_now().await;
    }
    println!("all five queued, releasing");
    drop(guard);

    for h in handles {
        h.await.unwrap();
    }
    let order = order.lock().await;
    println!("acquired in order: {}", order.iter().collect::<String>());
}
