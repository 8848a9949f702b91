// tokio docs style: capacity-1 channel makes a fast producer wait for a slow consumer (paused time)
use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    let start = Instant::now();

    let producer = tokio::spawn(async move {
        let mut stamps = Vec::new();
        for i in 0..4 {
            tx.send(i).await.unwrap();
            stamps.push(start.elapsed().as_millis());
        }
        stamps
    });

    let mut consumed = Vec::new();
    while let Some(v) = rx.recv().await {
        sleep(Duration::from_millis(100)).await;
        consumed.push((v, start.elapsed().as_millis()));
    }
    let sent_at = producer.await.unwrap();
    println!("send completed at {:?}", sent_at);
    println!("consumed {:?}", consumed);
}
