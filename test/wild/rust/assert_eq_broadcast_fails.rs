// tokio tests style: a sync_broadcast-like test whose assert_eq! on the lag count fails (exit 101)
use tokio::sync::broadcast;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = broadcast::channel::<i32>(4);
    for i in 0..6 {
        tx.send(i).unwrap();
    }
    println!("queued: {}", rx.len());

    let first = rx.recv().await;
    println!("first recv: {:?}", first);
    // the test author expected the oldest value to still be there
    assert_eq!(first, Ok(0), "receiver should not have lagged");
    println!("not reached");
}
