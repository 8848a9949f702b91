// tokio docs style: Receiver::close stops new sends but buffered values can still be received
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    for word in ["alpha", "beta", "gamma"] {
        tx.send(word.to_string()).await.unwrap();
    }

    rx.close();
    println!("sender sees closed: {}", tx.is_closed());

    match tx.send("delta".to_string()).await {
        Ok(()) => println!("unexpected success"),
        Err(e) => println!("send after close failed, value = {}", e.0),
    }

    let mut drained = Vec::new();
    while let Some(w) = rx.recv().await {
        drained.push(w);
    }
    println!("drained {} messages: {}", drained.len(), drained.join(","));
}
