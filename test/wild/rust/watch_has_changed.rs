// tokio tests style: sync_watch has_changed, borrow vs borrow_and_update
use tokio::sync::watch;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = watch::channel(0i64);
    assert!(!rx.has_changed().unwrap());

    tx.send(5).unwrap();
    assert!(rx.has_changed().unwrap());
    // plain borrow does not mark the value as seen
    assert_eq!(*rx.borrow(), 5);
    assert!(rx.has_changed().unwrap());

    assert_eq!(*rx.borrow_and_update(), 5);
    assert!(!rx.has_changed().unwrap());

    tx.send(6).unwrap();
    tx.send(7).unwrap();
    // intermediate values are overwritten
    rx.changed().await.unwrap();
    println!("after two sends: {}", *rx.borrow_and_update());

    drop(tx);
    println!("has_changed after drop: {:?}", rx.has_changed().is_err());
    println!("last value still readable: {}", *rx.borrow());
}
