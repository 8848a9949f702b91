// tokio docs style: Sender::closed() resolves once the receiver is dropped
use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u8>(4);

    let consumer = tokio::spawn(async move {
        let mut n = 0;
        while let Some(b) = rx.recv().await {
            n += b as u32;
            if n >= 10 {
                break; // stop early and drop the receiver
            }
        }
        n
    });

    let watcher_tx = tx.clone();
    let watcher = tokio::spawn(async move {
        watcher_tx.closed().await;
        "receiver is gone"
    });

    let mut sent = 0;
    for b in [3u8, 4, 5, 6, 7] {
        sleep(Duration::from_millis(10)).await;
        if tx.send(b).await.is_err() {
            break;
        }
        sent += 1;
    }
    println!("consumer stopped at {}", consumer.await.unwrap());
    println!("watcher: {}", watcher.await.unwrap());
    println!("sent {} values, tx.is_closed() = {}", sent, tx.is_closed());
}
