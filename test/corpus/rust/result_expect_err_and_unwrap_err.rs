// Result::expect_err and unwrap_err give the error of an Err; on an Ok they panic with the value in the message.
use tokio::sync::{mpsc, watch};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = watch::channel(0);
    drop(tx);
    let closed = rx.changed().await.expect_err("the sender is gone");
    println!("changed: {}", closed);

    let (tx, rx) = mpsc::channel::<&str>(1);
    drop(rx);
    let err = tx.send("lost").await.unwrap_err();
    println!("send: {} ({:?})", err, err.0);

    let parsed: Result<u32, String> = Ok(5);
    parsed.expect_err("expected a parse failure");
    println!("not reached");
}
