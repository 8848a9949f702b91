// tokio docs style: try_reserve fails when full; reserve_owned moves a permit into another task
use tokio::sync::mpsc::{self, error::TrySendError};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<&str>(1);

    let permit = tx.try_reserve().expect("slot free");
    match tx.try_reserve() {
        Err(TrySendError::Full(())) => println!("second try_reserve: full"),
        Err(TrySendError::Closed(())) => println!("second try_reserve: closed"),
        Ok(_) => println!("second try_reserve: ok?"),
    }
    permit.send("first");
    println!("{:?}", rx.recv().await);

    let owned = tx.clone().reserve_owned().await.unwrap();
    let handle = tokio::spawn(async move {
        let sender_back = owned.send("from task");
        sender_back.is_closed()
    });
    let closed_in_task = handle.await.unwrap();
    println!("closed seen by task: {}", closed_in_task);
    println!("{:?}", rx.recv().await);

    drop(rx);
    let err = tx.try_reserve().err().unwrap();
    println!("after receiver dropped: {}", err);
}
