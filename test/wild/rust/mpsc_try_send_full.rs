// tokio tests style: sync_mpsc try_send on a full channel, then on a closed one
use tokio::sync::mpsc;
use tokio::sync::mpsc::error::TrySendError;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<&'static str>(2);

    assert!(tx.try_send("a").is_ok());
    assert!(tx.try_send("b").is_ok());

    match tx.try_send("c") {
        Err(TrySendError::Full(v)) => println!("full, got back {}", v),
        other => panic!("unexpected {:?}", other),
    }

    assert_eq!(rx.recv().await, Some("a"));
    tx.try_send("c").unwrap();
    assert_eq!(rx.recv().await, Some("b"));
    assert_eq!(rx.recv().await, Some("c"));

    drop(rx);
    let err = tx.try_send("d").unwrap_err();
    assert!(matches!(err, TrySendError::Closed("d")));
    println!("closed error: {}", err);
    println!("ok");
}
