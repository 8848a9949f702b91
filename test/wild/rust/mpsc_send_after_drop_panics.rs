// everyday tokio style: unwrap on a send whose receiver is gone panics (exit 101)
use tokio::sync::mpsc;

async fn produce(tx: mpsc::Sender<String>, n: usize) {
    for i in 0..n {
        tx.send(format!("item-{}", i)).await.unwrap();
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    let first = rx.recv();
    let producer = tokio::spawn(produce(tx.clone(), 1));
    println!("first: {:?}", first.await);
    producer.await.unwrap();

    drop(rx);
    println!("receiver dropped, sending again");
    produce(tx, 3).await;
    println!("never printed");
}
