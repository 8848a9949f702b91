// WeakSender::upgrade gives Some(sender) while a strong sender lives, else None; the upgraded temporary is dropped at once.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(2);
    let weak = tx.downgrade();
    assert!(weak.upgrade().is_some());
    // The temporary sender from upgrade() does not keep the channel open.
    if let Some(strong) = weak.upgrade() {
        strong.send(1).await.unwrap();
    }
    drop(tx);
    println!("after drop: {}", weak.upgrade().is_none());
    assert_eq!(rx.recv().await, Some(1));
    assert_eq!(rx.recv().await, None);
    println!("closed");
}
