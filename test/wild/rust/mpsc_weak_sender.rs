// tokio docs style: WeakSender does not keep the channel open; upgrade fails once strong senders are gone
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(4);
    let weak = tx.downgrade();

    match weak.upgrade() {
        Some(strong) => {
            strong.send(1).await.unwrap();
            println!("upgraded while alive, sent 1");
        }
        None => println!("could not upgrade"),
    }

    tx.send(2).await.unwrap();
    drop(tx);

    assert_eq!(rx.recv().await, Some(1));
    assert_eq!(rx.recv().await, Some(2));
    // only the weak handle remains, so the channel is finished
    assert_eq!(rx.recv().await, None);

    let again = weak.upgrade();
    println!("upgrade after drop is none: {}", again.is_none());
}
