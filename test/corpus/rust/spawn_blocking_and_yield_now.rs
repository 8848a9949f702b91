// task::spawn_blocking runs a closure off the async tasks and its JoinHandle gives the value; yield_now lets another ready task run first.
use tokio::sync::mpsc;
use tokio::task;

fn checksum(data: &[u64]) -> u64 {
    data.iter().fold(0, |acc, x| acc * 31 + x)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let data = vec![3, 1, 4, 1, 5, 9];
    let sum = task::spawn_blocking(move || checksum(&data)).await.unwrap();
    println!("checksum {}", sum);

    let (tx, mut rx) = mpsc::unbounded_channel();
    let other = tx.clone();
    tokio::spawn(async move {
        other.send("spawned task").unwrap();
    });
    task::yield_now().await;
    tx.send("main after yield").unwrap();
    drop(tx);
    while let Some(who) = rx.recv().await {
        println!("{}", who);
    }
}
