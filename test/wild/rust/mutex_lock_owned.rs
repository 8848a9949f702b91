// tokio docs style: lock_owned gives an OwnedMutexGuard that can move into a spawned task
use std::sync::Arc;
use tokio::sync::{oneshot, Mutex};

#[tokio::main]
async fn main() {
    let log = Arc::new(Mutex::new(Vec::<String>::new()));

    let guard = log.clone().lock_owned().await;
    let (started_tx, started_rx) = oneshot::channel();

    let writer = tokio::spawn(async move {
        let mut guard = guard;
        started_tx.send(()).unwrap();
        guard.push("written by task while holding owned guard".to_string());
        // guard released when the task ends
    });

    started_rx.await.unwrap();
    let second = tokio::spawn({
        let log = log.clone();
        async move {
            log.lock().await.push("second writer".to_string());
        }
    });

    writer.await.unwrap();
    second.await.unwrap();
    let entries = log.lock().await;
    for (i, e) in entries.iter().enumerate() {
        println!("{}: {}", i, e);
    }
}
