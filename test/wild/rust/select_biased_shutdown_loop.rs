// tokio tutorial style (select): biased; loop with a &mut pinned shutdown future and a &mut oneshot, Option patterns
use tokio::sync::{mpsc, oneshot};
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(32);
    let (stop_tx, mut stop_rx) = oneshot::channel::<&'static str>();
    let (stats_tx, mut stats_rx) = oneshot::channel::<u32>();

    tokio::spawn(async move {
        for i in 1..=10 {
            if tx.send(i).await.is_err() {
                break;
            }
            sleep(Duration::from_millis(10)).await;
        }
    });
    tokio::spawn(async move {
        sleep(Duration::from_millis(35)).await;
        stats_tx.send(99).unwrap();
        sleep(Duration::from_millis(30)).await;
        stop_tx.send("operator").unwrap();
    });

    let heartbeat = sleep(Duration::from_millis(23));
    tokio::pin!(heartbeat);
    let mut beats = 0;
    let mut stats_done = false;
    let mut received = Vec::new();
    loop {
        tokio::select! {
            biased;
            reason = &mut stop_rx => {
                println!("stop requested by {}", reason.unwrap());
                break;
            }
            stats = &mut stats_rx, if !stats_done => {
                stats_done = true;
                println!("stats arrived: {:?} with {} received", stats, received.len());
            }
            () = &mut heartbeat => {
                beats += 1;
                println!("heartbeat {} at {} msgs", beats, received.len());
                heartbeat.as_mut().reset(tokio::time::Instant::now() + Duration::from_millis(23));
            }
            Some(v) = rx.recv() => received.push(v),
        }
    }
    rx.close();
    while let Some(v) = rx.recv().await {
        received.push(v);
    }
    println!("received {:?}", received);
    println!("beats {}", beats);
}
