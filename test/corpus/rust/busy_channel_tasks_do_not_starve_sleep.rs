// Two tasks that move values through a bounded channel forever, never waiting long: the
// timer of main's sleep still fires (Tokio's cooperative budget makes busy tasks yield).
use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u64>(16);
    tokio::spawn(async move {
        let mut i = 0u64;
        while tx.send(i).await.is_ok() {
            i += 1;
        }
    });
    let consumer = tokio::spawn(async move {
        let mut received = 0u64;
        while let Some(_) = rx.recv().await {
            received += 1;
        }
        received
    });
    sleep(Duration::from_millis(10)).await;
    println!("slept while values moved");
    consumer.abort();
    println!("consumer aborted: {}", consumer.await.unwrap_err().is_cancelled());
}
