// tokio docs style: an interval paces outgoing requests to one per 250ms (paused time)
use tokio::sync::mpsc;
use tokio::time::{self, Duration, Instant, MissedTickBehavior};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(32);
    for i in 0..6 {
        tx.send(format!("req{}", i)).await.unwrap();
    }
    drop(tx);

    let start = Instant::now();
    let mut pace = time::interval(Duration::from_millis(250));
    pace.set_missed_tick_behavior(MissedTickBehavior::Delay);

    let mut sent = Vec::new();
    while let Some(req) = rx.recv().await {
        pace.tick().await;
        let at = start.elapsed().as_millis();
        sent.push(format!("{}@{}", req, at));
    }
    println!("{}", sent.join(" "));
    println!("rate ok: {}", sent.len() == 6 && start.elapsed() >= Duration::from_millis(1250));
}
