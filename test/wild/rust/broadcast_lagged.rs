// tokio tests style: sync_broadcast a slow receiver lags and skips to the oldest retained value
use tokio::sync::broadcast::{self, error::RecvError};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = broadcast::channel::<u32>(2);

    for v in 1..=5 {
        tx.send(v).unwrap();
    }

    match rx.recv().await {
        Err(RecvError::Lagged(n)) => println!("lagged by {}", n),
        other => panic!("expected lag, got {:?}", other),
    }
    assert_eq!(rx.recv().await.unwrap(), 4);
    assert_eq!(rx.recv().await.unwrap(), 5);

    drop(tx);
    let end = rx.recv().await;
    assert_eq!(end, Err(RecvError::Closed));
    println!("then {:?}", end);
}
