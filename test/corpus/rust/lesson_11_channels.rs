// Lesson 11 (Channels & Messaging) as printed in the seed: two producers and one consumer on a
// bounded mpsc channel; producer 2 waits 200 ms so that the three messages arrive in one order.
// Import the mpsc module for channels and other async utilities.
use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    // Create a channel with a buffer capacity of 3.
    // 'tx' is the transmitter, 'rx' is the receiver.
    let (tx, mut rx) = mpsc::channel(3);

    // To have multiple producers, we clone the transmitter.
    let tx1 = tx.clone();

    // --- Producer 1 ---
    tokio::spawn(async move {
        tx1.send("📤 Upload completed").await.unwrap();
        sleep(Duration::from_secs(1)).await;
        tx1.send("📦 File synced to bucket").await.unwrap();
    });

    // --- Producer 2 ---
    // We don't need to clone 'tx' again, we can just move the original 'tx' here.
    tokio::spawn(async move {
        sleep(Duration::from_millis(200)).await;
        tx.send("💳 Payment processed").await.unwrap();
    });

    // --- Consumer ---
    // The 'while let' loop ends when the channel is empty and every transmitter is dropped.
    while let Some(msg) = rx.recv().await {
        println!("📨 Received: {}", msg);
    }
}
