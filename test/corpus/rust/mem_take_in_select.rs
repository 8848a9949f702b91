// std::mem::take inside a select! branch empties the batch it hands on: the binding is
// written there, so it must stay assignable; a deadline armed by the first message of a batch.
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, sleep_until, Instant};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    tokio::spawn(async move {
        for (i, pause) in [0u64, 10, 10, 300, 10, 500].into_iter().enumerate() {
            sleep(Duration::from_millis(pause)).await;
            tx.send(i as u32).await.unwrap();
        }
    });
    let mut batch: Vec<u32> = Vec::new();
    let mut deadline: Option<Instant> = None;
    let mut flushed = Vec::new();
    loop {
        tokio::select! {
            got = rx.recv() => match got {
                Some(v) => {
                    if batch.is_empty() {
                        deadline = Some(Instant::now() + Duration::from_millis(100));
                    }
                    batch.push(v);
                }
                None => {
                    flushed.push(std::mem::take(&mut batch));
                    break;
                }
            },
            _ = sleep_until(deadline.unwrap_or_else(Instant::now)), if deadline.is_some() => {
                flushed.push(std::mem::take(&mut batch));
                deadline = None;
            }
        }
    }
    println!("{:?}", flushed);
}
