// tokio tests style: broadcast try_recv Empty, len, and Closed after the sender drops
use tokio::sync::broadcast::{self, error::TryRecvError};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = broadcast::channel::<char>(8);
    assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));

    for c in "abc".chars() {
        tx.send(c).unwrap();
    }
    println!("queued for rx: {}", rx.len());

    let mut seen = String::new();
    while let Ok(c) = rx.try_recv() {
        seen.push(c);
    }
    println!("seen {}", seen);
    assert!(rx.is_empty());

    tx.send('z').unwrap();
    drop(tx);
    assert_eq!(rx.try_recv(), Ok('z'));
    assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
    println!("ok");
}
