// tokio docs style: Sender::closed lets a worker notice the requester lost interest
use tokio::sync::oneshot;
use tokio::time::{self, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (mut tx, rx) = oneshot::channel::<u64>();

    let worker = tokio::spawn(async move {
        tokio::select! {
            _ = tx.closed() => {
                println!("worker: requester went away, stopping");
                false
            }
            _ = time::sleep(Duration::from_secs(60)) => {
                let _ = tx.send(1);
                true
            }
        }
    });

    time::sleep(Duration::from_millis(5)).await;
    drop(rx);
    let completed = worker.await.unwrap();
    println!("worker completed: {}", completed);

    let (tx, rx) = oneshot::channel::<u8>();
    println!("is_closed before drop: {}", tx.is_closed());
    drop(rx);
    println!("is_closed after drop: {}", tx.is_closed());
}
