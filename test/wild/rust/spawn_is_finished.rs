// tokio docs style: JoinHandle::is_finished polled while paused time advances
use tokio::time::{self, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h = tokio::spawn(async {
        time::sleep(Duration::from_millis(100)).await;
        "slept"
    });

    let mut checks = Vec::new();
    for _ in 0..4 {
        checks.push(h.is_finished());
        time::sleep(Duration::from_millis(40)).await;
    }
    println!("checks every 40ms: {:?}", checks);
    assert!(h.is_finished());
    println!("result: {}", h.await.unwrap());
}
