// A Sender cloned for one call (`tx.clone().send(..)`) is a temporary dropped at the end of the statement, so the channel closes.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    tx.clone().send(1).await.unwrap();
    tx.clone().try_send(2).unwrap();
    println!("closed while tx lives: {}", tx.clone().is_closed());
    drop(tx);
    while let Some(v) = rx.recv().await {
        println!("got {}", v);
    }
    println!("closed");
}
