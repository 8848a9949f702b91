// mpsc `send_timeout` on a full channel gives the value back in `SendTimeoutError::Timeout(v)` and `Closed(v)`, typed as what the channel carries (its f32 field prints `{:.1}` as a float), and `TrySendError::Full(v)` likewise
use std::time::Duration;
use tokio::sync::mpsc::{self, error::SendTimeoutError, error::TrySendError};

#[derive(Debug)]
struct Sample {
    id: u32,
    celsius: f32,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Sample>(1);
    tx.send(Sample { id: 1, celsius: 20.0 }).await.unwrap();

    match tx.send_timeout(Sample { id: 2, celsius: 3.0 }, Duration::from_millis(50)).await {
        Ok(()) => println!("sent 2"),
        Err(SendTimeoutError::Timeout(s)) => println!("timed out: {} at {:.1} ({})", s.id, s.celsius, s.celsius),
        Err(SendTimeoutError::Closed(s)) => println!("closed: {:?}", s),
    }

    match tx.try_send(Sample { id: 3, celsius: 7.0 }) {
        Err(TrySendError::Full(s)) => println!("full: {} at {:.2}", s.id, s.celsius),
        other => println!("unexpected: {}", other.is_ok()),
    }

    let first = rx.recv().await.unwrap();
    println!("received {} at {:.1}", first.id, first.celsius);
    drop(rx);

    if let Err(SendTimeoutError::Closed(s)) = tx.send_timeout(Sample { id: 4, celsius: -1.5 }, Duration::from_secs(1)).await {
        println!("closed, kept {} at {}", s.id, s.celsius);
    }
}
