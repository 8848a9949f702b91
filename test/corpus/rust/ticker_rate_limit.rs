// A rate-limited producer: an interval paces one send per tick, select! races the tick against a
// oneshot stop signal; the consumer stops it after five items, and the channel then closes.
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::time::{interval, Instant, MissedTickBehavior};

async fn producer(tx: mpsc::Sender<String>, mut stop: oneshot::Receiver<()>) -> u32 {
    let mut ticker = interval(Duration::from_millis(60));
    ticker.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let mut sent = 0;
    loop {
        tokio::select! {
            _ = ticker.tick() => {
                sent += 1;
                let item = format!("reading-{:02}", sent);
                if tx.send(item).await.is_err() {
                    println!("producer: nobody is listening");
                    break;
                }
            }
            _ = &mut stop => {
                println!("producer: stop received after {} item(s)", sent);
                break;
            }
        }
    }
    sent
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    let (stop_tx, stop_rx) = oneshot::channel();
    let started = Instant::now();
    let handle = tokio::spawn(producer(tx, stop_rx));

    let mut received = Vec::new();
    while let Some(item) = rx.recv().await {
        println!("consumer got {}", item);
        received.push(item);
        if received.len() == 5 {
            break;
        }
    }
    stop_tx.send(()).expect("producer still running");
    let sent = handle.await.unwrap();
    println!("producer sent {}, consumer kept {}", sent, received.len());
    println!("paced (at least 4 periods): {}", started.elapsed() >= Duration::from_millis(240));
    println!("after stop: {:?}", rx.recv().await);
    let last = received.last().map(|s| s.as_str()).unwrap_or("none");
    println!("last item: {}", last);
}
