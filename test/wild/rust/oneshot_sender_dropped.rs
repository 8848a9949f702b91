// tokio tests style: sync_oneshot awaiting a receiver whose sender was dropped yields RecvError
use tokio::sync::oneshot;

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel::<u32>();

    let h = tokio::spawn(async move {
        // decides not to answer
        drop(tx);
        "task gave up"
    });
    println!("{}", h.await.unwrap());

    let res = rx.await;
    assert!(res.is_err());
    if let Err(e) = res {
        println!("receiver error: {}", e);
        println!("debug: {:?}", e);
    }
}
