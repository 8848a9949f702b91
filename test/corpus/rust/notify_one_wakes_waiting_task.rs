// Notify: notify_one wakes the task waiting in notified().await; waiters are woken one per call, first come first served.
use std::sync::Arc;
use tokio::sync::{mpsc, Notify};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let notify = Arc::new(Notify::new());
    let (tx, mut rx) = mpsc::unbounded_channel();
    for id in 1..=3 {
        let notify = notify.clone();
        let tx = tx.clone();
        tokio::spawn(async move {
            notify.notified().await;
            tx.send(id).unwrap();
        });
    }
    drop(tx);
    tokio::task::yield_now().await;
    for _ in 0..3 {
        notify.notify_one();
        let woken = rx.recv().await.unwrap();
        println!("woken: task {}", woken);
    }
    assert_eq!(rx.recv().await, None);
    println!("all waiters done");
}
