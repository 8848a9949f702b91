// tokio tests style: sync_mpsc try_recv reports Empty while senders live, Disconnected after
use tokio::sync::mpsc;
use tokio::sync::mpsc::error::TryRecvError;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<i32>();

    assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
    tx.send(7).unwrap();
    tx.send(8).unwrap();
    assert_eq!(rx.try_recv(), Ok(7));

    let tx2 = tx.clone();
    drop(tx);
    assert_eq!(rx.try_recv(), Ok(8));
    assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));

    drop(tx2);
    let last = rx.try_recv();
    assert_eq!(last, Err(TryRecvError::Disconnected));
    println!("empty then {:?}", last);
    println!("ok");
}
