// everyday tokio style: group incoming messages into batches of up to N or whatever arrived before a deadline (select! + sleep_until)
use tokio::sync::mpsc;
use tokio::time::{sleep, sleep_until, Duration, Instant};

async fn batcher(mut rx: mpsc::Receiver<u32>, max: usize, window: Duration) -> Vec<(u128, Vec<u32>)> {
    let start = Instant::now();
    let mut batches = Vec::new();
    let mut open: Vec<u32> = Vec::new();
    let mut deadline: Option<Instant> = None;
    loop {
        tokio::select! {
            msg = rx.recv() => match msg {
                Some(v) => {
                    if open.is_empty() {
                        deadline = Some(Instant::now() + window);
                    }
                    open.push(v);
                    if open.len() == max {
                        batches.push((start.elapsed().as_millis(), std::mem::take(&mut open)));
                        deadline = None;
                    }
                }
                None => {
                    if !open.is_empty() {
                        batches.push((start.elapsed().as_millis(), std::mem::take(&mut open)));
                    }
                    break;
                }
            },
            _ = sleep_until(deadline.unwrap_or_else(Instant::now)), if deadline.is_some() => {
                batches.push((start.elapsed().as_millis(), std::mem::take(&mut open)));
                deadline = None;
            }
        }
    }
    batches
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = mpsc::channel(16);
    let consumer = tokio::spawn(batcher(rx, 4, Duration::from_millis(100)));
    let gaps = [0u64, 5, 5, 5, 5, 5, 30, 200, 10, 10, 150, 1, 1, 1, 1, 1, 1, 40];
    for (i, gap) in gaps.iter().enumerate() {
        sleep(Duration::from_millis(*gap)).await;
        tx.send(i as u32).await.unwrap();
    }
    drop(tx);
    for (at, batch) in consumer.await.unwrap() {
        println!("t={:>4}ms batch {:?}", at, batch);
    }
}
