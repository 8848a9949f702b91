// tokio docs style (mpsc): without recv_many, a consumer awaits recv() for the first item and then drains whatever is already queued with try_recv up to a batch limit; producers on a current_thread runtime
use tokio::sync::mpsc::{self, error::TryRecvError};

async fn next_batch(rx: &mut mpsc::Receiver<u32>, limit: usize) -> Option<Vec<u32>> {
    let first = rx.recv().await?;
    let mut batch = vec![first];
    while batch.len() < limit {
        match rx.try_recv() {
            Ok(v) => batch.push(v),
            Err(TryRecvError::Empty) => break,
            Err(TryRecvError::Disconnected) => break,
        }
    }
    Some(batch)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(5);

    // Fill before the consumer starts: batches are cut by the limit.
    for v in 1..=5 {
        tx.send(v).await.unwrap();
    }
    while let Ok(Some(batch)) =
        tokio::time::timeout(std::time::Duration::from_millis(1), next_batch(&mut rx, 2)).await
    {
        println!("prefilled batch: {:?}", batch);
    }

    // A producer task that yields after every third send.
    let producer = tokio::spawn(async move {
        for v in 10..24 {
            tx.send(v).await.unwrap();
            if v % 3 == 0 {
                tokio::task::yield_now().await;
            }
        }
    });
    let mut batches = Vec::new();
    while let Some(batch) = next_batch(&mut rx, 4).await {
        batches.push(batch);
    }
    producer.await.unwrap();
    for b in &batches {
        println!("batch: {:?}", b);
    }
    let total: usize = batches.iter().map(|b| b.len()).sum();
    let flat: Vec<u32> = batches.concat();
    println!(
        "received {} values in {} batches, in order: {}",
        total,
        batches.len(),
        flat.windows(2).all(|w| w[0] < w[1])
    );
    println!(
        "every batch within limit: {}",
        batches.iter().all(|b| !b.is_empty() && b.len() <= 4)
    );
    println!("sum: {}", flat.iter().sum::<u32>());
}
