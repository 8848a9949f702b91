// tokio docs style: mpsc::channel example, one producer task, receiver loop until None
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(100);

    tokio::spawn(async move {
        for i in 0..10u32 {
            if let Err(_) = tx.send(i).await {
                println!("receiver dropped");
                return;
            }
        }
    });

    let mut received = Vec::new();
    while let Some(i) = rx.recv().await {
        received.push(i);
    }
    let total: u32 = received.iter().sum();
    println!("got = {:?}", received);
    println!("sum = {}", total);
}
