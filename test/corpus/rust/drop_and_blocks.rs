// drop(tx) closes a channel at once; a sender declared in an inner block is dropped at the
// block's end; the last of several senders closes the channel; is_closed and the error of a
// send to a closed channel.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<&str>();
    tx.send("one").unwrap();
    drop(tx);
    println!("{:?} then {:?}", rx.recv().await, rx.recv().await);

    let mut rx2;
    {
        let (inner_tx, inner_rx) = mpsc::channel::<i64>(4);
        rx2 = inner_rx;
        inner_tx.send(-7).await.unwrap();
        inner_tx.send(7).await.unwrap();
        println!("inner block ends with its sender");
    }
    while let Some(v) = rx2.recv().await {
        println!("from the block: {}", v);
    }
    println!("block's channel closed");

    let (a, mut rx3) = mpsc::channel::<u8>(4);
    let b = a.clone();
    let c = b.clone();
    drop(a);
    b.send(1).await.unwrap();
    drop(b);
    c.send(2).await.unwrap();
    println!("still open with one sender: {:?}", rx3.recv().await);
    drop(c);
    println!("{:?} {:?}", rx3.recv().await, rx3.recv().await);

    let (tx4, rx4) = mpsc::channel::<u8>(1);
    println!("is_closed before: {}", tx4.is_closed());
    drop(rx4);
    println!("is_closed after: {}", tx4.is_closed());
    let err = tx4.send(42).await.unwrap_err();
    println!("send error: {:?} / {} / value {}", err, err, err.0);
}
