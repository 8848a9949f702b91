// Lesson 11 (Channels & Messaging): two producers, one consumer on a bounded mpsc channel.
// The lesson's producer sleeps 1 s and the order of its first two messages is up to the
// scheduler; here the sleeps are short and far enough apart to fix the order.
use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(3);
    let tx1 = tx.clone();

    // --- Producer 1 ---
    tokio::spawn(async move {
        tx1.send("📤 Upload completed").await.unwrap();
        sleep(Duration::from_millis(500)).await;
        tx1.send("📦 File synced to bucket").await.unwrap();
    });

    // --- Producer 2 ---
    tokio::spawn(async move {
        sleep(Duration::from_millis(100)).await;
        tx.send("💳 Payment processed").await.unwrap();
    });

    // --- Consumer ---
    while let Some(msg) = rx.recv().await {
        println!("📨 Received: {}", msg);
    }
    println!("channel closed: every sender was dropped");
}
