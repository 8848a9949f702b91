// tokio docs style: notify_waiters wakes every task already waiting, using enable() to register first
use std::sync::Arc;
use tokio::sync::{mpsc, Notify};

#[tokio::main]
async fn main() {
    let notify = Arc::new(Notify::new());
    let (ready_tx, mut ready_rx) = mpsc::channel::<usize>(8);
    let (done_tx, mut done_rx) = mpsc::channel::<usize>(8);

    for id in 0..4 {
        let notify = notify.clone();
        let ready = ready_tx.clone();
        let done = done_tx.clone();
        tokio::spawn(async move {
            let notified = notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            ready.send(id).await.unwrap();
            notified.await;
            done.send(id * 10).await.unwrap();
        });
    }
    drop(done_tx);

    for _ in 0..4 {
        ready_rx.recv().await.unwrap();
    }
    println!("all four waiting");
    notify.notify_waiters();

    let mut woke = Vec::new();
    while let Some(v) = done_rx.recv().await {
        woke.push(v);
    }
    woke.sort_unstable();
    println!("woke: {:?}", woke);

    // notify_waiters does not leave a permit behind
    let later = notify.notified();
    let got = tokio::time::timeout(std::time::Duration::from_millis(20), later).await;
    println!("late waiter timed out: {}", got.is_err());
}
