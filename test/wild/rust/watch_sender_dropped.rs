// tokio tests style: changed() fails once the watch sender is dropped
use tokio::sync::watch;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = watch::channel("idle");

    let status = tokio::spawn(async move {
        for s in ["loading", "ready"] {
            sleep(Duration::from_millis(20)).await;
            tx.send(s).unwrap();
        }
        sleep(Duration::from_millis(20)).await;
        // tx dropped here
    });

    let mut log = vec![*rx.borrow()];
    loop {
        match rx.changed().await {
            Ok(()) => log.push(*rx.borrow()),
            Err(e) => {
                println!("watch ended: {}", e);
                break;
            }
        }
    }
    status.await.unwrap();
    println!("states: {:?}", log);
}
