// Futures made inside a block (`let fast = { let tx = tx.clone(); async move { .. } };`) and
// raced later with select!: the loser is dropped unfinished, the winner's value is used
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    let fast = {
        let tx = tx.clone();
        async move {
            sleep(Duration::from_millis(20)).await;
            tx.send("fast finished".to_string()).unwrap();
            7
        }
    };
    let slow = {
        let tx = tx.clone();
        async move {
            sleep(Duration::from_millis(800)).await;
            tx.send("slow finished".to_string()).unwrap();
            1
        }
    };
    drop(tx);
    let winner = tokio::select! {
        v = fast => format!("fast won with {v}"),
        v = slow => format!("slow won with {v}"),
    };
    println!("{winner}");
    let mut log = Vec::new();
    while let Some(line) = rx.recv().await {
        log.push(line);
    }
    println!("{:?}", log);
}
